"""The outcome of `validate`: the files read, their problems, and the counts
a report ends with."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from coalition.load import Loaded
from coalition.problems import Problem, exit_code, is_error


@dataclass(frozen=True)
class Validation:
    results: tuple[Loaded, ...]
    strict: bool = False

    @property
    def problems(self) -> list[Problem]:
        return [p for r in self.results for p in r.problems]

    @property
    def failed(self) -> bool:
        return exit_code(self.problems, strict=self.strict) != 0

    def file_failed(self, result: Loaded) -> bool:
        return exit_code(result.problems, strict=self.strict) != 0


def counts(problems: Sequence[Problem]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = sum(1 for p in problems if is_error(p))
    return errors, len(problems) - errors
