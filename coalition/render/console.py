"""How wide output is, and the Rich console every table and coloured diff
prints on: one place for both, so the diff's plain writer and Rich's tables
agree on the width without importing each other (nor Rich, when plain).
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from coalition.render import RenderOptions

if TYPE_CHECKING:
    from rich.console import Console


def text_width(out: TextIO, options: RenderOptions) -> int:
    """The terminal's width on a terminal; COLUMNS or 80 otherwise, so that
    piped output is the same on every machine."""
    if options.width:
        return options.width
    isatty = getattr(out, "isatty", None)
    if isatty and isatty():
        return shutil.get_terminal_size((80, 24)).columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 20 else 80


@contextmanager
def rich_console(out: TextIO, options: RenderOptions) -> Iterator[Console]:
    """A Console that writes to `out` when done; plain output loses the
    trailing spaces that Rich pads table cells with."""
    from rich.console import Console

    buffer = io.StringIO()
    yield Console(
        file=buffer,
        width=text_width(out, options),
        force_terminal=options.colour,
        no_color=not options.colour,
        color_system="standard" if options.colour else None,
        markup=False,
        emoji=False,
        highlight=False,
        soft_wrap=False,
    )
    text = buffer.getvalue()
    if not options.colour:
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    out.write(text)
