"""The slips a person makes that YAML reports badly, found where they are.

YAML stops where its grammar breaks, often a line late or at the end of the
file, and names the grammar, not the mistake; these find the line and column
a person must edit and say what is wrong there in plain words: an apostrophe
inside single quotes, a ': ' inside unquoted text, a line without its colon,
a quote mark left open, a line indented unlike its entry.
"""

from __future__ import annotations

import re

import yaml

from coalition.problems import Level, Problem, show_text
from coalition.rules.read.syntax import RULE as SYNTAX

# LibYAML refuses to nest deeper; a ledger needs six levels.
MAX_DEPTH = 1000

# What the parsers say (PyYAML's words, then LibYAML's) and what a person
# should read instead. Matched by substring on the parser's `problem`.
SYNTAX_HINTS: tuple[tuple[str, str, str], ...] = (
    (
        "mapping values are not allowed",
        "a ':' followed by a space inside an unquoted value, or a key indented "
        "further than the keys beside it",
        "put the whole value in double quotes, or align the key with the others",
    ),
    (
        "unexpected end of stream",
        "the file ends inside a quoted text: a closing quote mark is missing",
        "add the closing quote mark at the end of the text that starts here",
    ),
    (
        "could not find expected ':'",
        "a line has no ':' after its key, or a quote mark before it is not closed",
        "write 'key: value', or close the quote mark",
    ),
    (
        "unknown escape",
        "an unknown escape sequence after a backslash inside double quotes",
        "write \\\\ for a backslash, or put the text in single quotes",
    ),
    (
        "nesting depth",
        f"keys or lists are nested more than {MAX_DEPTH} levels deep",
        "a ledger needs a handful of levels: look for a runaway indentation or brackets",
    ),
    (
        "escape code",
        "an escape sequence inside double quotes names no character",
        "delete the backslash sequence",
    ),
    (
        "hex",
        "an escape sequence inside double quotes is cut short",
        "write \\x with 2, \\u with 4 or \\U with 8 hexadecimal digits",
    ),
    (
        "tab character",
        "a tab character where YAML expects spaces",
        "replace the tab with spaces",
    ),
    (
        "block end",
        "this line is not indented like the lines around it",
        "indent it with the same number of spaces as the other keys at its level",
    ),
    (
        "expected key",
        "this line is not indented like the lines around it",
        "indent it with the same number of spaces as the other keys at its level",
    ),
    (
        "'-' indicator",
        "a list item ('- ') and a key ('key:') are mixed at the same indentation",
        "indent the list items under their key, or the key like the keys above it",
    ),
    (
        "',' or ']'",
        "a list in [brackets] is not closed, or its items are not separated by commas",
        "add the missing ']' or ','",
    ),
    (
        "',' or '}'",
        "a mapping in {braces} is not closed, or its items are not separated by commas",
        "add the missing '}' or ','",
    ),
    (
        "node content",
        "a value is missing or starts with a character that needs quotes",
        "put the value in double quotes",
    ),
    (
        "cannot start any token",
        "a value starts with a character that YAML reserves ('@', '`', '%', '|'…)",
        "put the value in double quotes",
    ),
    (
        "document start",
        "unexpected text after the end of the ledger",
        "delete it, or indent it under the key it belongs to",
    ),
)


# A value that opens a quote mark: `key: "…`, `- "…`, `- key: '…`.
_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+)*(?:[^\s"'#][^:#]*:\s+)?(["'])(.*)$""")


def _closes(mark: str, rest: str) -> bool:
    """Whether the quoted text opened by `mark` closes within `rest`."""
    if mark == "'":
        return bool(re.search(r"(?<!')'(?!')|^'(?!')", rest.replace("''", "")))
    return bool(re.search(r'(?<!\\)(?:\\\\)*"', rest))


def unclosed_quote(lines: list[str], before: int) -> tuple[int, int] | None:
    """The last line, at or above line `before` (1-based), whose value opens a
    quote mark that the line does not close: (line, column), 1-based.

    When a closing quote mark is missing, YAML reads on into the next lines
    and stops somewhere else, with a message about that place; this finds the
    likelier culprit. (A ledger writes each quoted text on one line.)
    """
    for index in range(min(before, len(lines)) - 1, -1, -1):
        found = _QUOTED_VALUE.match(lines[index])
        if found and not _closes(found.group(1), found.group(2)):
            return index + 1, found.start(1) + 1
    return None


# `status:considering`: a key glued to its value (not a URL's `https:`).
_GLUED_COLON = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][\w-]*):(?![/\s])\S")


