"""The published ledger: a static site that works from disk and on any host.

A front page that leads with what changed in the latest release and its
cut-off, then who does what (a matrix that scrolls under a fixed country
column on a phone, and prints whole), and the map of the strongest stances;
a map per domain, Europe framed on Europe with every recorded country named;
a page per country with each stance's timeline, its hedge, scope and
conditions, who said it and how the date is known, and its corrections; the
sources with their archived copies and the corrections log; a page about the
data (method, statuses, checks, licence, and how to cite each release in
CSL-JSON and BibTeX). Jinja2 writes every page with autoescaping on, so text
from the ledger is text whatever it holds; only web addresses become links.
The one script is the site's own, inline, and only filters what the page
already shows (the page works without it). No web font, no request to
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

from markupsafe import Markup

from coalition import __version__
from coalition.analyse.country import CountryView, Quote, StanceView, describe_country
from coalition.analyse.feed import Feed, ReleaseInfo, build_feed
from coalition.analyse.mapping import MAP_COLUMNS, STRONGEST, MapView, map_view
from coalition.analyse.release import Item, ReleaseNotes
from coalition.analyse.summary import summarise
from coalition.analyse.timeline import moves, stance_timelines
from coalition.model.countries import country_name
from coalition.model.ledger import Correction, Ledger
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
from coalition.render.cite import citations
from coalition.render.mapsvg import (
    NO_STANCE,
    column_title,
    europe_base,
    europe_map,
    in_europe_map,
    map_facts,
    render_map,
    small_state,
)
from coalition.render.output import build_folder, replace_file
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

ARCHIVE_FOLDER = "archive"
COUNTRY_FOLDER = "countries"
SOCIAL_IMAGE = "social.png"
NEWEST = 8  # new stances the front page lists when there is no release
SHOWN_CORRECTIONS = 3  # corrections it lists; the sources page has them all
# How a quote's date is known, in a reader's words (the timeline's bases).
DATE_BASES = {
    SAID: "the date it was said",
    DateBasis.STATED.value: "the source's stated date",
    DateBasis.URL.value: "the date in the source's address",
    DateBasis.INDEX.value: "the date the source was indexed with",
    DateBasis.INFERRED.value: "a date inferred from the text",
    UNKNOWN: "date unknown",
}


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
    notes: ReleaseNotes | None = None,
) -> Site:
    """Write the site for `ledger` (whose archives are relative to `base`)
    into `folder`, made if missing, with its feed of changes (`releases`
    from git; ids and links under `base_url` when it is given). `notes` are
    what the front page says changed: the release this ledger is against
    the one before, or the ledger against the last release (None: no
    release yet, and the front page tells the sources' dated moves and the
    corrections instead). The site is built whole beside `folder` first, so
    a failure leaves no half-written site (`build_folder`)."""
    feed = build_feed(ledger, releases, base_url)
    names = build_folder(
        folder,
        lambda staging: _write_pages(
            ledger,
            base,
            staging,
            archives,
            feed=feed,
            release=release,
            releases=releases,
            notes=notes,
            base_url=base_url,
        ),
    )
    return Site(folder, tuple(folder / name for name in names))


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined

    return Environment(
        loader=PackageLoader("coalition.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _write_pages(
    ledger: Ledger,
    base: Path,
    folder: Path,
    archives: bool,
    *,
    feed: Feed,
    release: str | None,
    releases: Sequence[ReleaseInfo],
    notes: ReleaseNotes | None,
    base_url: str,
) -> list[str]:
    """Write every file of the site into `folder`; their names in it."""
    environment = _environment()
    copied = _copy_archives(ledger, base, folder) if archives else {}
    written = list(copied.values())
    built = built_at()
    title = clean(ledger.title)
    cited = citations(
        title,
        ledger.as_of,
        datetime.date.fromisoformat(built[:10]),
        releases,
        release,
        base_url,
    )
    for found in cited:
        for suffix, text in ((".json", found.csl_json), (".bib", found.bibtex)):
            replace_file(folder / f"{found.stem}{suffix}", text)
            written.append(f"{found.stem}{suffix}")
    social = _social_image(ledger, folder)
    if social:
        written.append(social)
    description = (
        f"Who offers what for Ukraine's security guarantees, country by country, from quoted "
        f"sources: what the sources said up to {ledger.as_of.isoformat()}."
    )
    common = {
        "title": title,
        "as_of": ledger.as_of.isoformat(),
        "built": built,
        "version": __version__,
        "release": release,
        "description": description,
        "social": social,
        "base_url": base_url.rstrip("/") + "/" if base_url else "",
        "statuses": _status_entries(),
        "outlines": Markup(europe_base()),  # the world map's outlines, no ledger text
    }
    views = sorted(
        (describe_country(ledger, code) for code in ledger.countries), key=lambda v: v.name
    )
    pages: dict[str, tuple[str, dict[str, Any]]] = {
        "index.html": ("index.html.j2", _front_page(ledger, notes, views)),
        "maps.html": ("maps.html.j2", _maps_page(ledger)),
        "countries.html": ("countries.html.j2", _countries_page(ledger, views)),
        "sources.html": ("sources.html.j2", _sources_page(ledger, copied)),
        "about.html": ("about.html.j2", _about_page(cited)),
    }
    for view in views:
        page = f"{COUNTRY_FOLDER}/{view.code}.html"
        pages[page] = ("country.html.j2", _country_page(ledger, view, copied))
    for name, (template, context) in pages.items():
        root = "../" * name.count("/")
        text = environment.get_template(template).render(**common, **context, root=root, page=name)
        replace_file(folder / name, text)
        written.append(name)
    others: dict[str, tuple[str, dict[str, Any]]] = {
        "style.css": ("style.css.j2", {"styles": _status_styles(), "no_stance": NO_STANCE}),
        "feed.atom": ("feed.atom.j2", {"feed": feed}),
    }
    for name, (template, extra) in others.items():
        text = environment.get_template(template).render(**{**common, **extra})
        replace_file(folder / name, text)
        written.append(name)
    for column in _map_columns(ledger):
        name = f"maps/{column}.svg"
        replace_file(folder / name, render_map(map_view(ledger, column)))
        written.append(name)
    return written


def _map_columns(ledger: Ledger) -> list[str]:
    shown = shown_columns(summarise(ledger))
    return [c for c in MAP_COLUMNS if c in shown or c == STRONGEST]


def _status_entries() -> list[dict[str, str]]:
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


def _front_page(
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
                    "tip": clean(stance.detail) if stance.detail else "",
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
    return {
        "columns": columns,
        "rows": rows,
        "changed": _what_changed(ledger, notes),
        "roles": roles_sentence(view.rows, clean),
        "reported": [reported_sentence(f, clean) for f in view.reported],
        "preconditions": [precondition_sentence(p, clean) for p in view.preconditions],
        "map": _map(map_view(ledger, STRONGEST)),
        "groups": [g.value for g in Group],
    }


def _item(item: Item) -> dict[str, Any]:
    before = LOOKS[item.before].word if item.before else None
    after = label(item.after) if item.after else None
    moved = f"{before} → {after}" if before and after else (after or f"{before}, withdrawn")
    return {
        "name": clean(item.name),
        "domain": item.domain,
        "moved": moved,
        "status": item.after.value if item.after else None,
        "since": item.since.isoformat() if item.since else None,
        "href": f"{COUNTRY_FOLDER}/{item.country}.html#{item.domain}",
    }


def _correction_of(correction: Correction) -> dict[str, Any]:
    what = ", ".join(
        part
        for part in (
            country_name(correction.country) if correction.country else None,
            str(correction.domain) if correction.domain else None,
            f"source {correction.source}" if correction.source else None,
        )
        if part
    )
    href = "sources.html#corrections"
    if correction.country:
        href = f"{COUNTRY_FOLDER}/{correction.country}.html#corrections"
    return {
        "date": correction.date.isoformat(),
        "what": clean(what) or "the ledger",
        "reason": clean(correction.reason),
        "href": href,
    }


def _what_changed(ledger: Ledger, notes: ReleaseNotes | None) -> dict[str, Any]:
    """What the front page leads with. With a release: its notes (what it
    changed since the release before, or what the ledger changed since the
    last release). Without one: the moves the sources date, newest first,
    and every correction: a reader sees what moved and what was corrected,
    said as such."""
    if notes is not None:
        unreleased = notes.name == "unreleased"
        if unreleased:
            lead = (
                f"Changes since release {notes.previous} (cut-off "
                f"{notes.previous_cut_off.isoformat() if notes.previous_cut_off else 'unknown'}), "
                "not yet released."
            )
        elif notes.previous:
            cut = notes.previous_cut_off.isoformat() if notes.previous_cut_off else "unknown"
            lead = f"Release {notes.name}: changes since release {notes.previous} (cut-off {cut})."
        else:
            lead = f"Release {notes.name}, the first release: every stance is new in it."
        sections = [
            ("Escalations", "escalation", [_item(i) for i in notes.escalations]),
            ("Climb-downs", "downgrade", [_item(i) for i in notes.climb_downs]),
            ("New stances", "new", [_item(i) for i in notes.new_stances]),
            ("Withdrawn", "withdrawn", [_item(i) for i in notes.withdrawn]),
        ]
        corrections = [
            {"date": None, "what": clean(c.what), "reason": clean(c.reason), "href": None}
            for c in notes.corrections
        ]
        extra = {
            "new_countries": [clean(n) for n in notes.new_countries],
            "new_sources": len(notes.new_sources),
        }
        basis = "release"
    else:
        lead = (
            "No release has been cut yet, so this lists what the sources themselves date, newest "
            "first: each escalation and climb-down, and the newest stances, on the day their first "
            "quote was said or published; then the corrections of the ledger's own mistakes."
        )
        found = moves(stance_timelines(ledger))
        found.reverse()

        def moved(direction: str | None) -> list[dict[str, Any]]:
            return [
                {
                    "name": clean(m.timeline.name),
                    "domain": m.timeline.column,
                    "moved": f"{LOOKS[m.before].word} → {label(m.step.status)}"
                    if m.before
                    else label(m.step.status),
                    "status": m.step.status.value,
                    "since": m.step.first_seen.isoformat(),
                    "href": f"{COUNTRY_FOLDER}/{m.timeline.country}.html#{m.timeline.column}",
                }
                for m in found
                if m.direction == direction
            ][: None if direction else NEWEST]

        sections = [
            ("Escalations", "escalation", moved("escalation")),
            ("Climb-downs", "downgrade", moved("downgrade")),
            ("Newest stances", "new", moved(None)),
        ]
        corrections = [_correction_of(c) for c in _newest_first(ledger.corrections)]
        extra = {"new_countries": [], "new_sources": 0}
        basis = "sources"
    return {
        "lead": lead,
        "basis": basis,
        "sections": [{"title": t, "kind": k, "items": items} for t, k, items in sections if items],
        "corrections": corrections,
        "shown": SHOWN_CORRECTIONS,
        **extra,
    }


def _newest_first(corrections: Sequence[Correction]) -> list[Correction]:
    return sorted(corrections, key=lambda c: c.date, reverse=True)


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
        "legend": [s for s in _status_entries() if s["status"] in shown],
        "none": "none" in shown,
        "markers": any(small_state(code) for code in view.names),
    }


def _maps_page(ledger: Ledger) -> dict[str, Any]:
    return {"maps": [_map(map_view(ledger, c)) for c in _map_columns(ledger)]}


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


def _country_page(ledger: Ledger, view: CountryView, copied: dict[str, str]) -> dict[str, Any]:
    root = "../"
    corrections = [
        _correction_of(c)
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


def _countries_page(ledger: Ledger, views: Sequence[CountryView]) -> dict[str, Any]:
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
            "retrieved": source.retrieved.isoformat() if source.retrieved else None,
        }
        for key, source in ledger.sources.items()
    ]
    corrections = [
        _correction_of(c) for c in sorted(ledger.corrections, key=lambda c: c.date, reverse=True)
    ]
    return {"sources": sources, "corrections": corrections}


def _about_page(cited: Sequence[Any]) -> dict[str, Any]:
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


def _social_image(ledger: Ledger, folder: Path) -> str | None:
    """The social preview: the Europe map of the strongest stances as a
    PNG, or none where the system lacks the cairo library."""
    try:
        import cairosvg
    except OSError:
        return None
    svg = europe_map(map_view(ledger, STRONGEST), standalone=True)
    data: bytes = cairosvg.svg2png(bytestring=svg.encode("utf-8"), output_width=1200)
    replace_file(folder / SOCIAL_IMAGE, data)
    return SOCIAL_IMAGE


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


__all__ = ["Site", "built_at", "europe_base", "write_site"]
