"""The outcome of `validate`: the files read, their problems, and the counts
a report ends with."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from coalition.load import Loaded
from coalition.problems import Problem, exit_code, is_error


@dataclass(frozen=True)
class Validation:
    results: tuple[Loaded, ...]
    strict: bool = False
    # Only what fails: errors (and warnings under --strict). For people who
    # want the mistakes alone, and for pre-commit.
    quiet: bool = False

    @property
    def problems(self) -> list[Problem]:
        """Every problem found, file by file, in the order of the file."""
        return [p for r in self.results for p in r.problems]

    @property
    def shown(self) -> list[Problem]:
        """The problems a report lists: file by file, errors first (in the
        order of the file), then warnings, so that warnings never bury an
        error; without the warnings that do not fail when quiet."""
        listed = []
        for result in self.results:
            errors = [p for p in result.problems if is_error(p)]
            warnings = [p for p in result.problems if not is_error(p)]
            listed += errors + ([] if self.quiet and not self.strict else warnings)
        return listed

    @property
    def hidden(self) -> int:
        """How many warnings `quiet` leaves out."""
        return len(self.problems) - len(self.shown)

    @property
    def failed(self) -> bool:
        return exit_code(self.problems, strict=self.strict) != 0

    def file_failed(self, result: Loaded) -> bool:
        return exit_code(result.problems, strict=self.strict) != 0


def counts(problems: Sequence[Problem]) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = sum(1 for p in problems if is_error(p))
    return errors, len(problems) - errors


def rule_counts(problems: Sequence[Problem]) -> list[tuple[str, int]]:
    """(rule, how many) for the closing line, the commonest first."""
    counted = Counter(p.rule for p in problems)
    return sorted(counted.items(), key=lambda item: (-item[1], item[0]))
