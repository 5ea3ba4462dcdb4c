"""A change to a text as a unified diff, the form `patch` and `git apply`
read: what `fmt --check` prints.

The hunks are grouped as difflib's `unified_diff` groups them (three lines of
context, hunks closer than twice that joined); the line-by-line comparison
comes from `analyse.lines`, which is fast on large ledgers. A last line
without a newline is marked as diff marks it, so that the patch applies.
"""

from __future__ import annotations

from collections.abc import Iterator

from coalition.analyse.lines import Opcode, line_opcodes, split_lines

NO_NEWLINE = "\\ No newline at end of file\n"


def render_unified(before: str, after: str, from_name: str, to_name: str, context: int = 3) -> str:
    """The unified diff from `before` to `after`; "" when they are equal."""
    old, new = split_lines(before), split_lines(after)
    out: list[str] = []
    for hunk in _hunks(line_opcodes(old, new), context):
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


def _hunks(codes: list[Opcode], context: int) -> Iterator[list[Opcode]]:
    """The changes with `context` equal lines around them, one list per
    hunk: a run of more than twice `context` equal lines separates two."""
    if not any(code[0] != "equal" for code in codes):
        return
    codes = list(codes)
    tag, i1, i2, j1, j2 = codes[0]
    if tag == "equal":
        codes[0] = (tag, max(i1, i2 - context), i2, max(j1, j2 - context), j2)
    tag, i1, i2, j1, j2 = codes[-1]
    if tag == "equal":
        codes[-1] = (tag, i1, min(i2, i1 + context), j1, min(j2, j1 + context))
    hunk: list[Opcode] = []
    for tag, i1, i2, j1, j2 in codes:
        if tag == "equal" and i2 - i1 > 2 * context:
            hunk.append((tag, i1, min(i2, i1 + context), j1, min(j2, j1 + context)))
            yield hunk
            hunk = []
            i1, j1 = max(i1, i2 - context), max(j1, j2 - context)
        hunk.append((tag, i1, i2, j1, j2))
    if hunk and not (len(hunk) == 1 and hunk[0][0] == "equal"):
        yield hunk
