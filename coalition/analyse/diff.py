"""What changed between two ledgers, as data: compare, then render elsewhere.

Ledgers are compared as data, matched by key (country code, domain, source id,
a quote's source and words), so reordering keys or reformatting the file is no
change at all. Each `Change` is one fact a reader would say aloud: "Italy,
air: considering → committed".
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from coalition.analyse.change import Change, Direction, Kind
from coalition.analyse.records import compare_ignored, compare_preconditions, compare_reported
from coalition.check.quotes import quote_key
from coalition.model.countries import display_name
from coalition.model.ledger import (
    Correction,
    Country,
    Evidence,
    Ledger,
    Source,
    Stance,
    stances_by_column,
)
from coalition.model.vocabulary import COLUMNS


def _value(value: Any) -> Any:
    """A field's value as plain data (dates and enums as text)."""
    if value is None or isinstance(value, (str, int)):
        return value.value if isinstance(value, enum.Enum) else value
    return "; ".join(map(str, value)) if isinstance(value, tuple) else str(value)


def _evidence_key(evidence: Evidence) -> tuple[str, str]:
    return evidence.source, quote_key(evidence.quote)


# What can change about a piece of evidence that stays the same quote.
_EVIDENCE_FIELDS = (
    "speaker", "speaker_country", "attribution", "paraphrase", "via", "date", "translation",
    "checked", "status",
)  # fmt: skip


def _compare_evidence(
    old: Sequence[Evidence], new: Sequence[Evidence], country: str | None, domain: str | None
) -> list[Change]:
    changes = []
    before = {_evidence_key(e): e for e in old}
    after = {_evidence_key(e): e for e in new}
    for key, evidence in before.items():
        if key not in after:
            changes.append(
                Change(Kind.EVIDENCE_REMOVED, country, domain, evidence.source, evidence.quote)
            )
    for key, evidence in after.items():
        if key not in before:
            changes.append(
                Change(Kind.EVIDENCE_ADDED, country, domain, evidence.source, None, evidence.quote)
            )
            continue
        was_said = before[key]
        for name in _EVIDENCE_FIELDS:  # a country's own evidence has no status
            was, now = _value(getattr(was_said, name, None)), _value(getattr(evidence, name, None))
            if was != now:
                changes.append(Change(Kind.EVIDENCE_CHANGED, country, domain, name, was, now))
    return changes


def _compare_stance(code: str, column: str, old: Stance | None, new: Stance | None) -> list[Change]:
    if old is None and new is None:
        return []
    if old is None:
        assert new is not None
        return [
            Change(Kind.STANCE_ADDED, code, column, "status", None, new.status.value,
                   evidence=tuple(new.evidence))
        ]  # fmt: skip
    if new is None:
        return [Change(Kind.STANCE_REMOVED, code, column, "status", old.status.value, None)]
    changes = []
    if old.status is not new.status:
        direction = (
            Direction.ESCALATION if new.status.rank > old.status.rank else Direction.DOWNGRADE
        )
        changes.append(
            Change(Kind.STATUS_CHANGED, code, column, "status", old.status.value,
                   new.status.value, direction, tuple(new.evidence))
        )  # fmt: skip
    if old.detail != new.detail:
        changes.append(Change(Kind.DETAIL_CHANGED, code, column, "detail", old.detail, new.detail))
    changes += [
        Change(Kind.STANCE_CHANGED, code, column, name, _value(was), _value(now))
        for name in ("scope", "hedge", "resolution", "amounts")
        if (was := getattr(old, name)) != (now := getattr(new, name))
    ]
    for condition in old.conditions:
        if condition not in new.conditions:
            changes.append(Change(Kind.CONDITION_REMOVED, code, column, "conditions", condition))
    for condition in new.conditions:
        if condition not in old.conditions:
            changes.append(
                Change(Kind.CONDITION_ADDED, code, column, "conditions", None, condition)
            )
    changes += _compare_evidence(old.evidence, new.evidence, code, column)
    if new.reviewed != old.reviewed:  # a review given, moved, or taken away
        changes.append(
            Change(Kind.STANCE_REVIEWED, code, column, "reviewed", _value(old.reviewed),
                   _value(new.reviewed))
        )  # fmt: skip
    return changes