def glued_colon(lines: list[str], before: int) -> tuple[int, int] | None:
    """The line just above line `before` whose key has no space after its
    colon: YAML reads `status:considering` as one word and fails a line later."""
    for index in range(min(before, len(lines)) - 2, max(before - 4, -1), -1):
        if not lines[index].strip():
            continue
        found = _GLUED_COLON.match(lines[index])
        return (index + 1, found.end(1) + 1) if found else None
    return None


# The start of a value in quotes: `key: "…`, `- '…`; the prefix is group 1.
_QUOTE_START = re.compile(r"""^(\s*(?:-\s+)*(?:[^\s"'#][^:#]*:\s+)?)(["'])""")


def _closing(mark: str, line: str, start: int) -> int | None:
    """The index of the quote mark that closes a text opened before `start`."""
    index = start
    while index < len(line):
        char = line[index]
        if mark == "'" and char == "'":
            if line[index + 1 : index + 2] == "'":  # '' is an apostrophe
                index += 2
                continue
            return index
        if mark == '"' and char == "\\":
            index += 2
            continue
        if mark == '"' and char == '"':
            return index
        index += 1
    return None


def _word_at(line: str, index: int) -> str:
    start = index
    while start > 0 and not line[start - 1].isspace() and line[start - 1] not in "'\"":
        start -= 1
    end = index + 1
    while end < len(line) and not line[end].isspace():
        end += 1
    return line[start:end]


def closed_early(line: str) -> tuple[str, int] | None:
    """(quote mark, index) when a quoted value on `line` closes before the
    value ends: the apostrophe in 'NATO's', a " inside "…"."""
    found = _QUOTE_START.match(line)
    if not found:
        return None
    mark = found.group(2)
    end = _closing(mark, line, found.end())
    if end is None:
        return None
    rest = line[end + 1 :]
    if not rest.strip() or rest.lstrip().startswith(("#", ":", ",", "]", "}")):
        return None
    return mark, end


def _quote_slip(file: str, lines: list[str], number: int, column: int) -> Problem | None:
    """A quoted text that ended early on the line where YAML stopped."""
    if not 0 < number <= len(lines):
        return None
    line = lines[number - 1]
    slip = closed_early(line)
    if slip is None or column <= slip[1]:
        return None
    mark, end = slip
    word = show_text(_word_at(line, end))
    if mark == "'":
        message = f"the ' in {word} ends the quoted text"
        hint = (
            "use double quotes around text that contains an apostrophe, "
            "or write the apostrophe twice ('')"
        )
    else:
        following = line[end + 1 :].split()[0].strip("\"'")
        message = f'the " before {show_text(following)} ends the quoted text'
        hint = (
            'write \\" for a quote mark inside double quotes, use curly quotes “ ”, '
            "or put the text in single quotes"
        )
    return SYNTAX.problem(file, number, end + 1, message, hint=hint)


# `key: text: more`: a key, then a ': ' inside its unquoted value.
_KEYED = re.compile(r"^\s*(?:-\s+)?[^\s:#'\"][^:#]*:\s+(\S.*)$")


def _colon_in_value(file: str, lines: list[str], number: int, column: int) -> Problem | None:
    if not 0 < number <= len(lines):
        return None
    line = lines[number - 1]
    previous = _meaningful(lines, number - 1)
    if (
        previous is not None
        and _indent(line) > _indent(lines[previous])
        and not lines[previous].rstrip().endswith(":")
        and column - 1 == len(line.split(":", 1)[0])
    ):
        return SYNTAX.problem(
            file,
            number,
            _indent(line) + 1,
            f"this line is indented further than the line above ({_indent(line)} spaces "
            f"against {_indent(lines[previous])}), so YAML reads it as part of that line's value",
            hint="indent it like the keys beside it",
        )
    found = _KEYED.match(line)
    if not found or line[column - 1 : column] != ":" or column - 1 < found.start(1):
        return None
    before = line[found.start(1) : column - 1]
    return SYNTAX.problem(
        file,
        number,
        column,
        f"the ': ' after {show_text(before)} makes YAML read what follows as a new key",
        hint="put the whole value in double quotes",
    )


