"""The outcome of `validate`: the files read, their problems, and the counts
a report ends with."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from coalition.load import Loaded
from coalition.problems import Level, Problem, exit_code, is_error, is_warning


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
            warnings = [p for p in result.problems if is_warning(p)]
            notes = [p for p in result.problems if p.level is Level.NOTE]
            if self.quiet:
                listed += errors + (warnings if self.strict else [])
            else:
                listed += errors + warnings + notes
        return listed

    @property
    def hidden(self) -> int:
        """How many warnings `quiet` leaves out (notes are not counted)."""
        return sum(1 for p in self.problems if is_warning(p)) - sum(
            1 for p in self.shown if is_warning(p)
        )

    @property
    def failed(self) -> bool:
        return exit_code(self.problems, strict=self.strict) != 0

    def file_failed(self, result: Loaded) -> bool:
        return exit_code(result.problems, strict=self.strict) != 0


def counts(problems: Sequence[Problem]) -> tuple[int, int]:
    """(errors, warnings); notes are neither."""
    errors = sum(1 for p in problems if is_error(p))
    return errors, sum(1 for p in problems if is_warning(p))


def rule_counts(problems: Sequence[Problem]) -> list[tuple[str, int]]:
    """(rule, how many) for the closing line, the commonest first."""
    counted = Counter(p.rule for p in problems)
    return sorted(counted.items(), key=lambda item: (-item[1], item[0]))
