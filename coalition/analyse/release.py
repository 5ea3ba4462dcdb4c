"""A release of the data: a number, a cut-off, and what changed since the
last release, in words a reader understands (new stances, escalations,
climb-downs, corrections with their reasons, new sources).

Releases are numbered YEAR.N: the year of the cut-off, then the release's
place in that year (2026.1, 2026.2…), so that a number says roughly when,
and sorts. The cut-off is the ledger's `as_of`: the release covers what its
sources said up to that day, and nothing in it may be dated later.
Everything here is derived from two versions of the ledger (`diff_ledgers`)
and their timelines: nothing is typed twice. Pure: `git.py` reads the
versions and writes the tag.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from coalition.analyse.change import Change, Direction, Kind
from coalition.analyse.diff import diff_ledgers
from coalition.model.countries import display_name
from coalition.model.ledger import Ledger, StanceEvidence, stances_by_column
from coalition.model.timeline import history_of
from coalition.model.vocabulary import Status


@dataclass(frozen=True)
class Item:
    """One stance that moved: who, where, from what to what, since when."""

    country: str
    name: str
    domain: str
    before: Status | None
    after: Status | None
    since: datetime.date | None  # the news date: since when the sources say `after`


@dataclass(frozen=True)
class Corrected:
    what: str  # "Germany, air", "source liga-net", "the reported figures"
    reason: str


@dataclass(frozen=True)
class NewSource:
    id: str
    publisher: str
    title: str
    published: datetime.date | None


@dataclass(frozen=True)
class ReleaseNotes:
    name: str
    cut_off: datetime.date
    previous: str | None
    previous_cut_off: datetime.date | None
    new_countries: tuple[str, ...] = ()
    new_stances: tuple[Item, ...] = ()
    escalations: tuple[Item, ...] = ()
    climb_downs: tuple[Item, ...] = ()
    withdrawn: tuple[Item, ...] = ()
    corrections: tuple[Corrected, ...] = ()
    new_sources: tuple[NewSource, ...] = ()

    @property
    def empty(self) -> bool:
        """Whether nothing a reader would be told changed."""
        return not (
            self.new_countries
            or self.new_stances
            or self.escalations
            or self.climb_downs
            or self.withdrawn
            or self.corrections
            or self.new_sources
        )


def next_release(cut_off: datetime.date, existing: Iterable[str]) -> str:
    """The next number in the cut-off's year: 2026.1, then 2026.2."""
    year = str(cut_off.year)
    taken = [int(n.partition(".")[2]) for n in existing if n.partition(".")[0] == year]
    return f"{year}.{max(taken, default=0) + 1}"


def cut_off_problems(ledger: Ledger, previous_cut_off: datetime.date | None) -> list[str]:
    """Why `ledger.as_of` cannot be a release's cut-off: it goes back before
    the last release's, or a source or quote is dated after it."""
    problems = []
    as_of = ledger.as_of
    if previous_cut_off is not None and as_of < previous_cut_off:
        problems.append(
            f"as_of {as_of.isoformat()} is before the last release's cut-off "
            f"{previous_cut_off.isoformat()}"
        )
    for source_id, source in ledger.sources.items():
        if source.published is not None and source.published > as_of:
            problems.append(
                f"the source {source_id} is published {source.published.isoformat()}, after "
                f"as_of {as_of.isoformat()}"
            )
    for code, country in ledger.countries.items():
        for column, stance in stances_by_column(country).items():
            for evidence in stance.evidence:
                if evidence.date is not None and evidence.date > as_of:
                    problems.append(
                        f"{code} {column}: a quote is said {evidence.date.isoformat()}, after "
                        f"as_of {as_of.isoformat()}"
                    )
    return problems


def _item(change: Change, new: Ledger, names: dict[str, str]) -> Item:
    code, column = change.country or "", change.domain or ""
    before = Status(change.old) if change.old else None
    after = Status(change.new) if change.new else None
    since = None
    if after is not None:
        quotes = [e for e in change.evidence if isinstance(e, StanceEvidence)]
        since = history_of(after, quotes, new.sources).since
    return Item(code, names.get(code, code), column, before, after, since)


def _corrections(changes: Iterable[Change], names: dict[str, str]) -> tuple[Corrected, ...]:
    found: dict[tuple[str, str], None] = {}
    for change in changes:
        if change.correction is None:
            continue
        if change.country:
            what = names.get(change.country, change.country)
            what += f", {change.domain}" if change.domain else ""
        elif change.kind.value.startswith("source"):
            what = f"source {str(change.field).split('.')[0]}"
        else:
            what = "the reported figures and preconditions"
        found[(what, change.correction)] = None
    return tuple(Corrected(what, reason) for what, reason in found)


def release_notes(
    name: str,
    old: Ledger | None,
    new: Ledger,
    previous: str | None = None,
) -> ReleaseNotes:
    """What changed from the last release (`old`, None for the first) to
    `new`, in a reader's categories; corrections are never counted as news."""
    base = old if old is not None else _empty_like(new)
    changes = diff_ledgers(base, new)
    names = {
        code: display_name(code, country.name)
        for ledger in (base, new)
        for code, country in ledger.countries.items()
    }
    news = [c for c in changes if not c.corrected]

    def items(kind: Kind, direction: Direction | None = None) -> tuple[Item, ...]:
        return tuple(
            _item(c, new, names)
            for c in news
            if c.kind is kind and (direction is None or c.direction is direction)
        )

    return ReleaseNotes(
        name,
        new.as_of,
        previous,
        old.as_of if old is not None else None,
        tuple(names[c.country] for c in news if c.kind is Kind.COUNTRY_ADDED and c.country),
        items(Kind.STANCE_ADDED),
        items(Kind.STATUS_CHANGED, Direction.ESCALATION),
        items(Kind.STATUS_CHANGED, Direction.DOWNGRADE),
        items(Kind.STANCE_REMOVED),
        _corrections(changes, names),
        tuple(
            NewSource(c.field, s.publisher, s.title, s.published)
            for c in changes
            if c.kind is Kind.SOURCE_ADDED and c.field and (s := new.sources.get(c.field))
        ),
    )


def _empty_like(ledger: Ledger) -> Ledger:
    """What there was before the first release: nothing, and so nothing to
    correct (the ledger's corrections are all older than its first release)."""
    return Ledger.model_construct(
        title=ledger.title,
        as_of=ledger.as_of,
        sources={},
        reported=[],
        countries={},
        corrections=list(ledger.corrections),
    )
