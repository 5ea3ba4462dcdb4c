"""The ledger as tidy tables, one row per thing, with exactly the columns
the data contract (`coalition/analyse/contract.py`) declares: what the exports
(`export datapackage`, `export sqlite`) write."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from coalition.analyse.contract import HISTORY, TABLES, TABLES_BY_NAME
from coalition.analyse.log import LogView
from coalition.model.countries import alpha3, display_name
from coalition.model.ledger import Evidence, Ledger, Source, Stance, StanceEvidence
from coalition.model.timeline import history_of
from coalition.model.vocabulary import OVERALL, Status

Row = dict[str, Any]


@dataclass(frozen=True)
class Tables:
    """The rows of every table, in `TABLES`' order, for one ledger."""

    as_of: str
    title: str
    rows: dict[str, list[Row]] = field(default_factory=dict)
    release: str | None = None  # the release (YEAR.N) the data is, if it is one


def _stances(ledger: Ledger) -> Iterator[tuple[str, str, Stance]]:
    for code in sorted(ledger.countries):
        country = ledger.countries[code]
        if country.overall is not None:
            yield code, OVERALL, country.overall
        for domain, stance in country.stances.items():
            yield code, str(domain), stance


def _said(evidence: Evidence) -> Row:
    return {
        "source": evidence.source,
        "quote": evidence.quote,
        "speaker": evidence.speaker,
        "attribution": evidence.attribution.value if evidence.attribution else None,
    }


def ledger_tables(ledger: Ledger) -> Tables:
    """Every table's rows for `ledger`; each row has exactly its table's
    columns, in order, with None where there is no value."""
    as_of = ledger.as_of.isoformat()
    stances = list(_stances(ledger))
    rows: dict[str, list[Row]] = {
        "countries": _country_rows(ledger, stances),
        "stances": [
            _stance_row(code, domain, stance, ledger.sources) for code, domain, stance in stances
        ],
        "evidence": _evidence_rows(ledger, stances),
        "amounts": [
            {
                "country": code,
                "domain": domain,
                "unit": amount.unit,
                "min": amount.min,
                "max": amount.max,
                "words": amount.words,
            }
            for code, domain, stance in stances
            for amount in stance.amounts
        ],
        "sources": [_source_row(key, source) for key, source in ledger.sources.items()],
        "reported": _reported_rows(ledger, stances),
        "preconditions": [
            {"text": precondition.text, **_said(evidence)}
            for precondition in ledger.preconditions
            for evidence in precondition.evidence
        ],
        "corrections": [
            {
                "date": correction.date,
                "country": correction.country,
                "domain": str(correction.domain) if correction.domain else None,
                "source": correction.source,
                "reason": correction.reason,
            }
            for correction in ledger.corrections
        ],
    }
    return Tables(
        as_of, ledger.title, {t.name: _shaped(t.name, rows[t.name], as_of) for t in TABLES}
    )


Stances = list[tuple[str, str, Stance]]


def _country_rows(ledger: Ledger, stances: Stances) -> list[Row]:
    rows = []
    for code in sorted(ledger.countries):
        country = ledger.countries[code]
        own = [s for c, _, s in stances if c == code]
        strongest = max((s.status for s in own), key=lambda s: s.rank, default=None)
        rows.append(
            {
                "code": code,
                "alpha3": alpha3(code) or None,
                "name": display_name(code, country.name),
                "group": country.group.value,
                "role": country.role,
                "stances": len(own),
                "strongest": strongest.value if strongest else None,
            }
        )
    return rows


def _stance_row(code: str, domain: str, stance: Stance, sources: Mapping[str, Source]) -> Row:
    history = history_of(stance.status, stance.evidence, sources, stance.resolution)
    return {
        "country": code,
        "domain": domain,
        "status": stance.status.value,
        "strength": stance.status.rank,
        "detail": stance.detail,
        "scope": stance.scope,
        "hedge": stance.hedge,
        "conditions": "; ".join(stance.conditions) or None,
        "reviewed": stance.reviewed,
        "evidence": len(stance.evidence),
        "since": history.since,
        "first_seen": history.first_seen,
        "last_seen": history.last_seen,
        "contradictions": sum(1 for c in history.contradictions if not c.resolved),
    }


