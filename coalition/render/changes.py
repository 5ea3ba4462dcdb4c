"""`diff` and `log` as text: lines of words, each wrapped to the width.

With colour (a terminal) Rich prints them. Without (piped, `NO_COLOR`: what
CI and scripts read) they are wrapped here and written at once, and Rich is
not imported: for the diff of a big ledger, Rich's rendering of each line,
and its import, would cost more than the diff. The wrapping is Rich's
(`rich._wrap.divide_line`): a word takes the spaces after it, a line breaks
before the first word that does not fit; a word wider than a line is left to
Rich to fold. `tests/render/test_changes.py` checks that both break alike.
"""

from __future__ import annotations

import itertools
import re
from typing import TextIO

from coalition.analyse.change import Change
from coalition.analyse.diff import DiffView
from coalition.analyse.log import LogView
from coalition.render import RenderOptions
from coalition.render.console import text_width
from coalition.render.style import citation
from coalition.render.style import one_line as clean
from coalition.render.words import change_words, summary_words

Segment = tuple[str, str]
"""A run of text and its Rich style ("" for none)."""
Line = tuple[tuple[Segment, ...], int]
"""A line's segments, and its indent in spaces."""

_WORD = re.compile(r"\s*\S+\s*")
# Characters Rich gives one cell (printable Latin, general punctuation: the
# dashes, quote marks and ellipses of a ledger): a text of them only is as
# wide as it is long. `tests/render/test_changes.py` checks each against Rich.
_ONE_CELL = re.compile("[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2027\u2030-\u205e]*")


def _line(text: str, style: str = "", indent: int = 0) -> Line:
    return ((text, style),), indent


def _groups(view: DiffView) -> list[tuple[str, list[Change]]]:
    """Changes grouped under a heading per country (in the order given, the
    strongest news first), then the ledger's own changes."""
    groups: dict[str | None, list[Change]] = {}
    for change in view.changes:
        groups.setdefault(change.country, []).append(change)
    return [
        (f"{view.names.get(code, code)} ({code})" if code else "Ledger", changes)
        for code, changes in groups.items()
    ]


def _says_who(change: Change, view: DiffView) -> list[Line]:
    lines = []
    for evidence in change.evidence:
        said = citation(evidence, view.sources.get(evidence.source), clean, title=False)
        lines.append(((f"“{clean(evidence.quote)}”", "italic"), (f" — {said}", "dim")))
    return [(segments, 4) for segments in lines]


def diff_lines(view: DiffView) -> list[Line]:
    lines = [
        _line(f"{clean(view.old)} → {clean(view.new)}", "dim"),
        _line(summary_words(view.summary), "bold"),
    ]
    for heading, changes in _groups(view):
        lines += [_line(""), _line(clean(heading), "bold")]
        for change in changes:
            style = (
                "magenta"
                if change.corrected
                else {"escalation": "green", "downgrade": "red"}.get(str(change.direction), "")
            )
            lines.append(_line(change_words(change, clean), style, 2))
            lines += _says_who(change, view)
    for note in view.notes:
        lines += [_line(""), _line(f"note: {clean(note)}", "dim")]
    return lines


def log_lines(view: LogView) -> list[Line]:
    lines = [_line(f"History of {clean(view.ledger)}", "bold")]
    if not view.entries:
        lines.append(_line("No commit matches." if view.filtered else "No commit changed it yet."))
    for entry in view.entries:
        heading = ((entry.date[:10], "bold"), (f"  {entry.short}", "yellow"))
        lines += [_line(""), ((*heading, (f"  {clean(entry.subject)}", "")), 0)]
        if entry.problem:
            lines.append(_line(entry.problem, "red", 2))
        for change in entry.changes:
            where = f"{view.names.get(change.country, change.country)}: " if change.country else ""
            lines.append(_line(clean(where) + change_words(change, clean), "", 2))
    return lines


def diff(view: DiffView, out: TextIO, options: RenderOptions) -> None:
    write_lines(diff_lines(view), out, options)


def log(view: LogView, out: TextIO, options: RenderOptions) -> None:
    write_lines(log_lines(view), out, options)


def write_lines(lines: list[Line], out: TextIO, options: RenderOptions) -> None:
    written = None if options.colour else _plain_lines(lines, text_width(out, options))
    if written is None:
        _write_with_rich(lines, out, options)
    else:
        out.write("\n".join(written) + "\n")


def _plain_lines(lines: list[Line], width: int) -> list[str] | None:
    """The lines wrapped and indented; None if one must be left to Rich."""
    written: list[str] = []
    for segments, indent in lines:
        wrapped = wrap("".join(text for text, _ in segments), width - indent)
        if wrapped is None:
            return None
        written += [" " * indent + piece if piece else "" for piece in wrapped]
    return written


def _write_with_rich(lines: list[Line], out: TextIO, options: RenderOptions) -> None:
    from rich.padding import Padding
    from rich.text import Text

    from coalition.render.console import rich_console

    with rich_console(out, options) as console:
        for segments, indent in lines:
            # The first run's style is the line's, under the others' (as Rich
            # builds `Text(first, style=…).append(…)`).
            (first, base), *rest = segments
            text = Text(first, style=base)
            for words, style in rest:
                text.append(words, style=style or None)
            console.print(Padding(text, (0, 0, 0, indent)) if indent else text)


def wrap(text: str, width: int) -> list[str] | None:
    """`text` broken into lines of at most `width` cells, as Rich breaks it,
    each without the spaces that end it; None for what this does not break
    as Rich would (a tab, a word wider than a line)."""
    if "\t" in text:
        return None
    pieces: list[str] = []
    for line in text.split("\n"):
        measure = len if _ONE_CELL.fullmatch(line) else _cells
        if measure(line) <= width:
            pieces.append(line.rstrip())
            continue
        breaks, offset = [0], 0
        for match in _WORD.finditer(line):
            start, word = match.start(), match.group()
            length = measure(word.rstrip())
            if width - offset >= length:
                offset += measure(word)
            elif length > width:
                return None
            elif offset and start:
                breaks.append(start)
                offset = measure(word)
        breaks.append(len(line))
        pieces += [line[a:b].rstrip() for a, b in itertools.pairwise(breaks)]
    return pieces


def _cells(text: str) -> int:
    if _ONE_CELL.fullmatch(text):
        return len(text)
    from rich.cells import cell_len  # light: a table of character widths

    return cell_len(text)
