"""A rule, its examples, and the one way a problem of it is made."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from coalition.problems import Level, Problem


@dataclass(frozen=True)
class Example:
    """A ledger that shows a rule: its text (None: there is no file at
    all), other files beside it (archived sources), the encoding it is saved
    in, and the options `validate` is run with."""

    ledger: str | None
    files: Mapping[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    """Everything about one kind of problem: the id a problem prints in
    brackets, its level, what `coalition rules ID` says about it, and a
    failing and a passing example that the tests run through `validate`."""

    id: str
    level: Level
    stage: str  # read, model, check or edit: where in the pipeline it is raised
    summary: str  # one line: what is wrong
    rationale: str  # why it matters, and how to fix it
    fail: Example | None = None  # None for rules no ledger can trigger on its own
    passing: Example | None = None

    def problem(
        self,
        file: str,
        line: int,
        column: int,
        message: str,
        *,
        path: str = "",
        hint: str = "",
        level: Level | None = None,
    ) -> Problem:
        """A problem of this rule, at its level unless the caller knows
        better. Problems are made here and nowhere else, so that no problem
        can name a rule that is not registered (tests/rules/test_registry.py
        checks the code outside this package never names one itself)."""
        return Problem(
            file,
            line,
            column,
            self.level if level is None else level,
            message,
            path,
            hint,
            rule=self.id,
        )
