"""The published ledger: a static site that works from disk and on any host.

Three pages (who does what, with the maps; every country's stances with
their quotes; the sources and the corrections log), a stylesheet and the
maps as SVG files; the archived copies beside them when asked. Jinja2 writes
every page with autoescaping on, so text from the ledger is text whatever it
holds; only web addresses become links. No script, no web font, no request to
another host. Every page says when it was true (`as_of`) and when it was
built (now, or `SOURCE_DATE_EPOCH` for a reproducible build).
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coalition import __version__
from coalition.analyse.country import CountryView, Quote, describe_country
from coalition.analyse.feed import Feed, ReleaseInfo, build_feed
from coalition.analyse.mapping import MAP_COLUMNS, STRONGEST, map_view
from coalition.analyse.summary import summarise
from coalition.model.countries import country_name
from coalition.model.ledger import Ledger
from coalition.model.vocabulary import Status
from coalition.render.mapsvg import LEGEND, PANELS, column_title, map_facts, render_map
from coalition.render.output import build_folder, replace_file
from coalition.render.style import (
    LOOKS,
    citation,
    clean,
    dated,
    label,
    legend_entries,
    precondition_sentence,
    reported_sentence,
    roles_sentence,
    shown_columns,
    stance_notes,
    web_address,
)

ARCHIVE_FOLDER = "archive"


@dataclass(frozen=True)
class Site:
    """What was written, for the command to say."""

    folder: Path
    files: tuple[Path, ...]


def built_at() -> str:
    """Now, or the time `SOURCE_DATE_EPOCH` names (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    moment = (
        datetime.datetime.fromtimestamp(int(epoch), datetime.UTC)
        if epoch.isdigit()
        else datetime.datetime.now(datetime.UTC)
    )
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def write_site(
    ledger: Ledger,
    base: Path,
    folder: Path,
    *,
    archives: bool = True,
    releases: Sequence[ReleaseInfo] = (),
    base_url: str = "",
    release: str | None = None,
    docs_url: str = "",
) -> Site:
    """Write the site for `ledger` (whose archives are relative to `base`)
    into `folder`, made if missing, with its feed of changes (`releases`
    from git; ids and links under `base_url` when it is given). The site is
    built whole beside `folder` first, so a failure leaves no half-written
    site (`build_folder`). `docs_url`, a web address, is linked from every
    page's footer: how the ledger is checked, for a reader who asks."""
    feed = build_feed(ledger, releases, base_url)
    links = {"docs_url": web_address(docs_url)}
    names = build_folder(
        folder,
        lambda staging: _write_pages(
            ledger, base, staging, archives, feed=feed, release=release, links=links
        ),
    )
    return Site(folder, tuple(folder / name for name in names))


def _write_pages(
    ledger: Ledger,
    base: Path,
    folder: Path,
    archives: bool,
    *,
    feed: Feed,
    release: str | None,
    links: dict[str, str | None],
) -> list[str]:
    """Write every file of the site into `folder`; their names in it."""
    from jinja2 import Environment, PackageLoader, StrictUndefined

    environment = Environment(
        loader=PackageLoader("coalition.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )
    copied = _copy_archives(ledger, base, folder) if archives else {}
    common = {
        "title": clean(ledger.title),
        "as_of": ledger.as_of.isoformat(),
        "built": built_at(),
        "version": __version__,
        "root": "",
        "release": release,
        **links,
    }
    pages = {
        "index.html": ("index.html.j2", _front_page(ledger)),
        "countries.html": ("countries.html.j2", _countries_page(ledger, copied)),
        "sources.html": ("sources.html.j2", _sources_page(ledger, copied)),
        "style.css": ("style.css.j2", {"statuses": _status_styles()}),
        "feed.atom": ("feed.atom.j2", {"feed": feed}),
    }
    written = list(copied.values())
    for name, (template, context) in pages.items():
        replace_file(folder / name, environment.get_template(template).render(**common, **context))
        written.append(name)
    for column in _map_columns(ledger):
        name = f"maps/{column}.svg"
        replace_file(folder / name, render_map(map_view(ledger, column)))
        written.append(name)
    return written


def _map_columns(ledger: Ledger) -> list[str]:
    shown = shown_columns(summarise(ledger))
    return [c for c in MAP_COLUMNS if c in shown or c == STRONGEST]


def _front_page(ledger: Ledger) -> dict[str, Any]:
    view = summarise(ledger)
    columns = shown_columns(view)
    rows = [
        {
            "code": row.code,
            "name": clean(row.name),
            "cells": [
                {"column": c, "status": row.cells[c].value, "label": label(row.cells[c])}
                if c in row.cells
                else None
                for c in columns
            ],
        }
        for row in view.rows
    ]
    height = sum(h for _, _, h in PANELS) + LEGEND
    maps = []
    for column in _map_columns(ledger):
        shown = map_view(ledger, column)
        maps.append(
            {
                "column": column,
                "heading": column_title(column),
                "facts": map_facts(shown),
                "height": height,
            }
        )
    return {
        "columns": columns,
        "rows": rows,
        "legend": [{"status": s.value, "text": text} for s, text in legend_entries()],
        "roles": roles_sentence(view.rows, clean),
        "reported": [reported_sentence(f, clean) for f in view.reported],
        "preconditions": [precondition_sentence(p, clean) for p in view.preconditions],
        "maps": maps,
    }


def _quote(quote: Quote, copied: dict[str, str]) -> dict[str, Any]:
    source = quote.source
    return {
        "quote": clean(quote.quote),
        "translation": clean(quote.evidence.translation or "") or None,
        "said": citation(quote.evidence, source, clean),
        "url": web_address(source.url) if source else None,
        "publisher": clean(source.publisher) if source else None,
        "archive": copied.get(quote.source_id),
        "source_id": quote.source_id,
    }


def _country(view: CountryView, copied: dict[str, str]) -> dict[str, Any]:
    return {
        "code": view.code,
        "name": clean(view.name),
        "group": view.group.value,
        "role": clean(view.role) if view.role else None,
        "evidence": [_quote(q, copied) for q in view.evidence],
        "stances": [
            {
                "column": s.column,
                "status": s.status.value,
                "label": label(s.status),
                "detail": clean(s.detail) if s.detail else None,
                "notes": stance_notes(s, clean),
                "evidence": [_quote(q, copied) for q in s.evidence],
            }
            for s in view.stances
        ],
    }


def _countries_page(ledger: Ledger, copied: dict[str, str]) -> dict[str, Any]:
    views = [describe_country(ledger, code) for code in ledger.countries]
    views.sort(key=lambda v: v.name)
    return {"countries": [_country(view, copied) for view in views]}


def _sources_page(ledger: Ledger, copied: dict[str, str]) -> dict[str, Any]:
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
        }
        for key, source in ledger.sources.items()
    ]
    corrections = [
        {
            "date": c.date.isoformat(),
            "what": ", ".join(
                part
                for part in (
                    country_name(c.country) if c.country else None,
                    str(c.domain) if c.domain else None,
                    f"source {c.source}" if c.source else None,
                )
                if part
            )
            or "the ledger",
            "reason": clean(c.reason),
        }
        for c in sorted(ledger.corrections, key=lambda c: c.date, reverse=True)
    ]
    return {"sources": sources, "corrections": corrections}


def _status_styles() -> list[dict[str, str]]:
    return [{"name": s.value, "fill": LOOKS[s].fill, "ink": LOOKS[s].ink} for s in Status]


def _copy_archives(ledger: Ledger, base: Path, folder: Path) -> dict[str, str]:
    """Copy each source's archived text into the site; source id -> its
    address in the site. An archive that cannot be read is left out (the
    ledger's `validate` says why)."""
    from coalition.read.files import Unreadable, read_bytes

    copied = {}
    for key, source in ledger.sources.items():
        if not source.archive:
            continue
        try:
            data = read_bytes(base / source.archive)
        except Unreadable:
            continue
        name = f"{ARCHIVE_FOLDER}/{Path(source.archive).name}"
        replace_file(folder / name, data)
        copied[key] = name
    return copied
