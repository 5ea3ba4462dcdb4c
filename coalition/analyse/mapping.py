"""What a map of one domain shows: each country's status there, or, for
`strongest`, its strongest status in any domain; the countries the ledger
names that have none there are told apart from those it does not name."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from coalition.model.countries import display_name
from coalition.model.ledger import Ledger, stances_by_column
from coalition.model.vocabulary import COLUMNS, Status

STRONGEST = "strongest"
MAP_COLUMNS: tuple[str, ...] = (*COLUMNS, STRONGEST)


@dataclass(frozen=True)
class MapView:
    title: str
    as_of: datetime.date
    column: str  # a column, or STRONGEST
    statuses: dict[str, Status]  # code -> status, for countries with one here
    without: tuple[str, ...]  # codes the ledger names with no status here
    names: dict[str, str]  # code -> name, for every country the ledger names


def map_view(ledger: Ledger, column: str) -> MapView:
    statuses: dict[str, Status] = {}
    for code, country in ledger.countries.items():
        cells = {c: s.status for c, s in stances_by_column(country).items()}
        if column == STRONGEST:
            best = max(cells.values(), key=lambda s: s.rank, default=None)
            if best is not None:
                statuses[code] = best
        elif column in cells:
            statuses[code] = cells[column]
    without = tuple(sorted(code for code in ledger.countries if code not in statuses))
    names = {code: display_name(code, c.name) for code, c in ledger.countries.items()}
    return MapView(ledger.title, ledger.as_of, column, statuses, without, names)
