"""Who does what: the ledger reduced to what a reader asks, as plain data.

Nothing here prints. `summarise` answers "who does what?" (a row per country,
a column per domain) and `group_by_status` "who stands where in this
domain?". The renderers in `coalition/render/` turn these into tables,
Markdown, CSV and JSON.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from coalition.analyse.amounts import Total, totals_of
from coalition.analyse.country import Quote, quotes_of
from coalition.analyse.figures import Counted, named_for
from coalition.model.countries import alpha3, display_name
from coalition.model.ledger import Amount, Ledger, Reported, Source, stances_by_column
from coalition.model.suggest import did_you_mean
from coalition.model.vocabulary import COLUMNS, Group, Status


class SortOrder(enum.StrEnum):
    NAME = "name"
    CODE = "code"
    STRENGTH = "strength"


@dataclass(frozen=True)
class StatusFilter:
    """`committed` (exactly) or `considering+` (at least considering)."""

    status: Status
    or_stronger: bool = False

    def matches(self, status: Status) -> bool:
        if self.or_stronger:
            return status.rank >= self.status.rank
        return status is self.status

    @classmethod
    def parse(cls, text: str) -> StatusFilter:
        """Raises ValueError with a message for people on a bad status."""
        name = text.strip()
        or_stronger = name.endswith("+")
        name = name.rstrip("+").strip()
        try:
            return cls(Status(name), or_stronger)
        except ValueError:
            guess = did_you_mean(name, [s.value for s in Status])
            hint = (
                f"did you mean {guess!r}?"
                if guess
                else "statuses, weakest to strongest: " + (", ".join(s.value for s in Status))
            )
            raise ValueError(f"{name!r} is not a status; {hint}") from None


@dataclass(frozen=True)
class Filters:
    """What the reader asked to see; empty means everything."""

    columns: tuple[str, ...] = ()
    statuses: tuple[StatusFilter, ...] = ()
    countries: tuple[str, ...] = ()
    groups: tuple[Group, ...] = ()

    def column_shown(self, column: str) -> bool:
        return not self.columns or column in self.columns

    def status_shown(self, status: Status) -> bool:
        return not self.statuses or any(f.matches(status) for f in self.statuses)

    @property
    def active(self) -> bool:
        return bool(self.columns or self.statuses or self.countries or self.groups)


@dataclass(frozen=True)
class Row:
    code: str
    alpha3: str
    name: str
    group: Group
    role: str | None
    cells: dict[str, Status]  # column -> status; a column with no stance is absent
    # column -> the limits the source sets, where it sets any (shown cells only)
    scopes: dict[str, str] = field(default_factory=dict)
    hedges: dict[str, str] = field(default_factory=dict)
    # column -> the figures its sources give (shown cells only)
    figures: dict[str, tuple[Amount, ...]] = field(default_factory=dict)

    @property
    def strongest(self) -> int:
        return max((s.rank for s in self.cells.values()), default=-1)


@dataclass(frozen=True)
class ReportedFigure:
    value: int
    counts: str
    status: Status | None
    source: Source | None
    source_id: str
    quote: str
    # Countries the ledger names as the figure counts them, on its date (see
    # analyse/figures.py): at its status or stronger, or of the coalition.
    named: int
    qualifier: str | None = None  # "more than"
    counted: Counted = Counted.STATUS
    on: datetime.date | None = None  # the figure's date; None: unknown (the ledger as it stands)
    undated: int = 0  # countries that would count, but whose sources give no date


@dataclass(frozen=True)
class Summary:
    title: str
    as_of: datetime.date
    columns: tuple[str, ...]  # the columns to show, in order
    rows: tuple[Row, ...]
    totals: dict[str, dict[Status, int]]  # every column, shown or not
    reported: tuple[ReportedFigure, ...]
    filters: Filters = field(default_factory=Filters)
    preconditions: tuple[PreconditionView, ...] = ()
    # The figures of the shown cells, by column: one total per unit.
    amounts: dict[str, tuple[Total, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class PreconditionView:
    text: str
    evidence: tuple[Quote, ...]


def _cells(ledger: Ledger, code: str) -> dict[str, Status]:
    return {column: s.status for column, s in stances_by_column(ledger.countries[code]).items()}


def summarise(
    ledger: Ledger, filters: Filters = Filters(), sort: SortOrder = SortOrder.NAME
) -> Summary:
    """One row per country, one cell per column, filtered and sorted.

    Filters combine: `countries` and `groups` choose rows; `columns` and
    `statuses` choose cells, and a row left with no cell is dropped (a row
    with no stance at all stays when nothing but rows was filtered).
    """
    wanted = {code.upper() for code in filters.countries}
    rows = []
    for code, country in ledger.countries.items():
        if wanted and code not in wanted:
            continue
        if filters.groups and country.group not in filters.groups:
            continue
        cells = {
            column: status
            for column, status in _cells(ledger, code).items()
            if filters.column_shown(column) and filters.status_shown(status)
        }
        if not cells and (filters.columns or filters.statuses):
            continue
        rows.append(
            Row(
                code,
                alpha3(code),
                display_name(code, country.name),
                country.group,
                country.role,
                cells,
                *_limits(ledger, code, cells),
                figures=_figures(ledger, code, cells),
            )
        )
    rows.sort(key=_sort_key(sort))
    totals = {column: _count(row.cells.get(column) for row in rows) for column in COLUMNS}
    columns = tuple(c for c in COLUMNS if filters.column_shown(c))
    reported = tuple(_figure(ledger, figure) for figure in ledger.reported)
    preconditions = tuple(
        PreconditionView(p.text, quotes_of(ledger, p.evidence)) for p in ledger.preconditions
    )
    amounts = {
        column: found
        for column in columns
        if (found := totals_of(ledger, column, [r.code for r in rows if column in r.cells]))
    }
    return Summary(
        ledger.title,
        ledger.as_of,
        columns,
        tuple(rows),
        totals,
        reported,
        filters,
        preconditions,
        amounts,
    )


def _figure(ledger: Ledger, figure: Reported) -> ReportedFigure:
    """A figure beside what the ledger names on its date, in the whole
    ledger whatever the filters show: the figure is about all of it."""
    named = named_for(ledger, figure)
    return ReportedFigure(
        figure.value,
        figure.counts,
        figure.status,
        ledger.sources.get(figure.source),
        figure.source,
        figure.quote,
        named.count,
        figure.qualifier,
        named.counted,
        named.on,
        named.undated,
    )


def _limits(
    ledger: Ledger, code: str, cells: dict[str, Status]
) -> tuple[dict[str, str], dict[str, str]]:
    """(scopes, hedges) of the shown stances of a country."""
    stances = stances_by_column(ledger.countries[code])
    scopes, hedges = (
        {c: getattr(stances[c], name) for c in cells if getattr(stances[c], name)}
        for name in ("scope", "hedge")
    )
    return scopes, hedges


def _figures(ledger: Ledger, code: str, cells: dict[str, Status]) -> dict[str, tuple[Amount, ...]]:
    stances = stances_by_column(ledger.countries[code])
    return {c: stances[c].amounts for c in cells if stances[c].amounts}


def _sort_key(sort: SortOrder) -> Callable[[Row], Any]:
    if sort is SortOrder.CODE:
        return lambda row: row.code
    if sort is SortOrder.STRENGTH:
        return lambda row: (
            -row.strongest,
            -sum(1 for s in row.cells.values() if s.rank == row.strongest),
            row.name.casefold(),
        )
    return lambda row: row.name.casefold()


def _count(statuses: Iterable[Status | None]) -> dict[Status, int]:
    counts = dict.fromkeys(reversed(Status), 0)
    for status in statuses:
        if status is not None:
            counts[status] += 1
    return {status: n for status, n in counts.items() if n}


# -- one domain ----------------------------------------------------------------


@dataclass(frozen=True)
class DomainView:
    title: str
    as_of: datetime.date
    column: str
    groups: tuple[tuple[Status, tuple[Row, ...]], ...]  # strongest status first
    amounts: tuple[Total, ...] = ()  # the domain's figures: one total per unit


def group_by_status(ledger: Ledger, column: str) -> DomainView:
    summary = summarise(ledger, Filters(columns=(column,)))
    groups = tuple(
        (status, tuple(row for row in summary.rows if row.cells.get(column) is status))
        for status in reversed(Status)
    )
    return DomainView(
        ledger.title,
        ledger.as_of,
        column,
        tuple((s, rows) for s, rows in groups if rows),
        summary.amounts.get(column, ()),
    )
