"""`diff --since DATE`: what changed since a day by the news, not by the
commits. A stance's status on DATE is the last step of its timeline that
began before DATE (none: the stance is new since); it changed if that is
not its status now. Each change carries its news date (since when the
sources say the new status) and, where git knows it, the day the ledger
recorded it ("recorded on"), which is often much later.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping

from coalition.analyse.change import Change, Direction, Kind
from coalition.analyse.log import LogView
from coalition.analyse.timeline import Timeline, stance_timelines
from coalition.model.ledger import Ledger

_MOVES = frozenset({Kind.STANCE_ADDED, Kind.STATUS_CHANGED})


def recorded_dates(log: LogView) -> dict[tuple[str, str], tuple[str, str]]:
    """For each stance, the newest commit date that moved it, and the
    status it moved it to: when the ledger recorded its current status."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for entry in log.entries:  # newest first
        for change in entry.changes:
            if change.kind in _MOVES and change.country and change.domain and change.new:
                key = (change.country, change.domain)
                found.setdefault(key, ((entry.committed or entry.date)[:10], str(change.new)))
    return found


def _change(timeline: Timeline, since: datetime.date, recorded: str | None) -> Change | None:
    before = [s for s in timeline.steps if s.first_seen < since]
    after = [s for s in timeline.steps if s.first_seen >= since]
    if not after or timeline.steps[-1].status is not timeline.status:
        return None  # nothing dated since, or the stance's status is not its latest news
    old = before[-1].status if before else None
    new = timeline.status
    if old is new:
        return None
    current = timeline.steps[-1]
    evidence = tuple(d.evidence for d in current.evidence)
    news = current.first_seen.isoformat()
    if old is None:
        return Change(
            Kind.STANCE_ADDED, timeline.country, timeline.column, "status", None, new.value,
            evidence=evidence, news_date=news, recorded_on=recorded,
        )  # fmt: skip
    direction = Direction.ESCALATION if new.rank > old.rank else Direction.DOWNGRADE
    return Change(
        Kind.STATUS_CHANGED, timeline.country, timeline.column, "status", old.value, new.value,
        direction, evidence, news_date=news, recorded_on=recorded,
    )  # fmt: skip


def changes_since(
    ledger: Ledger,
    since: datetime.date,
    recorded: Mapping[tuple[str, str], tuple[str, str]] | None = None,
    countries: Iterable[str] = (),
    columns: Iterable[str] = (),
) -> list[Change]:
    """The stances whose status the sources changed on or after `since`,
    the latest news first."""
    changes = []
    for timeline in stance_timelines(ledger, countries, columns):
        known = (recorded or {}).get((timeline.country, timeline.column))
        on = known[0] if known and known[1] == timeline.status.value else None
        change = _change(timeline, since, on)
        if change is not None:
            changes.append(change)
    return sorted(changes, key=lambda c: (c.news_date or "", c.news), reverse=True)


def undated_stances(ledger: Ledger) -> int:
    """How many stances have no dated quote, so cannot be placed in time."""
    return sum(1 for t in stance_timelines(ledger) if not t.steps)
