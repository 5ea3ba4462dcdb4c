"""One country, everything it said: "what exactly did this country say?"."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass

from coalition.model.countries import alpha3, display_name
from coalition.model.ledger import Amount, Evidence, Ledger, Source, Stance, stances_by_column
from coalition.model.timeline import History, history_of
from coalition.model.vocabulary import Group, Status


@dataclass(frozen=True)
class Quote:
    """A piece of evidence with the source it cites, ready to show."""

    evidence: Evidence
    source: Source | None

    @property
    def quote(self) -> str:
        return self.evidence.quote

    @property
    def speaker(self) -> str | None:
        return self.evidence.speaker

    @property
    def attribution(self) -> str | None:
        attribution = self.evidence.attribution
        return attribution.value if attribution else None

    @property
    def source_id(self) -> str:
        return self.evidence.source


@dataclass(frozen=True)
class StanceView:
    column: str
    status: Status
    detail: str | None
    conditions: tuple[str, ...]
    evidence: tuple[Quote, ...]
    scope: str | None = None
    hedge: str | None = None
    reviewed: datetime.date | None = None
    # What its evidence says over time (`coalition timeline` shows it whole).
    history: History | None = None
    # The figures its sources give, each with their words.
    amounts: tuple[Amount, ...] = ()


@dataclass(frozen=True)
class CountryView:
    as_of: datetime.date
    code: str
    alpha3: str
    name: str
    group: Group
    role: str | None
    stances: tuple[StanceView, ...]
    evidence: tuple[Quote, ...]  # for the country's group and role


def quotes_of(ledger: Ledger, evidence: Sequence[Evidence]) -> tuple[Quote, ...]:
    return tuple(Quote(e, ledger.sources.get(e.source)) for e in evidence)


def _stance_view(ledger: Ledger, column: str, stance: Stance) -> StanceView:
    return StanceView(
        column,
        stance.status,
        stance.detail,
        tuple(stance.conditions),
        quotes_of(ledger, stance.evidence),
        stance.scope,
        stance.hedge,
        stance.reviewed,
        history_of(stance.status, stance.evidence, ledger.sources, stance.resolution),
        stance.amounts,
    )


def describe_country(ledger: Ledger, code: str) -> CountryView:
    country = ledger.countries[code]
    stances = [_stance_view(ledger, c, s) for c, s in stances_by_column(country).items()]
    return CountryView(
        ledger.as_of,
        code,
        alpha3(code),
        display_name(code, country.name),
        country.group,
        country.role,
        tuple(stances),
        quotes_of(ledger, country.evidence),
    )