def _compare_country(code: str, old: Country | None, new: Country | None) -> list[Change]:
    if old is None and new is not None:
        name = display_name(code, new.name)
        added = Change(Kind.COUNTRY_ADDED, code, None, None, None, name)
        return [added] + [
            c
            for column, s in stances_by_column(new).items()
            for c in _compare_stance(code, column, None, s)
        ]
    if new is None and old is not None:
        name = display_name(code, old.name)
        removed = Change(Kind.COUNTRY_REMOVED, code, None, None, name, None)
        return [removed] + [
            c
            for column, s in stances_by_column(old).items()
            for c in _compare_stance(code, column, s, None)
        ]
    assert old is not None and new is not None
    if old is new or old == new:  # most countries, between two versions of a ledger
        return []
    changes = [
        Change(Kind.COUNTRY_CHANGED, code, None, name, _value(was), _value(now))
        for name in ("name", "group", "role")
        if (was := getattr(old, name)) != (now := getattr(new, name))
    ]
    changes += _compare_evidence(old.evidence, new.evidence, code, None)
    before, after = stances_by_column(old), stances_by_column(new)
    for column in COLUMNS:
        changes += _compare_stance(code, column, before.get(column), after.get(column))
    return changes


def _compare_sources(old: dict[str, Source], new: dict[str, Source]) -> list[Change]:
    changes = []
    for source_id in sorted(old.keys() | new.keys()):
        was, now = old.get(source_id), new.get(source_id)
        if now is None and was is not None:
            changes.append(Change(Kind.SOURCE_REMOVED, field=source_id, old=was.title))
        elif was is None and now is not None:
            changes.append(Change(Kind.SOURCE_ADDED, field=source_id, new=now.title))
        elif was is not None and now is not None and was is not now and was != now:
            for name in Source.model_fields:
                before, after = _value(getattr(was, name)), _value(getattr(now, name))
                if name == "ignored":  # sentences left out: how many, not which
                    changes += compare_ignored(was.ignored, now.ignored, f"{source_id}.ignored")
                    continue
                if before != after:
                    changes.append(
                        Change(Kind.SOURCE_CHANGED, field=f"{source_id}.{name}", old=before,
                               new=after)
                    )  # fmt: skip
    return changes


def diff_ledgers(old: Ledger, new: Ledger) -> list[Change]:
    """Every change from `old` to `new`, in the order a reader wants them:
    countries with the strongest news first, their changes strongest first,
    then sources, reported figures and the ledger's own fields."""
    by_country: dict[str, list[Change]] = {}
    for code in old.countries.keys() | new.countries.keys():
        changes = _compare_country(code, old.countries.get(code), new.countries.get(code))
        if changes:
            by_country[code] = sorted(changes, key=lambda c: -c.news)
    ordered = sorted(
        by_country.items(),
        key=lambda item: (-max(c.news for c in item[1]), _country_name(item[0], old, new)),
    )
    changes = [change for _, group in ordered for change in group]
    changes += compare_preconditions(old.preconditions, new.preconditions)
    changes += compare_reported(old.reported, new.reported)
    changes += _compare_sources(old.sources, new.sources)
    changes += [
        Change(Kind.LEDGER_CHANGED, field=name, old=_value(was), new=_value(now))
        for name in ("title", "as_of")
        if (was := getattr(old, name)) != (now := getattr(new, name))
    ]
    changes += compare_ignored(old.ignored, new.ignored, "ignored", Kind.LEDGER_CHANGED)
    return mark_corrections(changes, old, new)


def _covers(correction: Correction, change: Change) -> bool:
    """Whether a correction names what `change` is about: a country (all of
    it), one of its stances, a source, or (naming none) the reported figures
    and preconditions."""
    if correction.country is not None:
        return change.country == correction.country and (
            correction.domain is None or change.domain == correction.domain.value
        )
    if correction.source is not None:
        return change.kind in _SOURCE_KINDS and str(change.field).split(".")[0] == correction.source
    return change.kind in _REPORTED_KINDS or change.kind in _PRECONDITION_KINDS


def _news(changes: Sequence[Change], old: Ledger, new: Ledger) -> Callable[[Change], bool]:
    """What is news whatever corrections say: a change brought by a source
    the old ledger did not have (a correction re-reads the sources it had).
    Across several versions, a correction and later news on the same stance
    cannot be told apart here; `log`, commit by commit, can."""
    fresh_sources = new.sources.keys() - old.sources.keys()
    fresh = {
        (c.country, c.domain)
        for c in changes
        if (c.kind is Kind.EVIDENCE_ADDED and c.field in fresh_sources)
        or any(e.source in fresh_sources for e in c.evidence)
    }

    def is_news(change: Change) -> bool:
        if change.kind is Kind.EVIDENCE_ADDED:
            return change.field in fresh_sources
        if change.kind is Kind.EVIDENCE_CHANGED:
            return False  # about a quote that was there already
        return (change.country, change.domain) in fresh

    return is_news


