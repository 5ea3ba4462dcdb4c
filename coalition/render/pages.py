"""What each page of the published site shows, as plain data for its
template: the front page (what changed and the matrix), the maps, the
countries, each country, the sources, the page about the data. Text from
the ledger is cleaned here and escaped by the templates; the Europe maps
come as SVG already escaped (`europe.py`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup

from coalition.analyse.amounts import Total, amount_text, range_of
from coalition.analyse.country import CountryView, Quote, StanceView
from coalition.analyse.mapping import MAP_COLUMNS, STRONGEST, MapView, map_view
from coalition.analyse.release import ReleaseNotes
from coalition.analyse.summary import summarise
from coalition.model.ledger import Amount, Ledger
from coalition.model.timeline import SAID, UNKNOWN, History
from coalition.model.vocabulary import (
    ATTRIBUTION_MEANINGS,
    GROUP_MEANINGS,
    STATUS_MEANINGS,
    Attribution,
    DateBasis,
    Group,
    Status,
)
from coalition.render.changed import correction_of, what_changed
from coalition.render.europe import europe_map
from coalition.render.mapfacts import column_title, map_facts
from coalition.render.outlines import in_europe_map, small_state
from coalition.render.style import (
    LOOKS,
    citation,
    clean,
    contradiction_words,
    dated,
    label,
    precondition_sentence,
    reported_sentence,
    roles_sentence,
    shown_columns,
    web_address,
)

# How a quote's date is known, in a reader's words (the timeline's bases).
DATE_BASES = {
    SAID: "the date it was said",
    DateBasis.STATED.value: "the source's stated date",
    DateBasis.URL.value: "the date in the source's address",
    DateBasis.INDEX.value: "the date the source was indexed with",
    DateBasis.INFERRED.value: "a date inferred from the text",
    UNKNOWN: "date unknown",
}


def map_columns(ledger: Ledger) -> list[str]:
    shown = shown_columns(summarise(ledger))
    return [c for c in MAP_COLUMNS if c in shown or c == STRONGEST]


def status_entries() -> list[dict[str, str]]:
    """The statuses, strongest first, as the legends and filters list them."""
    return [
        {
            "status": s.value,
            "label": label(s),
            "word": LOOKS[s].word,
            "meaning": STATUS_MEANINGS[s],
        }
        for s in reversed(list(Status))
    ]


def _certainty(stance: StanceView) -> list[str]:
    """How sure a claim is, in a few words: the source's hedge, whether it
    has conditions, whether every quote is unnamed or second-hand, and an
    unresolved contradiction."""
    words = []
    if stance.hedge:
        words.append(clean(stance.hedge))
    if stance.conditions:
        words.append("conditional")
    weak = (Attribution.ANONYMOUS.value, Attribution.REPORTED.value)
    if stance.evidence and all(q.attribution in weak for q in stance.evidence):
        words.append("unnamed sources")
    history = stance.history
    if history is not None and any(not c.resolved for c in history.contradictions):
        words.append("contradicted")
    return words


def front_page(
    ledger: Ledger, notes: ReleaseNotes | None, views: Sequence[CountryView]
) -> dict[str, Any]:
    view = summarise(ledger)
    columns = shown_columns(view)
    stances = {v.code: {s.column: s for s in v.stances} for v in views}
    rows = []
    for row in view.rows:
        cells: list[dict[str, Any] | None] = []
        for column in columns:
            stance = stances[row.code].get(column)
            if stance is None:
                cells.append(None)
                continue
            cells.append(
                {
                    "column": column,
                    "status": stance.status.value,
                    "label": label(stance.status),
                    "certainty": _certainty(stance),
                    "tip": _tip(stance),
                    "figures": bool(stance.amounts),
                }
            )
        rows.append(
            {
                "code": row.code,
                "name": clean(row.name),
                "group": row.group.value,
                "cells": cells,
                "statuses": " ".join(sorted({f"{c}:{s.value}" for c, s in row.cells.items()})),
            }
        )
    totals = {c: [t.text(clean) for t in view.amounts.get(c, ())] for c in columns}
    return {
        "columns": columns,
        "rows": rows,
        "totals": {c: "; ".join(found) for c, found in totals.items() if found},
        "changed": what_changed(ledger, notes),
        "roles": roles_sentence(view.rows, clean),
        "reported": [reported_sentence(f, clean) for f in view.reported],
        "preconditions": [precondition_sentence(p, clean) for p in view.preconditions],
        "map": {**_map(map_view(ledger, STRONGEST)), "totals": []},
        "groups": [g.value for g in Group],
    }


def _tip(stance: StanceView) -> str:
    """A matrix cell's tooltip: what the contribution is, and each figure
    the sources give with their words (a range stays a range)."""
    parts = [clean(stance.detail)] if stance.detail else []
    parts += [f"figure: {amount_text(a, clean)}" for a in stance.amounts]
    return "; ".join(parts)


def figures(amounts: Sequence[Amount]) -> list[dict[str, str]]:
    """A claim's figures: each as a range in its unit, and the source's words."""
    return [{"text": range_of(a).text(clean(a.unit)), "words": clean(a.words)} for a in amounts]


def _map(view: MapView) -> dict[str, Any]:
    """A map and its list: every recorded country and its status, in
    Europe and beyond it, strongest first."""
    order = {s: i for i, s in enumerate(reversed(list(Status)))}
    entries: list[dict[str, Any]] = []
    for code, name in view.names.items():
        status = view.statuses.get(code)
        entries.append(
            {
                "code": code,
                "name": clean(name),
                "status": status.value if status else "none",
                "label": label(status) if status else "– no stance here",
                "europe": in_europe_map(code),
                "rank": order[status] if status else len(order),
            }
        )
    entries.sort(key=lambda e: (e["rank"], e["name"]))
    shown = {e["status"] for e in entries}
    return {
        "column": view.column,
        "heading": column_title(view.column),
        "svg": Markup(europe_map(view)),  # escaped inside: names, title, facts
        "facts": map_facts(view),
        "europe": [e for e in entries if e["europe"]],
        "beyond": [e for e in entries if not e["europe"]],
        "legend": [s for s in status_entries() if s["status"] in shown],
        "none": "none" in shown,
        "markers": any(small_state(code) for code in view.names),
    }


def maps_page(ledger: Ledger) -> dict[str, Any]:
    """A map per domain, each with the totals of the figures its sources give."""
    totals = summarise(ledger).amounts
    maps = []
    for column in map_columns(ledger):
        found = _map(map_view(ledger, column))
        found["totals"] = [t.text(clean) for t in totals.get(column, ())]
        maps.append(found)
    return {"maps": maps}


def _quote(quote: Quote, copied: dict[str, str], root: str) -> dict[str, Any]:
    source = quote.source
    own = getattr(quote.evidence, "status", None)
    return {
        "quote": clean(quote.quote),
        "translation": clean(quote.evidence.translation or "") or None,
        "said": citation(quote.evidence, source, clean, status=False),
        "supports": LOOKS[own].word if own else None,
        "attribution": ATTRIBUTION_MEANINGS[quote.evidence.attribution]
        if quote.evidence.attribution
        else None,
        "url": web_address(source.url) if source else None,
        "publisher": clean(source.publisher) if source else None,
        "archive": root + copied[quote.source_id] if quote.source_id in copied else None,
        "source_href": f"{root}sources.html#source-{quote.source_id}",
    }


def _timeline(history: History | None) -> dict[str, Any] | None:
    if history is None:
        return None
    steps = [
        {
            "status": step.status.value,
            "label": label(step.status),
            "first": step.first_seen.isoformat(),
            "last": step.last_seen.isoformat(),
            "current": step.state.value == "current",
            # One line per source and date: several quotes of one article are one report.
            "quotes": [
                {"source": clean(source), "basis": DATE_BASES.get(basis, basis)}
                for source, basis in dict.fromkeys(
                    (d.evidence.source, d.basis) for d in step.evidence
                )
            ],
        }
        for step in history.steps
    ]
    undated = [
        {"source": clean(d.evidence.source), "label": label(d.status)} for d in history.undated
    ]
    return {
        "steps": steps,
        "undated": undated,
        "contradictions": [contradiction_words(c, clean) for c in history.contradictions],
    }


def country_page(
    ledger: Ledger,
    view: CountryView,
    copied: dict[str, str],
    totals: Mapping[str, Sequence[Total]],
) -> dict[str, Any]:
    """One country's page; `totals` are every domain's figures added up by
    unit, shown beside the country's own for scale."""
    root = "../"
    corrections = [
        correction_of(c)
        for c in sorted(ledger.corrections, key=lambda c: c.date, reverse=True)
        if c.country == view.code
    ]
    for found, original in zip(
        corrections,
        [c for c in sorted(ledger.corrections, key=lambda c: c.date, reverse=True)
         if c.country == view.code],
        strict=True,
    ):  # fmt: skip
        found["domain"] = str(original.domain) if original.domain else None
    return {
        "country": {
            "code": view.code,
            "name": clean(view.name),
            "group": view.group.value,
            "group_meaning": GROUP_MEANINGS[view.group],
            "role": clean(view.role) if view.role else None,
            "evidence": [_quote(q, copied, root) for q in view.evidence],
            "stances": [
                {
                    "column": s.column,
                    "status": s.status.value,
                    "label": label(s.status),
                    "meaning": STATUS_MEANINGS[s.status],
                    "detail": clean(s.detail) if s.detail else None,
                    "scope": clean(s.scope) if s.scope else None,
                    "hedge": clean(s.hedge) if s.hedge else None,
                    "conditions": [clean(c) for c in s.conditions],
                    "figures": figures(s.amounts),
                    "totals": [t.text(clean) for t in totals.get(s.column, ())],
                    "reviewed": s.reviewed.isoformat() if s.reviewed else None,
                    "since": s.history.since.isoformat() if s.history and s.history.since else None,
                    "certainty": _certainty(s),
                    "timeline": _timeline(s.history),
                    "evidence": [_quote(q, copied, root) for q in s.evidence],
                    "corrections": [c for c in corrections if c.get("domain") == s.column],
                }
                for s in view.stances
            ],
            "corrections": corrections,
        }
    }


