"""Which lines of a text another text keeps, for `fmt --check`'s diff.

difflib compares every line with every equal line of the other text: on a
ledger of 10 MB, where `status: committed` occurs thousands of times, that
takes a minute even when `fmt` changed ten lines. A ledger is made of blocks
(each top-level key, each country, each source) and `fmt` keeps most of them
byte for byte, so the texts are first matched block by block, by key, and
difflib only looks inside the blocks that differ. The result is a correct
diff (applying it turns one text into the other), difflib's own inside each
pair of blocks; over the whole file difflib may show another line as the
one that moved.
"""

from __future__ import annotations

import difflib
import re
from typing import Literal

# (tag, i1, i2, j1, j2) as difflib's get_opcodes gives them.
Opcode = tuple[Literal["replace", "delete", "insert", "equal"], int, int, int, int]

# A block's key, however it is quoted: `"AD":` and `AD:` are one block.
_KEY = re.compile(r"""\s*(?:- )?(["']?)(.*?)\1\s*:(?:\s|$)""")


def split_lines(text: str) -> list[str]:
    """The lines of `text`, each with its `\\n`, cut only at `\\n` (as diff
    and patch cut them, unlike `str.splitlines`)."""
    lines = text.split("\n")
    last = lines.pop()
    return [line + "\n" for line in lines] + ([last] if last else [])


def _block_starts(lines: list[str]) -> list[int]:
    """Where the blocks start: each line at the top level, and each line at
    the first indent inside a top-level key (a country, a source), whatever
    that indent is. Comments may start blocks too: that only changes how
    finely the texts are cut, never what the diff says."""
    starts = [0]
    inner = 0
    for number, line in enumerate(lines):
        body = line.lstrip(" ")
        if not body.strip():
            continue
        indent = len(line) - len(body)
        if indent == 0:
            inner = 0
        elif not inner and not body.startswith("#"):
            inner = indent
        if number and (indent == 0 or indent == inner):
            starts.append(number)
    return starts


def _key(line: str) -> str:
    found = _KEY.match(line)
    return found.group(2) if found else line.strip()


def line_opcodes(before: list[str], after: list[str]) -> list[Opcode]:
    """How to turn `before` into `after`, line by line, as difflib's
    opcodes. The blocks of both are matched by key (a country restyled is
    still that country); a pair of equal blocks is kept whole, difflib
    compares the lines of a pair that differs, and of blocks only one text
    has (added, removed or moved)."""
    old, new = _spans(before), _spans(after)
    keys = difflib.SequenceMatcher(
        None, [_key(before[i]) for i, _ in old], [_key(after[j]) for j, _ in new], autojunk=False
    )
    codes: list[Opcode] = []
    for tag, b1, b2, c1, c2 in keys.get_opcodes():
        if tag == "equal":
            pairs = [(*old[b], *new[c]) for b, c in zip(range(b1, b2), range(c1, c2), strict=True)]
        else:
            pairs = [(*_joined(old, b1, b2, len(before)), *_joined(new, c1, c2, len(after)))]
        for i1, i2, j1, j2 in pairs:
            if before[i1:i2] == after[j1:j2]:
                _add(codes, ("equal", i1, i2, j1, j2))
                continue
            inner = difflib.SequenceMatcher(None, before[i1:i2], after[j1:j2])
            for code, k1, k2, l1, l2 in inner.get_opcodes():
                _add(codes, (code, i1 + k1, i1 + k2, j1 + l1, j1 + l2))
    return codes


def _spans(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) line indexes of the blocks, covering every line."""
    if not lines:
        return []
    starts = _block_starts(lines)
    return list(zip(starts, [*starts[1:], len(lines)], strict=True))


def _joined(spans: list[tuple[int, int]], first: int, last: int, size: int) -> tuple[int, int]:
    """The lines of blocks `first` to `last` (excluded) as one span."""
    if first == last:
        start = spans[first][0] if first < len(spans) else size
        return start, start
    return spans[first][0], spans[last - 1][1]


def _add(codes: list[Opcode], code: Opcode) -> None:
    """Append `code`, joined to the last one when both keep lines (difflib
    never gives two `equal` in a row, and hunks are cut on that)."""
    if code[1] == code[2] and code[3] == code[4]:
        return
    if codes and code[0] == "equal" and codes[-1][0] == "equal":
        _, i1, _, j1, _ = codes[-1]
        codes[-1] = ("equal", i1, code[2], j1, code[4])
    else:
        codes.append(code)
