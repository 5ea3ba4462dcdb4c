"""Which lines of a text another text keeps, for `fmt --check`'s diff.

difflib compares every line with every equal line of the other text: on a
ledger of 10 MB, where `status: committed` occurs thousands of times, that
takes a minute even when `fmt` changed ten lines. A ledger is made of blocks
(each top-level key, each country, each source) and `fmt` keeps most of them
byte for byte, so the texts are first compared block by block and difflib
only looks inside the blocks that differ. The result is a correct diff
(applying it turns one text into the other); it is the one difflib would
give whenever no match crosses a block that changed.
"""

from __future__ import annotations

import difflib
import re

# (tag, i1, i2, j1, j2) as difflib's get_opcodes gives them.
Opcode = tuple[str, int, int, int, int]

# A line that starts a block: at the top level or one indent below it, and
# not blank. Comments start blocks too; that only changes how finely the
# texts are cut, never what the diff says.
_BLOCK_START = re.compile(r"(?:  )?[^ \n\r]")


def split_lines(text: str) -> list[str]:
    """The lines of `text`, each with its `\\n`, cut only at `\\n` (as diff
    and patch cut them, unlike `str.splitlines`)."""
    lines = text.split("\n")
    last = lines.pop()
    return [line + "\n" for line in lines] + ([last] if last else [])


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end) line indexes of the text's blocks, covering every line."""
    starts = [0] + [n for n in range(1, len(lines)) if _BLOCK_START.match(lines[n])]
    return list(zip(starts, [*starts[1:], len(lines)], strict=True))


def line_opcodes(before: list[str], after: list[str]) -> list[Opcode]:
    """How to turn `before` into `after`, line by line, as difflib's
    opcodes: blocks equal in both are kept whole, and difflib compares the
    lines of the blocks in between."""
    old, new = _blocks(before), _blocks(after)
    texts = difflib.SequenceMatcher(
        None,
        ["".join(before[i:j]) for i, j in old],
        ["".join(after[i:j]) for i, j in new],
        autojunk=False,
    )
    codes: list[Opcode] = []
    for tag, b1, b2, c1, c2 in texts.get_opcodes():
        i1 = old[b1][0] if b1 < len(old) else len(before)
        i2 = old[b2 - 1][1] if b2 > b1 else i1
        j1 = new[c1][0] if c1 < len(new) else len(after)
        j2 = new[c2 - 1][1] if c2 > c1 else j1
        if tag == "equal":
            _add(codes, ("equal", i1, i2, j1, j2))
            continue
        inner = difflib.SequenceMatcher(None, before[i1:i2], after[j1:j2])
        for code, k1, k2, l1, l2 in inner.get_opcodes():
            _add(codes, (code, i1 + k1, i1 + k2, j1 + l1, j1 + l2))
    return codes


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
