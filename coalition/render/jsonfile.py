"""JSON for programs. The shapes are documented in docs/views.md and kept stable:
add keys, never rename or remove them."""

from __future__ import annotations

import datetime
from typing import Any, TextIO

from coalition.analyse.amounts import Total, amount_text, plain_number
from coalition.analyse.change import Change
from coalition.analyse.country import CountryView, Quote
from coalition.analyse.diff import DiffView
from coalition.analyse.log import LogView
from coalition.analyse.summary import DomainView, Summary
from coalition.model.ledger import Amount
from coalition.model.timeline import History
from coalition.render import RenderOptions
from coalition.render.jsondump import write_json


def _dump(document: dict[str, Any], out: TextIO) -> None:
    write_json(document, out)


def summary(view: Summary, out: TextIO, options: RenderOptions) -> None:
    domains = [c for c in view.columns if c != "overall"]
    _dump(
        {
            "title": view.title,
            "as_of": view.as_of.isoformat(),
            "countries": [
                {
                    "code": row.code,
                    "alpha3": row.alpha3,
                    "name": row.name,
                    "group": row.group.value,
                    "role": row.role,
                    "overall": row.cells["overall"].value if "overall" in row.cells else None,
                    "stances": {d: row.cells[d].value for d in domains if d in row.cells},
                    "scopes": row.scopes,
                    "hedges": row.hedges,
                }
                for row in view.rows
            ],
            "preconditions": [
                {"text": p.text, "evidence": [_quote(q) for q in p.evidence]}
                for p in view.preconditions
            ],
            "totals": {
                column: {status.value: n for status, n in view.totals[column].items()}
                for column in view.columns
            },
            "reported": [
                {
                    "value": f.value,
                    "qualifier": f.qualifier,
                    "counts": f.counts,
                    "status": f.status.value if f.status else None,
                    "source": f.source_id,
                    "quote": f.quote,
                    "named": f.named,
                    "named_is": f.counted.value,
                    "named_on": _date(f.on),
                    "named_undated": f.undated,
                }
                for f in view.reported
            ],
            "amounts": {
                column: [_total(t) for t in found] for column, found in view.amounts.items()
            },
        },
        out,
    )


def _amount(amount: Amount) -> dict[str, Any]:
    """A figure: min or max null where the source gives no such bound."""
    return {
        "unit": amount.unit,
        "min": plain_number(amount.min),
        "max": plain_number(amount.max),
        "words": amount.words,
        "text": amount_text(amount),
    }


def _total(total: Total) -> dict[str, Any]:
    """A total of one unit: min or max null where it is open (a figure
    without that bound); `point` only when every figure it adds is one."""
    return {
        "unit": total.unit,
        "min": plain_number(total.range.low),
        "max": plain_number(total.range.high),
        "point": total.range.point,
        "countries": list(total.countries),
        "text": total.text(),
    }


def _date(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def _quote(quote: Quote) -> dict[str, Any]:
    source = quote.source
    evidence = quote.evidence
    return {
        "quote": quote.quote,
        "speaker": quote.speaker,
        "attribution": quote.attribution,
        "source": quote.source_id,
        "publisher": source.publisher if source else None,
        "title": source.title if source else None,
        "published": _date(source.published) if source else None,
        "url": source.url if source else None,
        "date_basis": source.date_basis.value if source else None,
        "translation": evidence.translation,
        "speaker_country": evidence.speaker_country,
        "paraphrase": evidence.paraphrase,
        "via": evidence.via,
        "date": _date(evidence.date),
        "checked": evidence.checked,
    }


def country(view: CountryView, out: TextIO, options: RenderOptions) -> None:
    _dump(
        {
            "as_of": view.as_of.isoformat(),
            "code": view.code,
            "alpha3": view.alpha3,
            "name": view.name,
            "group": view.group.value,
            "role": view.role,
            "evidence": [_quote(q) for q in view.evidence],
            "stances": {
                s.column: {
                    "status": s.status.value,
                    "detail": s.detail,
                    "scope": s.scope,
                    "hedge": s.hedge,
                    "conditions": list(s.conditions),
                    "reviewed": _date(s.reviewed),
                    "amounts": [_amount(a) for a in s.amounts],
                    "evidence": [_quote(q) for q in s.evidence],
                    **_history(s.history),
                }
                for s in view.stances
            },
        },
        out,
    )


def _history(history: History | None) -> dict[str, Any]:
    """Since when the sources say the status, and its steps before it."""
    if history is None:
        return {}
    return {
        "since": _date(history.since),
        "first_seen": _date(history.first_seen),
        "history": [
            {
                "status": s.status.value,
                "first_seen": s.first_seen.isoformat(),
                "last_seen": s.last_seen.isoformat(),
                "state": s.state.value,
            }
            for s in history.steps
        ],
        "contradictions": len(history.contradictions),
        "unresolved": sum(1 for c in history.contradictions if not c.resolved),
    }


def domain(view: DomainView, out: TextIO, options: RenderOptions) -> None:
    _dump(
        {
            "title": view.title,
            "as_of": view.as_of.isoformat(),
            "domain": view.column,
            "statuses": [
                {
                    "status": status.value,
                    "countries": [
                        {"code": r.code, "name": r.name, "group": r.group.value} for r in rows
                    ],
                }
                for status, rows in view.groups
            ],
            "amounts": [_total(t) for t in view.amounts],
        },
        out,
    )


def _change(change: Change) -> dict[str, Any]:
    shown: dict[str, Any] = {
        "kind": change.kind.value,
        "country": change.country,
        "domain": change.domain,
        "field": change.field,
        "old": change.old,
        "new": change.new,
        "direction": change.direction.value if change.direction else None,
        "correction": change.corrected,
    }
    if change.correction is not None:
        shown["reason"] = change.correction
    if change.news_date is not None:  # `diff --since`, dated by the news
        shown["news_date"] = change.news_date
        shown["recorded_on"] = change.recorded_on
    return shown


def diff(view: DiffView, out: TextIO, options: RenderOptions) -> None:
    summary = view.summary
    _dump(
        {
            "old": view.old,
            "new": view.new,
            "changes": [_change(c) for c in view.changes],
            "summary": {
                "countries": summary.countries,
                "escalations": summary.escalations,
                "downgrades": summary.downgrades,
                "new_countries": summary.new_countries,
                "removed_countries": summary.removed_countries,
                "new_stances": summary.new_stances,
                "removed_stances": summary.removed_stances,
                "other": summary.other,
                "corrections": summary.corrections,
            },
            "notes": list(view.notes),
        },
        out,
    )


def log(view: LogView, out: TextIO, options: RenderOptions) -> None:
    _dump(
        {
            "ledger": view.ledger,
            "commits": [
                {
                    "commit": entry.commit,
                    "short": entry.short,
                    "date": entry.date,
                    "subject": entry.subject,
                    "path": entry.path,
                    "problem": entry.problem,
                    "changes": [_change(c) for c in entry.changes],
                }
                for entry in view.entries
            ],
        },
        out,
    )
