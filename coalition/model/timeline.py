"""A stance's timeline, dated by the news: the statuses its sources support,
in the order they were said or published.

The ledger records each stance's current status; its history is in its
evidence. A quote that supported another status on its date carries that
`status` (it was superseded, or another source contradicts it); a quote
without one supports the stance's status. So a history ("undecided in
September 2025, considering since January 2026") is written once, in the
ledger, from its sources, and everything here is derived from it: no second
list of dates to keep in step, and no date taken from git, which only knows
when someone typed the change in.

A quote is dated by its own `date` (when it was said), else by its source's
`published`, with the source's `date_basis` (stated, url, index, inferred).
A quote whose date is unknown is listed apart, "date unknown", and never
placed on a made-up date.

- A *step* is a run of quotes in date order that support one status, from
  its `first_seen` to its `last_seen`; the last step, at the stance's status,
  is *current*, and every earlier one is *superseded* by the next.
- A *contradiction* is two quotes supporting different statuses, on the same
  day or with either undated (it may be any day), from different sources or
  speakers (a president and a prime minister). The stance's `resolution`
  resolves it when it follows one of the two sources. A quote dated after
  every quote for the stance's status, yet supporting another, contradicts
  the stance itself.

It lives beside the model, not with the analyses, because a check reads it
too (`contradiction-unresolved`, in `coalition/check/timeline.py`). Pure
functions of the ledger: no I/O, no git.
"""

from __future__ import annotations

import datetime
import enum
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from coalition.model.ledger import Evidence, Resolution, Source, StanceEvidence
from coalition.model.vocabulary import Status

SAID = "said"
"""The basis of a quote dated by its own `date:` (when the words were said)."""
UNKNOWN = "unknown"


@dataclass(frozen=True)
class Dated:
    """One quote on a timeline: the status it supports, and when."""

    status: Status
    date: datetime.date | None
    basis: str  # SAID, or the source's date_basis (stated, url, index, inferred, unknown)
    evidence: StanceEvidence
    source: Source | None
    position: int  # its place in the stance's evidence, to keep the ledger's order on a tie

    @property
    def voice(self) -> tuple[str, str | None]:
        """Who says it: the source, and the speaker within it."""
        return self.evidence.source, self.evidence.speaker


class State(enum.StrEnum):
    CURRENT = "current"
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class Step:
    """A status the sources support from `first_seen` to `last_seen`."""

    status: Status
    first_seen: datetime.date
    last_seen: datetime.date
    evidence: tuple[Dated, ...]
    state: State


@dataclass(frozen=True)
class Contradiction:
    """Two quotes that say different things of one stance for overlapping
    dates (`when`: the day, or None when one of them is undated); `second`
    is None when a quote contradicts the stance's own status by being later
    than all its evidence."""

    first: Dated
    second: Dated | None
    when: datetime.date | None
    resolution: Resolution | None  # the stance's, when it follows one of the two sources

    @property
    def resolved(self) -> bool:
        return self.resolution is not None


@dataclass(frozen=True)
class History:
    """What a stance's evidence says over time."""

    status: Status
    steps: tuple[Step, ...]  # oldest first
    undated: tuple[Dated, ...]
    contradictions: tuple[Contradiction, ...]

    @property
    def first_seen(self) -> datetime.date | None:
        return self.steps[0].first_seen if self.steps else None

    @property
    def last_seen(self) -> datetime.date | None:
        return max((s.last_seen for s in self.steps), default=None)

    @property
    def since(self) -> datetime.date | None:
        """Since when the sources support the current status (the news
        date of the last move), or None if no quote for it has a date."""
        current = [s for s in self.steps if s.state is State.CURRENT]
        return current[-1].first_seen if current else None


def _dated(
    position: int, evidence: StanceEvidence, status: Status, sources: Mapping[str, Source]
) -> Dated:
    source = sources.get(evidence.source)
    own = evidence.status or status
    if evidence.date is not None:
        return Dated(own, evidence.date, SAID, evidence, source, position)
    if source is None or source.published is None:
        return Dated(own, None, UNKNOWN, evidence, source, position)
    return Dated(own, source.published, source.date_basis.value, evidence, source, position)


def history_of(
    status: Status,
    evidence: Sequence[StanceEvidence],
    sources: Mapping[str, Source],
    resolution: Resolution | None = None,
) -> History:
    """The timeline of a stance at `status` with `evidence`, its quotes dated
    by `sources`."""
    items = [_dated(i, e, status, sources) for i, e in enumerate(evidence)]
    dated = sorted(
        (d for d in items if d.date is not None),
        # On one day, the stance's own status last: it is where the day ended.
        key=lambda d: (d.date, d.status is status, d.position),
    )
    steps = []
    for run_status, run in itertools.groupby(dated, key=lambda d: d.status):
        quotes = tuple(run)
        days = [d.date for d in quotes if d.date is not None]
        steps.append(Step(run_status, min(days), max(days), quotes, State.SUPERSEDED))
    if steps and steps[-1].status is status:
        last = steps[-1]
        steps[-1] = Step(last.status, last.first_seen, last.last_seen, last.evidence, State.CURRENT)
    undated = tuple(d for d in items if d.date is None)
    return History(status, tuple(steps), undated, _contradictions(items, status, steps, resolution))


def _overlap(a: Dated, b: Dated) -> bool:
    return a.date is None or b.date is None or a.date == b.date


def _contradictions(
    items: Sequence[Dated],
    status: Status,
    steps: Sequence[Step],
    resolution: Resolution | None,
) -> tuple[Contradiction, ...]:
    def resolving(*quotes: Dated | None) -> Resolution | None:
        followed = {q.evidence.source for q in quotes if q is not None}
        return resolution if resolution is not None and resolution.follows in followed else None

    found = [
        Contradiction(a, b, a.date or b.date, resolving(a, b))
        for a, b in itertools.combinations(items, 2)
        if a.status is not b.status and a.voice != b.voice and _overlap(a, b)
    ]
    # A quote later than every quote for the stance's status, yet saying
    # something else: the status itself is contradicted (or out of date).
    # It is resolved by following a source of the stance's status.
    if steps and steps[-1].status is not status:
        own = [d for d in items if d.status is status]
        found += [Contradiction(d, None, d.date, resolving(*own)) for d in steps[-1].evidence]
    return tuple(found)


def status_on(history: History, day: datetime.date) -> Status | None:
    """The status the sources supported on `day`: that of the last step begun
    by then (None when none had begun: the ledger cannot say it held)."""
    begun = [step for step in history.steps if step.first_seen <= day]
    return begun[-1].status if begun else None


def said_on(evidence: Evidence, sources: Mapping[str, Source]) -> datetime.date | None:
    """When a quote was said: its own `date`, else its source's date (None
    when neither is known)."""
    if evidence.date is not None:
        return evidence.date
    source = sources.get(evidence.source)
    return source.published if source is not None else None