def countries_page(ledger: Ledger, views: Sequence[CountryView]) -> dict[str, Any]:
    return {
        "countries": [
            {
                "code": v.code,
                "name": clean(v.name),
                "group": v.group.value,
                "role": clean(v.role) if v.role else None,
                "statuses": " ".join(f"{s.column}:{s.status.value}" for s in v.stances),
                "stances": [
                    {
                        "column": s.column,
                        "status": s.status.value,
                        "label": label(s.status),
                        "detail": clean(s.detail) if s.detail else None,
                        "certainty": _certainty(s),
                    }
                    for s in v.stances
                ],
            }
            for v in views
        ],
        "columns": shown_columns(summarise(ledger)),
        "groups": [g.value for g in Group],
    }


def sources_page(ledger: Ledger, copied: dict[str, str]) -> dict[str, Any]:
    sources = [
        {
            "id": key,
            "publisher": clean(source.publisher),
            "title": clean(source.title),
            "dated": dated(source),
            "date_note": clean(source.date_note) if source.date_note else None,
            "url": web_address(source.url),
            "archive": copied.get(key),
            "excerpt": source.excerpt,
            "retrieved": source.retrieved.isoformat() if source.retrieved else None,
        }
        for key, source in ledger.sources.items()
    ]
    corrections = [
        correction_of(c) for c in sorted(ledger.corrections, key=lambda c: c.date, reverse=True)
    ]
    return {"sources": sources, "corrections": corrections}


def about_page(cited: Sequence[Any]) -> dict[str, Any]:
    from coalition.rules.registry import RULES

    checks = [
        {"id": r.id, "level": r.level.name.lower(), "summary": r.summary}
        for r in RULES.values()
        if r.stage == "check"
    ]
    return {
        "attributions": [
            {"name": a.value.replace("_", " "), "meaning": ATTRIBUTION_MEANINGS[a]}
            for a in Attribution
        ],
        "bases": [
            {"name": b, "meaning": DATE_BASES[b]}
            for b in (SAID, *(d.value for d in DateBasis if d is not DateBasis.UNKNOWN), UNKNOWN)
        ],
        "group_meanings": [{"name": g.value, "meaning": GROUP_MEANINGS[g]} for g in Group],
        "checks": checks,
        "citations": [
            {
                "version": c.version,
                "issued": c.issued.isoformat(),
                "cut_off": c.cut_off.isoformat() if c.cut_off else None,
                "bibtex": c.bibtex,
                "json": f"{c.stem}.json",
                "bib": f"{c.stem}.bib",
            }
            for c in cited
        ],
    }