def _evidence_rows(ledger: Ledger, stances: Stances) -> list[Row]:
    """A country's own evidence first, then its stances', country by country."""
    rows = []
    for code in sorted(ledger.countries):
        rows += [_evidence_row(code, None, e) for e in ledger.countries[code].evidence]
        for _, domain, stance in (s for s in stances if s[0] == code):
            rows += [
                {**_evidence_row(code, domain, e), "status": (e.status or stance.status).value}
                for e in stance.evidence
            ]
    return rows


def _source_row(key: str, source: Source) -> Row:
    return {
        "id": key,
        "publisher": source.publisher,
        "title": source.title,
        "published": source.published,
        "date_basis": source.date_basis.value,
        "date_note": source.date_note,
        "url": source.url,
        "archive": source.archive,
        "excerpt": source.excerpt,
        "retrieved": source.retrieved,
        "language": source.language,
        "sha256": source.sha256,
    }


def _reported_rows(ledger: Ledger, stances: Stances) -> list[Row]:
    strongest: dict[str, int] = dict.fromkeys(ledger.countries, -1)
    for code, _, stance in stances:
        strongest[code] = max(strongest[code], stance.status.rank)
    rows = []
    for figure in ledger.reported:
        # As `summary` counts: the countries whose strongest status reaches it.
        rank = figure.status.rank if figure.status else -1
        rows.append(
            {
                "value": figure.value,
                "qualifier": figure.qualifier,
                "counts": figure.counts,
                "status": figure.status.value if figure.status else None,
                "named": sum(1 for best in strongest.values() if best >= rank),
                **_said(figure),
            }
        )
    return rows


def _evidence_row(code: str, domain: str | None, evidence: Evidence) -> Row:
    return {
        "country": code,
        "domain": domain,
        **_said(evidence),
        "speaker_country": evidence.speaker_country,
        "translation": evidence.translation,
        "paraphrase": evidence.paraphrase,
        "via": evidence.via,
        "said_on": evidence.date,
        "checked": evidence.checked,
    }


def _shaped(name: str, rows: list[Row], as_of: str) -> list[Row]:
    """Rows with the table's columns in order: `as_of` first, and a running
    `id` where the table has one."""
    table = TABLES_BY_NAME[name]
    shaped = []
    for number, row in enumerate(rows, start=1):
        full = {**row, "as_of": as_of}
        if "id" in table.columns and "id" not in row:
            full["id"] = number
        shaped.append({column: full.get(column) for column in table.columns})
    return shaped


_MOVES = {"stance_added", "stance_removed", "status_changed"}


def history_rows(log: LogView, releases: Mapping[str, str] | None = None) -> list[Row]:
    """The rows of `HISTORY`: what `coalition log` says moved, per stance,
    dated twice: by the news (`news_date`, since when the new status's
    quotes say it, from the stance's timeline) and by the record
    (`recorded_on`, the commit's date); `releases` maps a commit to the
    first release that holds it."""
    rows = []
    for entry in log.entries:
        for change in entry.changes:
            if change.kind.value not in _MOVES or change.country is None or change.domain is None:
                continue
            before = Status(change.old) if change.old else None
            after = Status(change.new) if change.new else None
            row = {
                "commit": entry.commit,
                "date": entry.date,
                "subject": entry.subject,
                "country": change.country,
                "domain": change.domain,
                "status_before": before.value if before else None,
                "status_after": after.value if after else None,
                "strength_before": before.rank if before else None,
                "strength_after": after.rank if after else None,
                "direction": change.direction.value if change.direction else None,
                "correction": change.corrected,
                "reason": change.correction,
                "evidence": " | ".join(e.quote for e in change.evidence) or None,
                "sources": ", ".join(dict.fromkeys(e.source for e in change.evidence)) or None,
                "news_date": _news_date(after, change.evidence, entry.sources),
                "recorded_on": (entry.committed or entry.date)[:10],
                "release": (releases or {}).get(entry.commit),
            }
            rows.append({column: row[column] for column in HISTORY.columns})
    return rows


def _news_date(
    status: Status | None, evidence: tuple[Evidence, ...], sources: Mapping[str, Source]
) -> str | None:
    if status is None:
        return None
    quotes = [e for e in evidence if isinstance(e, StanceEvidence)]
    since = history_of(status, quotes, sources).since
    return since.isoformat() if since else None
