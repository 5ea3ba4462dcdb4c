"""Files a renderer writes into a folder: each whole or not at all.

A file is written beside its final name under a unique temporary name and
then renamed over it, so a reader (a web server, Datasette, a half-finished
run) never sees a file cut short.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def replace_file(path: Path, content: str | bytes) -> Path:
    """Write `content` (text as UTF-8, line ends as given) to `path`,
    replacing what was there; the folder is made if missing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path
