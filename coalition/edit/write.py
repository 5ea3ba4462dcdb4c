"""Writing a ledger file without ever losing what is in it.

A new version goes to a temporary file in the same folder, is flushed to disk,
gets the old file's permissions, and then replaces the old file in one atomic
rename: a full disk or a crash leaves the old file whole. A file that changed
since it was read (another editor, another `coalition` at the same time) is
not overwritten: writers hold a lock while they read, change and write, and
compare what is there with what they read. A symbolic link is written through
to its target.

The lock leaves nothing behind: where the system has `flock` (Linux, macOS,
the BSDs) it is taken on the ledger's folder itself, so no lock file appears
in a newsroom's repository to be committed by `git add -A`, and the system
drops it when a writer dies. Elsewhere (Windows), or on a file system that
refuses it, `filelock` keeps the lock file in the system's temporary folder,
named after the ledger's real path, outside any work tree.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

# How long a writer waits for another to finish before giving up.
LOCK_TIMEOUT = 10.0


class WriteError(Exception):
    """The file was left as it was; the message says why."""


# The ledgers this thread holds the lock of (real paths): an edit holds it
# from reading to writing, and the write inside it does not take it again.
_local = threading.local()


@contextlib.contextmanager
def ledger_lock(path: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the lock of the ledger at `path`: another writer waits for it
    (up to LOCK_TIMEOUT seconds, calling `waiting` once when it starts to
    wait), then reads what this one wrote. WriteError if it never comes."""
    target = Path(os.path.realpath(path))
    held: set[Path] = _local.__dict__.setdefault("held", set())
    if target in held:
        yield
        return
    with _folder_lock(target, waiting) if _can_flock() else _temporary_lock(target, waiting):
        held.add(target)
        try:
            yield
        finally:
            held.discard(target)


def _can_flock() -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        return False
    return hasattr(fcntl, "flock")


@contextlib.contextmanager
def _folder_lock(target: Path, waiting: Callable[[], None] | None) -> Iterator[None]:
    import fcntl

    try:
        descriptor = os.open(target.parent, os.O_RDONLY)
    except OSError:  # a folder that cannot be opened (or is not there)
        with _temporary_lock(target, waiting):
            yield
        return
    try:
        deadline = time.monotonic() + LOCK_TIMEOUT
        while True:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise WriteError(
                        f"{target} is being written by another program; nothing written"
                    ) from None
                if waiting is not None:
                    waiting()
                    waiting = None
                time.sleep(0.05)
            except OSError:  # a file system without flock (some network ones)
                with _temporary_lock(target, waiting):
                    yield
                return
        yield
    finally:
        os.close(descriptor)  # which releases the lock


def lock_path(target: Path) -> Path:
    """Where `filelock` keeps a ledger's lock where flock cannot be had: the
    temporary folder, under a name made from the ledger's real path."""
    digest = hashlib.sha256(os.fsencode(target)).hexdigest()[:32]
    return Path(tempfile.gettempdir()) / f"coalition-{digest}.lock"


@contextlib.contextmanager
def _temporary_lock(target: Path, waiting: Callable[[], None] | None) -> Iterator[None]:
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path(target), timeout=LOCK_TIMEOUT, mode=0o666)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if waiting is not None:
                waiting()
            lock.acquire()
    except Timeout:
        raise WriteError(f"{target} is being written by another program; nothing written") from None
    except OSError as error:
        raise WriteError(f"cannot lock {target}: {error.strerror or error}") from None
    try:
        yield
    finally:
        lock.release()


def replace_file(path: Path, content: bytes, *, expected: bytes) -> None:
    """Replace the contents of `path` (which held `expected` when read).

    Writers hold the ledger's lock (`ledger_lock`), then read the ledger by
    its name: a writer that read it before another wrote sees the change,
    and stops there rather than overwrite it. A read-only ledger and one
    with other hard links (which a replacement would leave holding the old
    text) are refused."""
    target = Path(os.path.realpath(path))
    with ledger_lock(path):
        _check_writable(path, target)
        try:
            current = target.read_bytes()
            mode = stat.S_IMODE(target.stat().st_mode)
        except OSError as error:
            raise WriteError(f"cannot read {path}: {error.strerror or error}") from None
        if current != expected:
            raise WriteError(
                f"{path} changed since it was read (another editor?); nothing written: run again"
            )
        _write_beside(target, content, mode)


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
