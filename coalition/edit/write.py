"""Writing a ledger file without ever losing what is in it.

A new version goes to a temporary file in the same folder, is flushed to disk,
gets the old file's permissions, and then replaces the old file in one atomic
rename: a full disk or a crash leaves the old file whole. A file that changed
since it was read (another editor, another `coalition` at the same time) is
not overwritten: writers take a lock file beside the ledger (`filelock`, on
every system) and compare what is there with what they read. A symbolic link
is written through to its target.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

# How long a writer waits for another to finish before giving up.
LOCK_TIMEOUT = 10.0


class WriteError(Exception):
    """The file was left as it was; the message says why."""


def lock_path(target: Path) -> Path:
    """The lock file beside a ledger: a stable thing to lock, unlike the
    ledger itself, which every write replaces with a new file."""
    return target.with_name(f".{target.name}.lock")


def replace_file(path: Path, content: bytes, *, expected: bytes) -> None:
    """Replace the contents of `path` (which held `expected` when read).

    Writers take the lock beside the ledger, then read the ledger by its
    name: a writer that waited sees what the one before it wrote, and stops
    there rather than overwrite it. A read-only ledger and one with other
    hard links (which a replacement would leave holding the old text) are
    refused."""
    from filelock import FileLock, Timeout

    target = Path(os.path.realpath(path))
    try:
        with FileLock(lock_path(target), timeout=LOCK_TIMEOUT):
            _check_writable(path, target)
            try:
                current = target.read_bytes()
                mode = stat.S_IMODE(target.stat().st_mode)
            except OSError as error:
                raise WriteError(f"cannot read {path}: {error.strerror or error}") from None
            if current != expected:
                raise WriteError(
                    f"{path} changed since it was read (another editor?); nothing written: "
                    "run again"
                )
            _write_beside(target, content, mode)
    except Timeout:
        raise WriteError(f"{path} is being written by another program; nothing written") from None
    except OSError as error:
        raise WriteError(f"cannot lock {path}: {error.strerror or error}") from None


def _check_writable(path: Path, target: Path) -> None:
    try:
        info = target.stat()
    except OSError as error:
        raise WriteError(f"cannot open {path}: {error.strerror or error}") from None
    if not info.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise WriteError(
            f"{path} is read-only; nothing written (make it writable first if it should change)"
        )
    if info.st_nlink > 1:
        raise WriteError(
            f"{path} has {info.st_nlink} names (hard links); replacing it would leave the "
            "others with the old text, so nothing was written: edit the ledger through a "
            "single name, or replace the links with a symbolic link"
        )


def create_file(path: Path, content: bytes) -> None:
    """Write a new file; refuse to overwrite one that exists."""
    target = Path(os.path.realpath(path))
    if os.path.lexists(path):
        raise WriteError(f"{path} already exists; nothing written")
    _write_beside(target, content, 0o666 & ~_umask(), exclusive=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_beside(target: Path, content: bytes, mode: int, *, exclusive: bool = False) -> None:
    try:
        descriptor, temporary = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as error:
        raise WriteError(f"cannot write in {target.parent}: {error.strerror or error}") from None
    written = Path(temporary)
    try:
        with os.fdopen(descriptor, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        written.chmod(mode)
        if exclusive:
            # A hard link fails if the name exists: no race with another creator.
            target.hardlink_to(written)
            written.unlink()
        else:
            written.replace(target)
        _sync_folder(target.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            written.unlink()
        raise WriteError(
            f"could not write {target} ({error.strerror or error}); the file is as it was"
        ) from None


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
