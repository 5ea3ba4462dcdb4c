"""A change between two ledgers: one fact a reader would say aloud ("Italy,
air: considering → committed"), and how much it is news."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from typing import Any

from coalition.model.ledger import Evidence
from coalition.model.vocabulary import Status


class Kind(enum.StrEnum):
    """The fixed vocabulary of changes (the JSON `kind`)."""

    LEDGER_CHANGED = "ledger_changed"
    COUNTRY_ADDED = "country_added"
    COUNTRY_REMOVED = "country_removed"
    COUNTRY_CHANGED = "country_changed"
    STANCE_ADDED = "stance_added"
    STANCE_REMOVED = "stance_removed"
    STATUS_CHANGED = "status_changed"
    DETAIL_CHANGED = "detail_changed"
    STANCE_CHANGED = "stance_changed"
    CONDITION_ADDED = "condition_added"
    CONDITION_REMOVED = "condition_removed"
    EVIDENCE_ADDED = "evidence_added"
    EVIDENCE_REMOVED = "evidence_removed"
    EVIDENCE_CHANGED = "evidence_changed"
    STANCE_REVIEWED = "stance_reviewed"
    SOURCE_ADDED = "source_added"
    SOURCE_REMOVED = "source_removed"
    SOURCE_CHANGED = "source_changed"
    PRECONDITION_ADDED = "precondition_added"
    PRECONDITION_REMOVED = "precondition_removed"
    REPORTED_ADDED = "reported_added"
    REPORTED_REMOVED = "reported_removed"
    REPORTED_CHANGED = "reported_changed"


class Direction(enum.StrEnum):
    ESCALATION = "escalation"
    DOWNGRADE = "downgrade"


@dataclass(frozen=True)
class Change:
    kind: Kind
    country: str | None = None
    domain: str | None = None  # a domain, or "overall"
    field: str | None = None
    old: Any = None
    new: Any = None
    direction: Direction | None = None
    # The evidence behind the new state of a changed stance: "says who?".
    # Not part of what the change is, so not compared.
    evidence: tuple[Evidence, ...] = dataclass_field(default=(), compare=False)
    # Why, when the change corrects the ledger's own mistake rather than
    # reports news (a correction entry made with it names it); None for news.
    correction: str | None = None
    # `diff --since`: when the sources said it (the news date), and when the
    # ledger recorded it (a commit's date), where known. Not compared.
    news_date: str | None = dataclass_field(default=None, compare=False)
    recorded_on: str | None = dataclass_field(default=None, compare=False)

    @property
    def corrected(self) -> bool:
        return self.correction is not None

    @property
    def headline(self) -> bool:
        """Whether the change is news a reader counts: a status that moved, a
        country or a stance that came or went (corrections are not news)."""
        return self.kind in _HEADLINES and not self.corrected

    @property
    def news(self) -> int:
        """How much a reader cares, for ordering: a status that moved or a
        country that joined outranks a reworded detail."""
        weight = _NEWS[self.kind]
        if self.kind is Kind.STATUS_CHANGED:
            weight += max(Status(self.old).rank, Status(self.new).rank)
        elif self.kind in (Kind.STANCE_ADDED, Kind.STANCE_REMOVED):
            weight += Status(self.new or self.old).rank
        return weight

    def mirrored(self) -> Change:
        """The same change seen from the other side (for tests: diff(b, a))."""
        kind = _MIRROR.get(self.kind, self.kind)
        direction = (
            {
                Direction.ESCALATION: Direction.DOWNGRADE,
                Direction.DOWNGRADE: Direction.ESCALATION,
            }.get(self.direction)
            if self.direction
            else None
        )
        return Change(kind, self.country, self.domain, self.field, self.new, self.old, direction)


_NEWS = {
    Kind.STATUS_CHANGED: 100,
    Kind.COUNTRY_ADDED: 95,
    Kind.COUNTRY_REMOVED: 95,
    Kind.STANCE_ADDED: 90,
    Kind.STANCE_REMOVED: 88,
    Kind.CONDITION_ADDED: 60,
    Kind.CONDITION_REMOVED: 60,
    Kind.COUNTRY_CHANGED: 50,
    Kind.DETAIL_CHANGED: 40,
    Kind.STANCE_CHANGED: 40,
    Kind.PRECONDITION_ADDED: 35,
    Kind.PRECONDITION_REMOVED: 35,
    Kind.EVIDENCE_ADDED: 30,
    Kind.EVIDENCE_REMOVED: 30,
    Kind.EVIDENCE_CHANGED: 25,
    Kind.STANCE_REVIEWED: 22,
    Kind.REPORTED_ADDED: 20,
    Kind.REPORTED_REMOVED: 20,
    Kind.REPORTED_CHANGED: 20,
    Kind.SOURCE_ADDED: 10,
    Kind.SOURCE_REMOVED: 10,
    Kind.SOURCE_CHANGED: 10,
    Kind.LEDGER_CHANGED: 5,
}

_HEADLINES = frozenset(
    {
        Kind.STATUS_CHANGED,
        Kind.COUNTRY_ADDED,
        Kind.COUNTRY_REMOVED,
        Kind.STANCE_ADDED,
        Kind.STANCE_REMOVED,
    }
)

_MIRROR = {
    Kind.COUNTRY_ADDED: Kind.COUNTRY_REMOVED,
    Kind.COUNTRY_REMOVED: Kind.COUNTRY_ADDED,
    Kind.STANCE_ADDED: Kind.STANCE_REMOVED,
    Kind.STANCE_REMOVED: Kind.STANCE_ADDED,
    Kind.CONDITION_ADDED: Kind.CONDITION_REMOVED,
    Kind.CONDITION_REMOVED: Kind.CONDITION_ADDED,
    Kind.EVIDENCE_ADDED: Kind.EVIDENCE_REMOVED,
    Kind.EVIDENCE_REMOVED: Kind.EVIDENCE_ADDED,
    Kind.SOURCE_ADDED: Kind.SOURCE_REMOVED,
    Kind.SOURCE_REMOVED: Kind.SOURCE_ADDED,
    Kind.PRECONDITION_ADDED: Kind.PRECONDITION_REMOVED,
    Kind.PRECONDITION_REMOVED: Kind.PRECONDITION_ADDED,
    Kind.REPORTED_ADDED: Kind.REPORTED_REMOVED,
    Kind.REPORTED_REMOVED: Kind.REPORTED_ADDED,
}
