"""A reported figure beside what the ledger names, like with like: the
countries the figure counts, as the ledger's sources had them on the
figure's date.

"26 countries formally committed" on 4 September 2025 is compared with the
countries whose stance (overall, or in any domain) was committed or stronger
on that day, by the stances' own timelines (`model/timeline.py`), not with
today's stances. A figure with no status ("more than 20 countries whose
leaders attended") counts members: it is compared with the countries of the
coalition group the sources had named by that day. A figure whose date is
unknown is compared with the ledger as it stands, and says so.

Pure functions of the ledger: no I/O.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Iterator
from dataclasses import dataclass

from coalition.model.ledger import Country, Evidence, Ledger, Reported, stances_by_column
from coalition.model.timeline import history_of, said_on, status_on
from coalition.model.vocabulary import Group, Status


class Counted(enum.StrEnum):
    """What a figure is compared with."""

    STATUS = "status_or_stronger"  # countries at its status or stronger, overall or in a domain
    COALITION = "coalition_group"  # countries of the coalition group


@dataclass(frozen=True)
class Named:
    """How many countries the ledger names as a figure counts them."""

    count: int
    counted: Counted
    on: datetime.date | None  # the figure's date; None: unknown, so the ledger as it stands
    undated: int = 0  # countries that would count, but whose sources give no date


def figure_date(ledger: Ledger, figure: Reported) -> datetime.date | None:
    """When a figure was said: its own `date`, else its source's."""
    return said_on(figure, ledger.sources)


def named_for(ledger: Ledger, figure: Reported) -> Named:
    """The countries the ledger names as `figure` counts them, on its date."""
    day = figure_date(ledger, figure)
    if figure.status is None:
        return _members(ledger, day)
    status = figure.status
    count = undated = 0
    for country in ledger.countries.values():
        reached = [_reaches(ledger, country, column, status, day) for column in _columns(country)]
        if True in reached:
            count += 1
        elif None in reached:
            undated += 1
    return Named(count, Counted.STATUS, day, undated)


def _columns(country: Country) -> list[str]:
    return list(stances_by_column(country))


def _reaches(
    ledger: Ledger, country: Country, column: str, status: Status, day: datetime.date | None
) -> bool | None:
    """Whether the stance was at `status` or stronger on `day` (as it stands,
    with no day); None when it is now, but its sources give no date."""
    stance = stances_by_column(country)[column]
    if day is None:
        return stance.status.rank >= status.rank
    history = history_of(stance.status, stance.evidence, ledger.sources, stance.resolution)
    then = status_on(history, day)
    if then is not None:
        return then.rank >= status.rank
    if not history.steps and stance.status.rank >= status.rank:
        return None
    return False


def _members(ledger: Ledger, day: datetime.date | None) -> Named:
    """Countries of the coalition group, named by the sources by `day`."""
    count = undated = 0
    for country in ledger.countries.values():
        if country.group is not Group.COALITION:
            continue
        dates = [d for e in _evidence(country) if (d := said_on(e, ledger.sources)) is not None]
        if day is None or any(d <= day for d in dates):
            count += 1
        elif not dates:
            undated += 1
    return Named(count, Counted.COALITION, day, undated)


def _evidence(country: Country) -> Iterator[Evidence]:
    yield from country.evidence
    for stance in stances_by_column(country).values():
        yield from stance.evidence