_SOURCE_KINDS = frozenset({Kind.SOURCE_ADDED, Kind.SOURCE_REMOVED, Kind.SOURCE_CHANGED})
_PRECONDITION_KINDS = frozenset({Kind.PRECONDITION_ADDED, Kind.PRECONDITION_REMOVED})
_REPORTED_KINDS = frozenset({Kind.REPORTED_ADDED, Kind.REPORTED_REMOVED, Kind.REPORTED_CHANGED})


def mark_corrections(changes: Sequence[Change], old: Ledger, new: Ledger) -> list[Change]:
    """The changes, those covered by a correction entry that `new` adds marked
    with its reason: a file-to-file diff tells corrections from news without
    git. (A correction entry is itself no change to report.)"""
    added = [c for c in new.corrections if c not in old.corrections]
    if not added:
        return list(changes)
    is_news = _news(changes, old, new)
    marked = []
    for change in changes:
        covering = (c for c in added if _covers(c, change))
        correction = None if is_news(change) else next(covering, None)
        marked.append(replace(change, correction=correction.reason) if correction else change)
    return marked


def _country_name(code: str, old: Ledger, new: Ledger) -> str:
    country = new.countries.get(code) or old.countries.get(code)
    return display_name(code, country.name if country else None).casefold()


def filter_changes(
    changes: Iterable[Change],
    countries: Sequence[str] = (),
    domains: Sequence[str] = (),
    *,
    corrections: bool = True,
) -> list[Change]:
    """Only the changes about these countries and domains (empty: all), and
    without corrections when `corrections` is false. Asking for a country or
    a domain leaves out changes about neither, such as a new source."""
    wanted_countries = {c.upper() for c in countries}
    return [
        change
        for change in changes
        if (not wanted_countries or change.country in wanted_countries)
        and (not domains or change.domain in domains)
        and (corrections or not change.corrected)
    ]


@dataclass(frozen=True)
class DiffSummary:
    """The counts behind "3 countries changed: 2 escalations, 1 downgrade"."""

    countries: int
    escalations: int
    downgrades: int
    new_countries: int
    removed_countries: int
    new_stances: int
    removed_stances: int
    other: int = 0
    corrections: int = 0  # corrections made (each may cover several changes)


def summarise_changes(changes: Sequence[Change]) -> DiffSummary:
    """Counts of news; corrected changes count as corrections only."""

    def count(kind: Kind, direction: Direction | None = None) -> int:
        return sum(
            1
            for c in changes
            if c.kind is kind and c.headline and (direction is None or c.direction is direction)
        )

    countries = {c.country for c in changes if c.country}
    corrections = {(c.country, c.domain, c.correction) for c in changes if c.corrected}
    return DiffSummary(
        countries=len(countries),
        escalations=count(Kind.STATUS_CHANGED, Direction.ESCALATION),
        downgrades=count(Kind.STATUS_CHANGED, Direction.DOWNGRADE),
        new_countries=count(Kind.COUNTRY_ADDED),
        removed_countries=count(Kind.COUNTRY_REMOVED),
        new_stances=count(Kind.STANCE_ADDED),
        removed_stances=count(Kind.STANCE_REMOVED),
        other=sum(1 for c in changes if not c.headline and not c.corrected),
        corrections=len(corrections),
    )


@dataclass(frozen=True)
class DiffView:
    """A comparison ready to render: the changes, and what it takes to name
    countries and cite sources in words."""

    old: str
    new: str
    changes: tuple[Change, ...]
    summary: DiffSummary
    names: dict[str, str]  # country code -> the name a reader knows
    sources: dict[str, Source]  # the sources of both sides, to cite evidence
    notes: tuple[str, ...] = ()  # what a reader should know about the comparison


def diff_view(
    old_label: str,
    new_label: str,
    old: Ledger,
    new: Ledger,
    changes: Sequence[Change],
    notes: Sequence[str] = (),
) -> DiffView:
    names = {
        code: display_name(code, country.name)
        for ledger in (old, new)
        for code, country in ledger.countries.items()
    }
    return DiffView(
        old_label,
        new_label,
        tuple(changes),
        summarise_changes(changes),
        names,
        {**old.sources, **new.sources},
        tuple(notes),
    )
