"""Files and folders a renderer writes: each whole or not at all, with the
permissions any other tool would give them.

A file is written beside its final name under a unique temporary name and
then renamed over it, so a reader (a web server, Datasette, a half-finished
run) never sees a file cut short. A folder of files (`publish`, `export
datapackage`) is built whole in a temporary folder first, on the same file
system, and only then moved into place: a full disk or a crash halfway leaves
no half-written folder behind, and an earlier site or package as it was.

Temporary files are created private (0600) by `tempfile`; what is moved into
place gets 0666 and folders 0777, less the umask, as `cp` or an editor would
give them, so that a web server running as another user can read the site.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")


def umask() -> int:
    """The process's umask. Linux says it in /proc; elsewhere the only way
    is to set it and put it back, harmless in a command-line program."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def file_mode() -> int:
    """What a new file's permissions are: 0666 less the umask."""
    return 0o666 & ~umask()


def folder_mode() -> int:
    """What a new folder's permissions are: 0777 less the umask."""
    return 0o777 & ~umask()


def replace_file(path: Path, content: str | bytes, *, mode: int | None = None) -> Path:
    """Write `content` (text as UTF-8, line ends as given) to `path`,
    replacing what was there; the folder is made if missing. The file gets
    `mode`, by default that of a new file under the umask."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).chmod(file_mode() if mode is None else mode)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


def build_folder(folder: Path, build: Callable[[Path], T]) -> T:
    """Run `build(staging)`, which writes its files into an empty folder,
    then move what it wrote into `folder`; if anything fails, remove the
    staging folder and whatever was made for it, and raise.

    A new folder is built beside it and renamed into place whole. An
    existing one is built inside it (so on the same file system even when it
    is a mount point) and its files replace theirs one by one, each an atomic
    rename that needs no space; files it holds that the build does not write
    stay as they are (a CNAME, a .git)."""
    made = _missing_parents(folder)
    try:
        for parent in reversed(made):
            parent.mkdir(mode=folder_mode())
        exists = folder.is_dir()
        staging = Path(
            tempfile.mkdtemp(dir=folder, prefix=".coalition-build-")
            if exists
            else tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.", suffix=".tmp")
        )
    except BaseException:
        _remove_made(made)
        raise
    try:
        result = build(staging)
        if exists:
            _move_into(staging, folder)
            shutil.rmtree(staging)  # only its emptied folders are left
        else:
            staging.chmod(folder_mode())
            staging.rename(folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        _remove_made(made)
        raise
    return result


def _missing_parents(folder: Path) -> list[Path]:
    """The folders above `folder` that do not exist yet, nearest first."""
    missing = []
    parent = folder.parent
    while not parent.exists() and parent != parent.parent:
        missing.append(parent)
        parent = parent.parent
    return missing


def _remove_made(made: list[Path]) -> None:
    for parent in made:  # nearest first, each empty once the staging is gone
        with contextlib.suppress(OSError):
            parent.rmdir()


def _move_into(staging: Path, folder: Path) -> None:
    for entry in sorted(staging.rglob("*")):
        target = folder / entry.relative_to(staging)
        if entry.is_dir():
            if not target.is_dir():
                target.mkdir(mode=folder_mode())
        else:
            entry.replace(target)


def _empty_write_ahead_log(target: Path) -> None:
    """Fold a database's write-ahead log (`FILE-wal`, in WAL mode) into it and
    empty it: left with frames beside the new file that replaces it, SQLite
    would play them onto that file."""
    if not target.with_name(target.name + "-wal").exists():
        return
    connection = sqlite3.connect(target)
    try:
        busy, _, _ = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    if busy:
        raise sqlite3.OperationalError("the database is in use (its write-ahead log is busy)")


def replace_database(path: Path, write: Callable[[Path], T]) -> T:
    """Run `write(copy)` on a copy of the SQLite database at `path` (an
    empty file when there is none yet), then rename the copy over it: a
    failure halfway leaves the database as it was, or none, and no
    temporary file. The copy keeps the database's permissions; a new one
    gets a new file's."""
    target = Path(os.path.realpath(path))
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    os.close(handle)
    copy = Path(temporary)
    try:
        if target.exists():
            mode = target.stat().st_mode & 0o7777
            _empty_write_ahead_log(target)
            source = sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)
            try:
                destination = sqlite3.connect(copy)
                try:
                    source.backup(destination)
                finally:
                    destination.close()
            finally:
                source.close()
        else:
            mode = file_mode()
        result = write(copy)
        copy.chmod(mode)
        copy.replace(target)
    except BaseException:
        for leftover in (copy, *(copy.with_name(copy.name + s) for s in ("-journal", "-wal"))):
            leftover.unlink(missing_ok=True)
        raise
    return result
