"""What every check reads: the document as written, and ways to walk it.

Checks read the document as written rather than the validated model, so that
they run even when some entries have model errors: a journalist sees a
misspelt source id in the same run as the misspelt status two lines above it.
Values of the wrong type are skipped here; the model has already reported them.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any

from coalition.problems import Problem, dotted
from coalition.read.document import Document, Path
from coalition.rules.rule import Rule


@dataclass
class Context:
    file: str
    document: Document
    # The folder that archive paths are relative to; None skips provenance.
    base: FilePath | None
    # A stance whose newest evidence is this many days older than as_of is stale.
    stale_after: int = 90
    # Opt-in checks run only when warnings fail (validate --strict).
    strict: bool = False
    # What more than one check works out from the data, worked out once.
    shared: dict[str, Any] = field(default_factory=dict)

    @property
    def data(self) -> dict[str, Any]:
        data = self.document.data
        return data if isinstance(data, dict) else {}

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name)
        return value if isinstance(value, dict) else {}

    def problem(
        self, rule: Rule, path: Path, message: str, hint: str, *, at_key: bool = False
    ) -> Problem:
        """A problem of `rule` at the value at `path` (at its key with
        `at_key`)."""
        mark = self.document.key_mark(path) if at_key else self.document.mark(path)
        return rule.problem(
            self.file, mark.line, mark.column, message, path=dotted(path), hint=hint
        )


def items_of(value: Any) -> list[tuple[str | int, Any]]:
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, list):
        return list(enumerate(value))
    return []


def evidence_as_written(data: dict[str, Any]) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every piece of evidence in the document (each reported figure is one),
    with its path."""
    for index, item in items_of(data.get("reported")):
        if isinstance(item, dict):
            yield ("reported", index), item
    countries = data.get("countries")
    holders = [
        (("countries", code), country)
        for code, country in items_of(countries)
        if isinstance(country, dict)
    ]
    for path, holder in [*holders, *stances_as_written(countries)]:
        for index, item in items_of(holder.get("evidence")):
            if isinstance(item, dict):
                yield (*path, "evidence", index), item


def stances_as_written(countries: Any) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every stance (overall and per domain) in the document, with its path."""
    for code, country in items_of(countries):
        if not isinstance(country, dict):
            continue
        if isinstance(country.get("overall"), dict):
            yield ("countries", code, "overall"), country["overall"]
        for domain, stance in items_of(country.get("stances")):
            if isinstance(stance, dict):
                yield ("countries", code, "stances", domain), stance


def text_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    return None


def date_of(value: Any) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None  # reported by the model


CheckFunction = Callable[[Context], list[Problem]]


@dataclass(frozen=True)
class Check:
    """A cross-record check and the rules it may raise (the rule of the
    module it is in, and any other it finds in the same pass)."""

    run: CheckFunction
    rules: tuple[Rule, ...]

    @property
    def name(self) -> str:
        return self.run.__name__

    @functools.cached_property
    def ids(self) -> frozenset[str]:
        return frozenset(rule.id for rule in self.rules)
