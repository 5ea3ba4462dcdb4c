"""An edit touches the lines it means to, and nothing else.

ruamel.yaml writes the whole file back: untouched parts come out normalised
(a quote wrapped over two lines joined into one, `\\u00e9` written as `é`, a
mixed line ending made uniform). So an edit is applied as a three-way merge:
the base is the file as ruamel.yaml writes it unchanged, "theirs" is the file
as it writes it edited, "ours" is the file as it was. The lines the edit
changed are taken from theirs, every other line from ours, byte for byte. If
an edited line falls inside a part that normalising changed, the merge cannot
be exact and the whole edited text is used instead (the caller then checks
the result like any edit).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence


def _stripped(lines: Sequence[str]) -> list[str]:
    return [line.rstrip("\r\n") for line in lines]


def _boundaries(base: Sequence[str], ours: Sequence[str]) -> dict[int, tuple[int, int]]:
    """base line index -> (first, last) ours line index where the two files
    align: every position inside a stretch they share, and the edges of what
    differs (lines only ours has sit between first and last)."""
    matcher = difflib.SequenceMatcher(None, _stripped(base), _stripped(ours), autojunk=False)
    found: dict[int, tuple[int, int]] = {}

    def align(i: int, j: int) -> None:
        low, high = found.get(i, (j, j))
        found[i] = (min(low, j), max(high, j))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1 + 1):
                align(i1 + k, j1 + k)
        else:
            align(i1, j1)
            align(i2, j2)
    return found


def ending_of(lines: Sequence[str]) -> str:
    """The line ending most lines of a file use."""
    crlf = sum(1 for line in lines if line.endswith("\r\n"))
    return "\r\n" if crlf > len(lines) - crlf else "\n"


def splice(ours: str, base: str, theirs: str) -> str | None:
    """`ours` with the change from `base` to `theirs` applied; None when the
    change touches a part of the file that `base` rewrote."""
    ours_lines = ours.splitlines(keepends=True)
    base_lines = base.splitlines(keepends=True)
    their_lines = theirs.splitlines(keepends=True)
    to_ours = _boundaries(base_lines, ours_lines)
    ending = ending_of(ours_lines)
    matcher = difflib.SequenceMatcher(
        None, _stripped(base_lines), _stripped(their_lines), autojunk=False
    )
    out: list[str] = []
    cursor = 0  # the next line of ours not yet written or skipped
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if i1 not in to_ours or i2 not in to_ours:
            return None
        if tag == "equal":
            # Lines only ours has at the end of this stretch wait: what the
            # edit inserts here comes before them (a comment introducing the
            # next entry, the end of the document).
            end = to_ours[i2][0]
            out += ours_lines[cursor:end]
            cursor = end
        else:
            # Lines only ours has just before replaced lines stay before them
            # (inserted lines go before such lines, as above); ours' own
            # version of the replaced lines is skipped.
            start = cursor if tag == "insert" else max(cursor, to_ours[i1][1])
            out += ours_lines[cursor:start]
            out += [line.rstrip("\r\n") + ending for line in their_lines[j1:j2]]
            cursor = max(start, to_ours[i2][0])
    out += ours_lines[cursor:]
    text = "".join(out)
    if ours and not ours.endswith(("\n", "\r")) and text.endswith("\n"):
        text = text.rstrip("\r\n")  # the file had no final line break: keep it so
    return text