_STRAY = (
    "this line has no ':' after its key (or is a stray line of text)",
    "write 'key: value', or delete the line",
)


def where_it_began(
    error: yaml.YAMLError, problem: str, lines: list[str] | None, line: int, column: int
) -> tuple[int, int, Level, str, str] | None:
    """YAML reports some mistakes where it gave up, a line late or past the
    end; the line a person must fix is where the construct began."""
    context_mark = getattr(error, "context_mark", None)
    if context_mark is not None and "expected ':'" in problem:
        return context_mark.line + 1, context_mark.column + 1, Level.ERROR, *_STRAY
    if context_mark is not None and ("',' or '}'" in problem or "',' or ']'" in problem):
        message, hint = next((m, h) for n, m, h in SYNTAX_HINTS if n in problem)
        return context_mark.line + 1, context_mark.column + 1, Level.ERROR, message, hint
    if lines is not None and "mapping values" in problem and 1 < line <= len(lines):
        previous = _meaningful(lines, line - 1)
        here = lines[line - 1]
        if previous is not None and _indent(lines[previous]) == _indent(here):
            text = lines[previous].strip()
            if ":" not in text and not text.startswith(("-", "#", "[", "{", '"', "'")):
                return previous + 1, _indent(lines[previous]) + 1, Level.ERROR, *_STRAY
    return None


def within(lines: list[str] | None, line: int, column: int) -> tuple[int, int]:
    """A place inside the file: past its end means its last line of text."""
    if lines is None:
        return line, column
    last = len(lines)
    while last > 1 and not lines[last - 1].strip():
        last -= 1
    if line > last:
        return last, max(1, len(lines[last - 1]) if lines else 1)
    return line, column


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _meaningful(lines: list[str], before: int) -> int | None:
    """The index of the nearest line above index `before` that holds YAML."""
    for index in range(before - 1, -1, -1):
        stripped = lines[index].strip()
        if stripped and not stripped.startswith("#"):
            return index
    return None


def _misindented(file: str, lines: list[str], number: int, column: int) -> Problem | None:
    """A key indented unlike the line after it, at the start of an entry.

    YAML stops at the line after (its indentation no longer fits), but when the
    entry's first line is the only one at its depth, that line is the odd one."""
    if not 0 < number <= len(lines):
        return None
    here = _indent(lines[number - 1])
    previous = _meaningful(lines, number - 1)
    if previous is None or column - 1 != here or _indent(lines[previous]) <= here:
        return None
    depth = _indent(lines[previous])
    parent = _meaningful(lines, previous)
    if parent is None or _indent(lines[parent]) >= here or not lines[parent].rstrip().endswith(":"):
        return None
    if depth == _indent(lines[parent]) + 2 or here != _indent(lines[parent]) + 2:
        return None  # the line above follows the two-space rule: this line is the odd one
    return SYNTAX.problem(
        file,
        previous + 1,
        depth + 1,
        f"this line is indented {depth} spaces and the next line {here}: the keys of one "
        "entry must line up",
        hint=f"indent it with {here} spaces, like the line below",
    )


def specific(problem: str, file: str, lines: list[str], line: int, column: int) -> Problem | None:
    """The commonest slips, each named in its own words."""
    slip = _quote_slip(file, lines, line, column)
    if slip is not None:
        return slip
    if "block end" in problem or "expected key" in problem:
        misindented = _misindented(file, lines, line, column)
        if misindented is not None:
            return misindented
    if "mapping values" in problem and glued_colon(lines, line) is None:
        return _stray_item(file, lines, line) or _colon_in_value(file, lines, line, column)
    return None


def _stray_item(file: str, lines: list[str], number: int) -> Problem | None:
    """`- source politico` followed by `  quote: …`: the list item's first key
    lost its colon, so YAML reads the item as text and stops a line later."""
    if not 1 < number <= len(lines):
        return None
    previous = _meaningful(lines, number - 1)
    if previous is None:
        return None
    above = lines[previous]
    stripped = above.strip()
    item = stripped[2:] if stripped.startswith("- ") else ""
    aligned = _indent(lines[number - 1]) == _indent(above) + 2
    if not item or ":" in item or not aligned or item.startswith(("[", "{", '"', "'")):
        return None
    return SYNTAX.problem(file, previous + 1, _indent(above) + 3, _STRAY[0], hint=_STRAY[1])
