"""CSV for a newsroom's chart or map tool: one row per country (or stance, or
piece of evidence), ISO alpha-2 and alpha-3 codes, and the as_of date in
every row so a pasted table never loses when it was true.

A text cell that a spreadsheet would run as a formula (=, +, -, @, a tab or a
carriage return first) is prefixed with an apostrophe, as OWASP advises for CSV
from untrusted text; `spreadsheet_safe` does it for every CSV coalition writes.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Sequence
from typing import TextIO

from coalition.analyse.amounts import amount_text
from coalition.analyse.country import CountryView
from coalition.analyse.diff import DiffView
from coalition.analyse.summary import DomainView, Summary
from coalition.model.ledger import Amount
from coalition.render import RenderOptions
from coalition.render.style import clean

_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?%?")


def formula_like(text: str) -> bool:
    """Whether a spreadsheet would run `text` as a formula: it starts with
    =, +, - or @ (also in their fullwidth forms, which spreadsheets fold to
    these), or a tab or carriage return, and is not simply a number."""
    first = unicodedata.normalize("NFKC", text[:1])
    if first not in ("=", "+", "-", "@", "\t", "\r"):
        return False
    return not _NUMBER.fullmatch(unicodedata.normalize("NFKC", text))


def spreadsheet_safe(text: str) -> str:
    """`text` as a CSV cell that a spreadsheet shows as text: prefixed with
    `'` when it would run as a formula (OWASP's advice for CSV injection).
    Every CSV writer calls this on its text cells, and only on those: a typed
    number or date is never text that starts with one of these."""
    return "'" + text if formula_like(text) else text


def _safe(value: object) -> str:
    return spreadsheet_safe(clean("" if value is None else str(value)))


def _write(out: TextIO, header: list[str], rows: Iterable[Sequence[object]]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([_safe(v) for v in row])


def summary(view: Summary, out: TextIO, options: RenderOptions) -> None:
    header = [
        "as_of", "code", "alpha3", "name", "group", "role", *view.columns, "scopes", "hedges",
        "amounts",
    ]  # fmt: skip
    _write(
        out,
        header,
        (
            [
                view.as_of.isoformat(),
                row.code,
                row.alpha3,
                row.name,
                row.group.value,
                row.role,
                *(row.cells[c].value if c in row.cells else "" for c in view.columns),
                "; ".join(f"{c}: {text}" for c, text in row.scopes.items()),
                "; ".join(f"{c}: {text}" for c, text in row.hedges.items()),
                _figures(row.figures),
            ]
            for row in view.rows
        ),
    )


def _figures(figures: dict[str, tuple[Amount, ...]]) -> str:
    """'land: 100–200 soldiers (“a company of 100–200 troops”); …'."""
    return "; ".join(f"{c}: {amount_text(a)}" for c, found in figures.items() for a in found)


def country(view: CountryView, out: TextIO, options: RenderOptions) -> None:
    header = [
        "as_of", "code", "alpha3", "name", "domain", "status", "detail", "conditions",
        "quote", "speaker", "attribution", "source", "publisher", "title", "published",
        "date_basis", "url", "scope", "hedge", "translation", "speaker_country", "paraphrase",
        "via", "said_on", "amounts",
    ]  # fmt: skip
    rows: list[list[object]] = []
    for stance in view.stances:
        for quote in stance.evidence:
            source = quote.source
            rows.append(
                [
                    view.as_of.isoformat(),
                    view.code,
                    view.alpha3,
                    view.name,
                    stance.column,
                    stance.status.value,
                    stance.detail,
                    "; ".join(stance.conditions),
                    quote.quote,
                    quote.speaker,
                    quote.attribution,
                    quote.source_id,
                    source.publisher if source else "",
                    source.title if source else "",
                    (source.published.isoformat() if source.published else "") if source else "",
                    source.date_basis.value if source else "",
                    source.url if source else "",
                    stance.scope,
                    stance.hedge,
                    quote.evidence.translation,
                    quote.evidence.speaker_country,
                    "true" if quote.evidence.paraphrase else "false",
                    quote.evidence.via,
                    quote.evidence.date.isoformat() if quote.evidence.date else "",
                    "; ".join(amount_text(a) for a in stance.amounts),
                ]
            )
    _write(out, header, rows)


def domain(view: DomainView, out: TextIO, options: RenderOptions) -> None:
    _write(
        out,
        ["as_of", "domain", "status", "code", "alpha3", "name", "group", "amounts"],
        (
            [
                view.as_of.isoformat(),
                view.column,
                status.value,
                r.code,
                r.alpha3,
                r.name,
                r.group.value,
                "; ".join(amount_text(a) for a in r.figures.get(view.column, ())),
            ]
            for status, rows in view.groups
            for r in rows
        ),
    )


def diff(view: DiffView, out: TextIO, options: RenderOptions) -> None:
    """One row per change, for a spreadsheet."""
    _write(
        out,
        [
            "old",
            "new",
            "kind",
            "country",
            "name",
            "domain",
            "field",
            "old_value",
            "new_value",
            "direction",
            "correction",
            "reason",
        ],
        (
            [
                view.old,
                view.new,
                c.kind.value,
                c.country,
                view.names.get(c.country, "") if c.country else "",
                c.domain,
                c.field,
                c.old,
                c.new,
                c.direction.value if c.direction else "",
                "true" if c.corrected else "false",
                c.correction,
            ]
            for c in view.changes
        ),
    )
