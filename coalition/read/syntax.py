"""What the YAML parsers say when they fail, in words a journalist can act on.

The parsers' own messages ("mapping values are not allowed here") name the
grammar, not the mistake; each is matched here to what usually causes it and
how to fix it, at the place to edit (an unclosed quote is reported where it
opens, not at the end of the file).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import yaml

from coalition.problems import Level, Problem

if TYPE_CHECKING:
    from coalition.read.document import Mark

# LibYAML refuses to nest deeper; a ledger needs six levels.
MAX_DEPTH = 1000

# What the parsers say (PyYAML's words, then LibYAML's) and what a person
# should read instead. Matched by substring on the parser's `problem`.
_SYNTAX_HINTS: tuple[tuple[str, str, str], ...] = (
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


def syntax_problem(error: yaml.YAMLError, file: str, lines: list[str] | None = None) -> Problem:
    problem = str(getattr(error, "problem", "") or error)
    context = str(getattr(error, "context", "") or "")
    mark = getattr(error, "problem_mark", None)
    if "quoted scalar" in context and "end of stream" in problem:
        # The end of the file is a useless place to point at: point at the
        # quote mark that was opened and never closed.
        mark = getattr(error, "context_mark", None) or mark
    line = mark.line + 1 if mark is not None else 1
    column = mark.column + 1 if mark is not None else 1
    glued = glued_colon(lines, line) if lines is not None and "mapping values" in problem else None
    if glued is not None:
        return Problem(
            file,
            *glued,
            Level.ERROR,
            "a space is missing after ':'",
            hint="write 'key: value', with a space after the colon",
            rule="syntax",
        )
    opened = unclosed_quote(lines, line) if lines is not None else None
    if opened is not None and opened[0] < line:
        return Problem(
            file,
            *opened,
            Level.ERROR,
            f"this quoted text is not closed on its line, so YAML read on and got lost "
            f"at line {line}, column {column}",
            hint="add the closing quote mark at the end of the text",
            rule="syntax",
        )
    message, hint = next(
        ((m, h) for needle, m, h in _SYNTAX_HINTS if needle in problem),
        (
            f"YAML syntax error: {problem}" + (f" ({context})" if context else ""),
            "compare this line with the example in the README",
        ),
    )
    return Problem(file, line, column, Level.ERROR, message, hint=hint, rule="syntax")


def depth_problem(file: str, mark: Mark) -> Problem:
    message, hint = next((m, h) for n, m, h in _SYNTAX_HINTS if n == "nesting depth")
    return Problem(file, mark.line, mark.column, Level.ERROR, message, hint=hint, rule="syntax")
