"""Problems: everything wrong with a ledger, as values.

Every stage (reading bytes, parsing YAML, validating the model, cross-record
checks, edits) reports into the same list of `Problem`s instead of raising, so
that a journalist sees every mistake of a file in one run, sorted by position,
and the exit code is derived from the worst one. Every problem names its rule
(`coalition rules RULE` explains it) and is made by it, `RULE.problem(...)`;
the rules live in `coalition/rules/`, one module each.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable
from dataclasses import dataclass, field


class Level(enum.IntEnum):
    """How bad a problem is; the order is the order of severity."""

    # Something a check could not do (a date nobody knows): said, never failing.
    NOTE = 0
    WARNING = 1
    ERROR = 2
    # The file could not be read at all (missing, unreadable): a usage/I-O
    # failure rather than a ledger that is wrong, hence its own exit code.
    FATAL = 3

    @property
    def label(self) -> str:
        return "error" if self is Level.FATAL else self.name.lower()


# A report lists at most this many problems of one rule in one file, then
# says how many more there are: a file of 20,000 mistakes of one kind needs
# fixing at its root, not reading line by line.
MAX_PER_RULE = 100


class ExitCode(enum.IntEnum):
    OK = 0
    INVALID = 1
    USAGE = 2


@dataclass(frozen=True, order=True)
class Problem:
    """One thing a person must fix, and where.

    `line` and `column` are 1-based as editors count them; 0 means "the whole
    file" (an unreadable or empty file has no better place). `path` is the
    place in the ledger (`countries.IT.stances.air.status`), empty when the
    problem is below the level of YAML structure (a syntax error, a tab).
    `rule` is the id of a registered rule: problems are made by
    `Rule.problem`, never with an id typed as text.
    """

    file: str
    line: int
    column: int
    level: Level
    message: str
    path: str = ""
    hint: str = ""
    rule: str = field(kw_only=True)

    @property
    def text(self) -> str:
        """The message with its hint, as one sentence a person reads."""
        return f"{self.message}; {self.hint}" if self.hint else self.message

    @property
    def location(self) -> str:
        file = escape(self.file)
        if self.line <= 0:
            return file
        return f"{file}:{self.line}:{self.column}"


def is_error(problem: Problem) -> bool:
    return problem.level >= Level.ERROR


def is_warning(problem: Problem) -> bool:
    return problem.level is Level.WARNING


def errors_of(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.level >= Level.ERROR]


def exit_code(problems: Iterable[Problem], *, strict: bool = False) -> ExitCode:
    """The process exit status that the worst problem calls for."""
    worst = max((p.level for p in problems), default=None)
    if worst is None:
        return ExitCode.OK
    if worst is Level.FATAL:
        return ExitCode.USAGE
    if worst is Level.ERROR or (strict and worst is Level.WARNING):
        return ExitCode.INVALID
    return ExitCode.OK


def dotted(path: Iterable[str | int]) -> str:
    """A place in the ledger as people write it: `countries.IT.stances.air`.
    Keys come from the file, so they are escaped like any other text."""
    return ".".join(escape(str(part)) for part in path)


def show_text(value: object, limit: int | None = 60) -> str:
    """Quote a value from the file for a message, safely.

    Values come from strangers: control characters and invisible characters
    are shown as escapes so that no message can move the cursor, change the
    terminal's colours or hide text, and long values are shortened (unless
    `limit` is None: a path is never shortened, or it could not be copied).
    """
    text = str(value)
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return "'" + escape(text) + "'"


def show_path(path: object) -> str:
    """A file's path for a message: escaped like any text, never shortened."""
    return show_text(path, limit=None)


def escape(text: str) -> str:
    """`text` with every character that is not printable written as an
    escape (`\\x1b`, `\\u202e`): safe on any terminal, whole, and copyable."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char.isprintable():
            out.append(char)
        else:
            code = ord(char)
            out.append(
                f"\\x{code:02x}"
                if code < 0x100
                else f"\\u{code:04x}"
                if code < 0x10000
                else f"\\U{code:08x}"
            )
    return "".join(out)


def capped(problems: Iterable[Problem]) -> list[Problem]:
    """The problems in order, at most MAX_PER_RULE of each rule per file; the
    rest are one problem that counts them, where the first of them was."""
    kept: list[Problem] = []
    rest: dict[tuple[str, str], list[Problem]] = {}
    seen: dict[tuple[str, str], int] = {}
    for problem in sorted(problems):
        key = (problem.file, problem.rule)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= MAX_PER_RULE:
            kept.append(problem)
        else:
            rest.setdefault(key, []).append(problem)
    for more in rest.values():
        # The first of the rest, its words replaced: same file, place and rule.
        kept.append(
            dataclasses.replace(
                more[0],
                level=max(p.level for p in more),
                message=f"… and {len(more):,} more problems like the ones above, not listed",
                path="",
                hint="fix the first ones: the rest are usually the same mistake",
            )
        )
    return sorted(kept)
