"""A change to a text as a unified diff, the form `patch` and `git apply`
read: what `fmt --check` prints.

The hunks are grouped by difflib, as its `unified_diff` groups them (three
lines of context, hunks closer than twice that joined); the line-by-line
comparison comes from `analyse.lines`, which is fast on large ledgers. A last line
without a newline is marked as diff marks it, so that the patch applies.
"""

from __future__ import annotations

import difflib

from coalition.analyse.lines import Opcode, line_opcodes, split_lines

NO_NEWLINE = "\\ No newline at end of file\n"


def render_unified(before: str, after: str, from_name: str, to_name: str, context: int = 3) -> str:
    """The unified diff from `before` to `after`; "" when they are equal."""
    old, new = split_lines(before), split_lines(after)
    out: list[str] = []
    for hunk in _Known(line_opcodes(old, new)).get_grouped_opcodes(context):
        if not out:
            out += [f"--- {from_name}\n", f"+++ {to_name}\n"]
        first, last = hunk[0], hunk[-1]
        out.append(
            f"@@ -{_range(first[1], last[2])} +{_range(first[3], last[4])} @@\n",
        )
        for tag, i1, i2, j1, j2 in hunk:
            if tag == "equal":
                out += [_line(" ", line) for line in old[i1:i2]]
                continue
            out += [_line("-", line) for line in old[i1:i2]]
            out += [_line("+", line) for line in new[j1:j2]]
    return "".join(out)


def _line(mark: str, line: str) -> str:
    return mark + line if line.endswith("\n") else f"{mark}{line}\n{NO_NEWLINE}"


def _range(start: int, stop: int) -> str:
    """A hunk's lines as unified diffs write them: `first,count`, the count
    left out when it is 1, and the line before when it is 0."""
    count = stop - start
    if count == 1:
        return str(start + 1)
    return f"{start + 1 if count else start},{count}"


class _Known(difflib.SequenceMatcher[str]):
    """difflib's matcher with the opcodes worked out already, so that its own
    `get_grouped_opcodes` cuts the hunks."""

    def __init__(self, codes: list[Opcode]) -> None:
        super().__init__(None, (), ())
        self.codes = codes

    def get_opcodes(self) -> list[Opcode]:
        return list(self.codes)  # difflib trims the first and last in place
