"""Reading a file a person named, without hanging or exhausting memory.

Only regular files are read: a FIFO or a device named as a ledger or an
archive would block `validate` forever or feed it without end. The check is
made on the open file, so a name swapped for a FIFO between a check and the
read cannot block either (the open does not wait for a writer). Anything
larger than `limit` is refused unread.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

# Far above any real ledger or archived article, low enough that a wrong path
# (/dev/zero, a disk image) ends in a message rather than in exhausted memory.
MAX_BYTES = 32 * 2**20


class Unreadable(Exception):
    """The file cannot be read; the message says why, in plain words."""


def read_bytes(path: str | Path, limit: int = MAX_BYTES) -> bytes:
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except IsADirectoryError:
        raise Unreadable("it is a folder, not a file") from None
    except OSError as error:
        raise Unreadable(error.strerror or str(error)) from None
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise Unreadable("it is a folder, not a file")
        if not stat.S_ISREG(mode):
            raise Unreadable("it is not a regular file (a pipe or a device?)")
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    except OSError as error:
        raise Unreadable(error.strerror or str(error)) from None
    finally:
        os.close(descriptor)
    if len(data) > limit:
        raise Unreadable(f"it is larger than {limit // 2**20} MiB")
    return data
