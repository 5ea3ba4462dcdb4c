"""What the YAML parsers say when they fail, in words a journalist can act on.

The parsers' own messages ("mapping values are not allowed here") name the
grammar, not the mistake; each is matched here to what usually causes it and
how to fix it, at the place to edit (an unclosed quote is reported where it
opens, not at the end of the file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import yaml

from coalition.problems import Problem
from coalition.read.document import to_mark
from coalition.read.slips import (
    MAX_DEPTH,
    SYNTAX_HINTS,
    glued_colon,
    specific,
    unclosed_quote,
    where_it_began,
    within,
)
from coalition.rules.read.syntax import RULE as SYNTAX

if TYPE_CHECKING:
    from coalition.read.document import Mark

__all__ = ["MAX_DEPTH", "depth_problem", "escape_problem", "syntax_problem"]


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
    named = specific(problem, file, lines, line, column) if lines is not None else None
    if named is not None:
        return named
    glued = glued_colon(lines, line) if lines is not None and "mapping values" in problem else None
    if glued is not None:
        return SYNTAX.problem(
            file,
            *glued,
            "a space is missing after ':'",
            hint="write 'key: value', with a space after the colon",
        )
    opened = unclosed_quote(lines, line) if lines is not None else None
    if opened is not None and opened[0] < line:
        return SYNTAX.problem(
            file,
            *opened,
            f"this quoted text is not closed on its line, so YAML read on and got lost "
            f"at line {line}, column {column}",
            hint="add the closing quote mark at the end of the text",
        )
    located = where_it_began(error, problem, lines, line, column)
    if located is not None:
        at_line, at_column, level, message, hint = located
        return SYNTAX.problem(file, at_line, at_column, message, hint=hint, level=level)
    message, hint = next(
        ((m, h) for needle, m, h in SYNTAX_HINTS if needle in problem),
        (
            f"YAML syntax error: {problem}" + (f" ({context})" if context else ""),
            "compare this line with the example in docs/ledger-format.md",
        ),
    )
    line, column = within(lines, line, column)
    return SYNTAX.problem(file, line, column, message, hint=hint)


def depth_problem(file: str, mark: Mark) -> Problem:
    message, hint = next((m, h) for n, m, h in SYNTAX_HINTS if n == "nesting depth")
    return SYNTAX.problem(file, mark.line, mark.column, message, hint=hint)


def escape_problem(file: str, parser: Any) -> Problem:
    """PyYAML's Python scanner turns '\\U00110000' into chr() of it and fails
    with a ValueError; LibYAML reports an invalid escape. Report it as LibYAML
    does, where the parser stopped."""
    get_mark = getattr(parser, "get_mark", None)
    mark = to_mark(get_mark() if get_mark else None)
    return SYNTAX.problem(
        file,
        mark.line,
        mark.column,
        "an escape sequence inside double quotes names no character",
        hint="delete the backslash sequence",
    )
