"""Timelines to show: every stance's history (`coalition/model/timeline.py`
derives it from the evidence), and the moves by news date since a day, for
`coalition timeline`, `show`, the exports and the feed.

Pure functions of the ledger: no I/O, no git.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from coalition.model.countries import display_name
from coalition.model.ledger import Ledger, Resolution, stances_by_column
from coalition.model.timeline import History, Step, history_of
from coalition.model.vocabulary import Status


@dataclass(frozen=True)
class Timeline(History):
    country: str = ""
    name: str = ""
    column: str = ""
    resolution: Resolution | None = None


@dataclass(frozen=True)
class TimelineView:
    as_of: datetime.date
    title: str
    timelines: tuple[Timeline, ...]
    since: datetime.date | None = None  # only the moves on or after this day, when given


def stance_timelines(
    ledger: Ledger, countries: Iterable[str] = (), columns: Iterable[str] = ()
) -> list[Timeline]:
    """Every stance's timeline (of these countries and columns, if given),
    country by country in code order, columns in their fixed order."""
    wanted_countries, wanted_columns = set(countries), set(columns)
    found = []
    for code in sorted(ledger.countries):
        if wanted_countries and code not in wanted_countries:
            continue
        country = ledger.countries[code]
        for column, stance in stances_by_column(country).items():
            if wanted_columns and column not in wanted_columns:
                continue
            history = history_of(stance.status, stance.evidence, ledger.sources, stance.resolution)
            found.append(
                Timeline(
                    history.status,
                    history.steps,
                    history.undated,
                    history.contradictions,
                    code,
                    display_name(code, country.name),
                    column,
                    stance.resolution,
                )
            )
    return found


@dataclass(frozen=True)
class Move:
    """A status the sources moved a stance to, on its news date: the step,
    and the status before it (None for the stance's first step)."""

    timeline: Timeline
    before: Status | None
    step: Step

    @property
    def direction(self) -> str | None:
        if self.before is None or self.before is self.step.status:
            return None
        return "escalation" if self.step.status.rank > self.before.rank else "downgrade"


def moves(timelines: Iterable[Timeline], since: datetime.date | None = None) -> list[Move]:
    """Each step of each timeline as a move from the one before, on or
    after `since` when given, oldest first (by news date)."""
    found = [
        Move(timeline, timeline.steps[i - 1].status if i else None, step)
        for timeline in timelines
        for i, step in enumerate(timeline.steps)
        if since is None or step.first_seen >= since
    ]
    return sorted(found, key=lambda m: (m.step.first_seen, m.timeline.country, m.timeline.column))


def timeline_view(
    ledger: Ledger,
    countries: Iterable[str] = (),
    columns: Iterable[str] = (),
    since: datetime.date | None = None,
) -> TimelineView:
    """The timelines to show; with `since`, only stances that moved on or
    after that day (by the news, not by when the ledger recorded it)."""
    timelines = stance_timelines(ledger, countries, columns)
    if since is not None:
        moved = {(m.timeline.country, m.timeline.column) for m in moves(timelines, since)}
        timelines = [t for t in timelines if (t.country, t.column) in moved]
    return TimelineView(ledger.as_of, ledger.title, tuple(timelines), since)
