"""Writing a ledger file without ever losing what is in it.

A new version goes to a temporary file in the same folder, is flushed to disk,
gets the old file's permissions, and then replaces the old file in one atomic
rename: a full disk or a crash leaves the old file whole. A file that changed
since it was read (another editor, another `coalition` at the same time) is
not overwritten. A symbolic link is written through to its target.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import BinaryIO


class WriteError(Exception):
    """The file was left as it was; the message says why."""


def replace_file(path: Path, content: bytes, *, expected: bytes) -> None:
    """Replace the contents of `path` (which held `expected` when read)."""
    target = Path(os.path.realpath(path))
    try:
        current = target.open("rb")
    except OSError as error:
        raise WriteError(f"cannot open {path}: {error.strerror or error}") from None
    with current:
        try:
            _lock(current)
        except OSError:
            raise WriteError(
                f"{path} is being written by another program; nothing written"
            ) from None
        if current.read() != expected:
            raise WriteError(
                f"{path} changed since it was read (another editor?); nothing written: run again"
            )
        mode = stat.S_IMODE(os.fstat(current.fileno()).st_mode)
        _write_beside(target, content, mode)


def _lock(stream: BinaryIO) -> None:
    """An exclusive lock for as long as `stream` is open, where the system
    has one (fcntl is POSIX; elsewhere the changed-content check remains)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return
    fcntl.flock(stream, fcntl.LOCK_EX | fcntl.LOCK_NB)


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
