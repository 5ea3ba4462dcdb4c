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
from coalition.analyse.country import describe_country
from coalition.analyse.feed import Feed, ReleaseInfo, build_feed
from coalition.analyse.mapping import STRONGEST, map_view
from coalition.analyse.release import ReleaseNotes
from coalition.analyse.summary import summarise
from coalition.model.countries import display_name
from coalition.model.ledger import Ledger, stances_by_column
from coalition.model.vocabulary import (
    Status,
)
from coalition.render.changed import COUNTRY_FOLDER
from coalition.render.cite import Citation, citations
from coalition.render.europe import europe_map
from coalition.render.mapfacts import NO_STANCE
from coalition.render.mapsvg import render_map
from coalition.render.outlines import europe_base
from coalition.render.output import build_folder, replace_file
from coalition.render.pages import (
    about_page,
    countries_page,
    country_page,
    front_page,
    map_columns,
    maps_page,
    sources_page,
    status_entries,
)
from coalition.render.style import (
    LOOKS,
    clean,
    web_address,
)

ARCHIVE_FOLDER = "archive"


SOCIAL_IMAGE = "social.png"
FIGURES = "figures.csv"


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
    docs_url: str = "",
) -> Site:
    """Write the site for `ledger` (whose archives are relative to `base`)
    into `folder`, made if missing, with its feed of changes (`releases`
    from git; ids and links under `base_url` when it is given). `notes` are
    what the front page says changed: the release this ledger is against
    the one before, or the ledger against the last release (None: no
    release yet, and the front page tells the sources' dated moves and the
    corrections instead). `docs_url`, a web address, is linked from every
    page's footer: how the ledger is checked, for a reader who asks. The site
    is built whole beside `folder` first, so a failure leaves no half-written
    site (`build_folder`)."""
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
            docs_url=web_address(docs_url),
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
    docs_url: str | None,
) -> list[str]:
    """Write every file of the site into `folder`; their names in it."""
    environment = _environment()
    copied = _copy_archives(ledger, base, folder) if archives else {}
    written = list(copied.values())
    built = built_at()
    title = clean(ledger.title)
    cited = citations(
        title, ledger.as_of, datetime.date.fromisoformat(built[:10]), releases, release, base_url
    )
    written += _write_citations(cited, folder)
    social = _social_image(ledger, folder)
    if social:
        written.append(social)
    common = {
        "title": title,
        "as_of": ledger.as_of.isoformat(),
        "built": built,
        "version": __version__,
        "release": release,
        "description": _description(ledger),
        "social": social,
        "base_url": base_url.rstrip("/") + "/" if base_url else "",
        "docs_url": docs_url,
        "statuses": status_entries(),
        "outlines": Markup(europe_base()),  # the world map's outlines, no ledger text
    }
    views = sorted(
        (describe_country(ledger, code) for code in ledger.countries), key=lambda v: v.name
    )
    pages: dict[str, tuple[str, dict[str, Any]]] = {
        "index.html": ("index.html.j2", front_page(ledger, notes, views)),
        "maps.html": ("maps.html.j2", maps_page(ledger)),
        "countries.html": ("countries.html.j2", countries_page(ledger, views)),
        "sources.html": ("sources.html.j2", sources_page(ledger, copied)),
        "about.html": ("about.html.j2", about_page(cited)),
    }
    totals = summarise(ledger).amounts
    for view in views:
        page = f"{COUNTRY_FOLDER}/{view.code}.html"
        pages[page] = ("country.html.j2", country_page(ledger, view, copied, totals))
    for name, (template, context) in pages.items():
        root = "../" * name.count("/")
        text = environment.get_template(template).render(**common, **context, root=root, page=name)
        replace_file(folder / name, text)
        written.append(name)
    written += _write_assets(ledger, folder, environment, common, feed)
    return written + _figures(ledger, folder)


def _write_assets(
    ledger: Ledger, folder: Path, environment: Any, common: dict[str, Any], feed: Feed
) -> list[str]:
    """The stylesheet, the feed and each domain's map as a picture of its own."""
    written = []
    others: dict[str, tuple[str, dict[str, Any]]] = {
        "style.css": ("style.css.j2", {"styles": _status_styles(), "no_stance": NO_STANCE}),
        "feed.atom": ("feed.atom.j2", {"feed": feed}),
    }
    for name, (template, extra) in others.items():
        text = environment.get_template(template).render(**{**common, **extra})
        replace_file(folder / name, text)
        written.append(name)
    for column in map_columns(ledger):
        name = f"maps/{column}.svg"
        replace_file(folder / name, render_map(map_view(ledger, column)))
        written.append(name)
    return written


def _figures(ledger: Ledger, folder: Path) -> list[str]:
    """`figures.csv`: every figure a source gives, one row each, with its
    stance and the source's words (bounds left empty where the source gives
    none); not written when no stance has a figure."""
    import csv
    import io

    rows = [
        [code, display_name(code, country.name), column, a.unit, a.min, a.max, a.words]
        for code, country in ledger.countries.items()
        for column, stance in stances_by_column(country).items()
        for a in stance.amounts
    ]
    if not rows:
        return []
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["country", "name", "domain", "unit", "min", "max", "words"])
    writer.writerows(["" if v is None else str(v) for v in row] for row in rows)
    replace_file(folder / FIGURES, out.getvalue())
    return [FIGURES]


def _description(ledger: Ledger) -> str:
    """What a link to the site says of it (its social preview)."""
    return (
        "Who offers what for Ukraine's security guarantees, country by country, from quoted "
        f"sources: what the sources said up to {ledger.as_of.isoformat()}."
    )


def _write_citations(cited: Sequence[Citation], folder: Path) -> list[str]:
    """Each citation as a CSL-JSON and a BibTeX file; their names."""
    written = []
    for found in cited:
        for suffix, text in ((".json", found.csl_json), (".bib", found.bibtex)):
            replace_file(folder / f"{found.stem}{suffix}", text)
            written.append(f"{found.stem}{suffix}")
    return written


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
