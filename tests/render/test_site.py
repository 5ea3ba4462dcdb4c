"""The published site as HTML: its structure is golden (not its pixels), a
hostile ledger renders as inert text, every stance has its anchor, and the
maps colour the countries the ledger says."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion

from coalition.analyse.mapping import map_view
from coalition.load import load_ledger_bytes
from coalition.model.ledger import Ledger
from coalition.render.mapsvg import render_map
from coalition.render.site import write_site
from tests.conftest import FIXTURE, FIXTURE_LEDGER, VALID
from tests.render.test_golden import TextSnapshot


def ledger_of(text: str, base: Path = FIXTURE) -> Ledger:
    loaded = load_ledger_bytes(text.encode(), "c.yaml", base=base)
    assert loaded.ledger is not None, loaded.problems
    return loaded.ledger


class Outline(HTMLParser):
    """The structure of a page: elements with their ids and classes, nested,
    without the text (what a golden test of structure compares)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "path":  # a map's outlines: thousands of numbers, no structure
            return
        found = dict(attrs)
        marks = "".join(f"#{found['id']}" if found.get("id") else "" for _ in [0])
        marks += "".join(f".{c}" for c in (found.get("class") or "").split())
        if tag in ("a", "link", "img") and (found.get("href") or found.get("src")):
            marks += f" → {found.get('href') or found.get('src')}"
        self.lines.append("  " * self.depth + tag + marks)
        if tag not in ("meta", "link", "img", "br", "input"):
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag != "path" and tag not in ("meta", "link", "img", "br", "input"):
            self.depth -= 1


def outline(path: Path) -> str:
    parser = Outline()
    parser.feed(path.read_text(encoding="utf-8"))
    return "\n".join(parser.lines) + "\n"


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767744000")
    text = VALID.replace(
        "    published: 2025-09-04\n",
        "    published: 2025-09-04\n    url: https://example.org/a_(b)\n",
    )
    write_site(ledger_of(text), FIXTURE, tmp_path / "site")
    return tmp_path / "site"


PAGES = (
    "index.html", "maps.html", "countries.html", "sources.html", "about.html", "countries/IT.html",
)  # fmt: skip


@pytest.mark.parametrize("page", PAGES)
def test_structure_is_golden(site: Path, page: str, snapshot: SnapshotAssertion) -> None:
    assert outline(site / page) == snapshot(extension_class=TextSnapshot)


def test_every_page_says_when_it_was_true_and_built(site: Path) -> None:
    for page in PAGES:
        text = (site / page).read_text(encoding="utf-8")
        assert 'up to <time datetime="2025-09-04">2025-09-04</time> (not a release)' in text
        assert 'built <time datetime="2026-01-07T00:00:00Z">' in text


def test_the_shipped_ledger_has_an_anchor_per_stance(tmp_path: Path) -> None:
    ledger = ledger_of((FIXTURE_LEDGER).read_text(encoding="utf-8"))
    write_site(ledger, FIXTURE, tmp_path)
    countries = (tmp_path / "countries.html").read_text(encoding="utf-8")
    for code, country in ledger.countries.items():
        assert f'id="{code}"' in countries
        for column in [*country.stances, *(["overall"] if country.overall else [])]:
            assert f'id="{code}-{column}"' in countries
        page = (tmp_path / "countries" / f"{code}.html").read_text(encoding="utf-8")
        for column in [*country.stances, *(["overall"] if country.overall else [])]:
            assert f'<section id="{column}"' in page
    for source in ledger.sources.values():
        if source.archive:
            assert (tmp_path / "archive" / Path(source.archive).name).is_file()


HOSTILE = "<script>alert(1)</script>\"'&amp;<img src=x onerror=alert(2)>"


OWN_SCRIPT = "<script>\n/* The site's only script"
URL_BREAKOUT = 'https://example.org/" onmouseover="alert(3)"><script>alert(4)</script>'


def test_a_hostile_ledger_renders_inert(tmp_path: Path) -> None:
    text = (
        VALID.replace("title: Test ledger", f"title: {json.dumps(HOSTILE)}")
        .replace("detail: Air patrols", f"detail: {json.dumps(HOSTILE)}")
        .replace(
            "    published: 2025-09-04\n",
            # validate refuses a javascript: url; one that breaks out of its attribute:
            f"    published: 2025-09-04\n    url: {json.dumps(URL_BREAKOUT)}\n",
        )
        .replace("publisher: Politico", f"publisher: {json.dumps(HOSTILE)}")
        .replace(
            "  IT:\n    group: coalition",
            f"  IT:\n    name: {json.dumps(HOSTILE)}\n    group: coalition",
        )
    )
    write_site(ledger_of(text), FIXTURE, tmp_path)
    for page in tmp_path.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        # The one script is the site's own filter, never anything from the ledger.
        assert html.count("<script") == html.count(OWN_SCRIPT), page.name
        assert "<img src=x" not in html, page.name
        assert '" onmouseover="' not in html, page.name
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in index
    assert 'data-name="&lt;script&gt;alert(1)&lt;/script&gt;&#34;&#39;&amp;amp;' in index
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt;" in index  # the map's hover name
    svg = (tmp_path / "maps" / "strongest.svg").read_text(encoding="utf-8")
    assert "<script" not in svg and "&lt;script&gt;" in svg


def test_the_map_colours_what_the_ledger_says() -> None:
    ledger = ledger_of((FIXTURE_LEDGER).read_text(encoding="utf-8"))
    svg = render_map(map_view(ledger, "land"))
    rules = dict(re.findall(r"g\.([a-z]{2})\.country\{fill:(#[0-9a-f]{6})\}", svg))
    assert rules["fr"] == "#31688e" and rules["gb"] == "#31688e"  # committed
    assert rules["it"] == "#d55e00" and rules["pl"] == "#d55e00"  # ruled out
    assert rules["de"] == "#fde725"  # considering
    assert rules["be"] == "#9e9e9e"  # named, no land stance
    assert "ru" not in rules and "https://" not in svg.split("</desc>")[1].split("<svg")[0]
    assert "<script" not in svg and 'xlink:href="http' not in svg


def test_map_command_writes_svg_and_png(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    ledger = str(FIXTURE_LEDGER)
    assert run_cli("map", "-d", "land", "-o", str(tmp_path / "m.svg"), "-l", ledger).exit_code == 0
    assert (tmp_path / "m.svg").read_text(encoding="utf-8").startswith("<svg ")
    assert run_cli("map", "-o", str(tmp_path / "m.png"), "-l", ledger).exit_code == 0
    assert (tmp_path / "m.png").read_bytes().startswith(b"\x89PNG")
    wrong = run_cli("map", "-o", str(tmp_path / "m.gif"), "-l", ledger)
    assert wrong.exit_code == 2 and ".svg or .png" in wrong.stderr
    assert run_cli("map", "-d", "lnd", "-l", ledger).exit_code == 2


def test_publish_refuses_an_invalid_ledger(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    ledger = tmp_path / "contributions.yaml"
    ledger.write_text(VALID.replace("considering", "considring"), encoding="utf-8")
    run = run_cli("publish", str(tmp_path / "site"), "-l", str(ledger))
    assert run.exit_code == 1 and not (tmp_path / "site").exists()
    good = tmp_path / "good.yaml"
    good.write_text(VALID, encoding="utf-8")
    run = run_cli("publish", str(tmp_path / "site"), "-l", str(good), "--no-archives")
    assert run.exit_code == 0 and not (tmp_path / "site" / "archive").exists()


class Links(HTMLParser):
    """A page's ids, and the addresses it links to or loads (`href`, `src`),
    with the element that names each."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.addresses: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"] or "")
        for name in ("href", "src"):
            if found.get(name) is not None:
                self.addresses.append((tag, found[name] or ""))


def links_of(path: Path) -> Links:
    parser = Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of the frozen copy of the shipped ledger, built once."""
    folder = tmp_path_factory.mktemp("shipped")
    ledger = ledger_of(FIXTURE_LEDGER.read_text(encoding="utf-8"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1767744000")
        write_site(ledger, FIXTURE, folder)
    return folder


def test_every_link_and_anchor_resolves_and_every_page_is_reached(shipped: Path) -> None:
    """A crawl from the front page: each internal address is a file of the
    site, each #anchor an id on its page; nothing is loaded from another host
    (only a link, to a source's own address, may leave the site)."""
    pages = {p.relative_to(shipped).as_posix(): links_of(p) for p in shipped.rglob("*.html")}
    reached, queue, checked = {"index.html"}, ["index.html"], 0
    while queue:
        page = queue.pop()
        for tag, address in pages[page].addresses:
            if address.startswith(("https://", "http://")):
                assert tag == "a", (page, tag, address)  # a link, never a request
                continue
            assert ":" not in address.split("/")[0], (page, address)  # relative, no scheme
            target, _, fragment = address.partition("#")
            resolved = _normal(f"{Path(page).parent.as_posix()}/{target}") if target else page
            assert (shipped / resolved).is_file(), (page, address)
            if fragment:
                assert fragment in pages[resolved].ids, (page, address)
            if resolved.endswith(".html") and resolved not in reached:
                reached.add(resolved)
                queue.append(resolved)
            checked += 1
    assert reached == set(pages)
    assert checked > 500


def _normal(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def test_the_front_page_leads_with_what_changed_and_the_cut_off(shipped: Path) -> None:
    ledger = ledger_of(FIXTURE_LEDGER.read_text(encoding="utf-8"))
    index = (shipped / "index.html").read_text(encoding="utf-8")
    assert index.index('id="changed"') < index.index('id="matrix"') < index.index('id="maps"')
    assert "No release has been cut yet, so this lists what the sources themselves date" in index
    assert '<p class="cut-off">Cut-off: <time datetime="2026-01-07">2026-01-07</time></p>' in index
    count = len(ledger.corrections)
    assert f'Corrections <span class="n">({count})</span>' in index
    assert f'<a href="sources.html#corrections">All {count} corrections</a>' in index
    newest = index.split("Newest stances")[1].split("</ul>")[0]
    assert newest.count("<li>") == 8  # the newest moves, by the news
    assert '<a href="countries/IT.html#land">Italy, land</a>' in newest


def test_the_matrix_says_how_sure_each_claim_is(shipped: Path) -> None:
    index = (shipped / "index.html").read_text(encoding="utf-8")
    row = index.split('<tr id="row-DE"')[1].split("</tr>")[0]
    assert (
        'data-statuses="air:considering financing:offered land:considering overall:offered"' in row
    )
    assert '<a href="countries/DE.html#air" title="Ramped-up support for air defences">' in row
    assert '<span class="label">◔ considering</span><small>could · unnamed sources</small>' in row


def test_a_country_page_has_each_claim_with_its_limits_timeline_and_corrections(
    shipped: Path,
) -> None:
    page = (shipped / "countries" / "DE.html").read_text(encoding="utf-8")
    air = page.split('<section id="air"')[1].split("</section>")[0]
    assert "<dt>Hedge</dt><dd>could</dd>" in air
    assert "<dt>How sure</dt><dd>could; unnamed sources</dd>" in air
    assert '<ol class="timeline">' in air
    assert "politico-2025-09-04 (the source&#39;s stated date)" in air
    assert '<h3 id="air-corrections">Corrected</h3>' in air
    land = page.split('<section id="land"')[1].split("</section>")[0]
    assert "<dt>Scope</dt><dd>neighbouring NATO territory, not Ukraine at this stage</dd>" in land
    assert "<dt>Conditions</dt>" in land
    assert "(date indexed)" in land  # how the date of the source is known
    assert 'href="../archive/liga-net-2026-01-06-merz-troops-neighbouring-nato-state.txt"' in land
    corrections = page.split('<section id="corrections"')[1]
    assert corrections.count("<li><time") == 3


def test_the_about_page_explains_the_data_and_how_to_cite_it(shipped: Path) -> None:
    from coalition.model.vocabulary import STATUS_MEANINGS
    from coalition.rules.registry import RULES
    from tests.conftest import REPO

    about = (shipped / "about.html").read_text(encoding="utf-8")
    for meaning in STATUS_MEANINGS.values():
        assert meaning in about
    for rule in RULES.values():
        assert (f'id="rule-{rule.id}"' in about) == (rule.stage == "check"), rule.id
    licence = (REPO / "DATA-LICENSE.md").read_text(encoding="utf-8")
    assert "Creative Commons Attribution 4.0 International licence" in licence
    assert "Creative Commons Attribution 4.0 International licence (CC BY 4.0)" in about
    record = json.loads((shipped / "cite" / "unreleased.json").read_text(encoding="utf-8"))
    assert record[0]["type"] == "dataset" and record[0]["version"] == "unreleased"
    assert record[0]["issued"] == {"date-parts": [[2026, 1, 7]]}  # SOURCE_DATE_EPOCH
    assert "up to 2026-01-07" in record[0]["note"]
    bibtex = (shipped / "cite" / "unreleased.bib").read_text(encoding="utf-8")
    assert bibtex.startswith("@misc{coalition-ledger-unreleased,\n")
    assert bibtex.count("{") == bibtex.count("}")


def test_the_social_preview_is_a_local_picture(shipped: Path) -> None:
    index = (shipped / "index.html").read_text(encoding="utf-8")
    assert '<meta property="og:image" content="social.png">' in index
    assert '<meta property="og:title" content="Coalition of the willing' in index
    assert (shipped / "social.png").read_bytes().startswith(b"\x89PNG")
    page = (shipped / "countries" / "DE.html").read_text(encoding="utf-8")
    assert '<meta property="og:image" content="../social.png">' in page


SMALL_STATES = """\
title: Small states
as_of: 2025-09-04
sources:
  p:
    publisher: Politico
    title: Allies ready
    published: 2025-09-04
countries:
  LU:
    group: coalition
    stances:
      land:
        status: offered
        evidence:
          - source: p
            quote: Luxembourg offered
  MT:
    group: other
    stances:
      sea:
        status: ruled_out
        evidence:
          - source: p
            quote: Malta ruled out
  AU:
    group: partner
    stances:
      land:
        status: considering
        evidence:
          - source: p
            quote: Australia considering
"""


def test_small_states_are_labelled_circles_and_others_are_listed_beyond_europe(
    tmp_path: Path,
) -> None:
    write_site(ledger_of(SMALL_STATES), FIXTURE, tmp_path)
    maps = (tmp_path / "maps.html").read_text(encoding="utf-8")
    land = maps.split('<figure class="map" id="map-land"')[1].split("</figure>")[0]
    assert re.search(
        r'<circle class="marker offered" [^>]*><title>Luxembourg: offered</title>', land
    )
    assert re.search(r'<circle class="marker none" [^>]*><title>Malta: named, no stance here', land)
    assert re.search(r"<text [^>]*>Luxembourg</text>", land)
    assert "a circle: a country too small to see at this scale" in land
    beyond = land.split("Beyond Europe")[1]
    assert '<a href="countries/AU.html">Australia</a>' in beyond
    assert "Luxembourg" not in beyond
    assert maps.count('<symbol id="europe-outlines"') == 1  # the outlines once a page


def test_with_its_address_the_preview_and_citations_are_absolute(tmp_path: Path) -> None:
    write_site(ledger_of(VALID), FIXTURE, tmp_path, base_url="https://example.org/ledger")
    page = (tmp_path / "countries" / "IT.html").read_text(encoding="utf-8")
    assert '<meta property="og:image" content="https://example.org/ledger/social.png">' in page
    assert '<link rel="canonical" href="https://example.org/ledger/countries/IT.html">' in page
    record = json.loads((tmp_path / "cite" / "unreleased.json").read_text(encoding="utf-8"))
    assert record[0]["URL"] == "https://example.org/ledger"
    assert "url = {https://example.org/ledger}" in (tmp_path / "cite" / "unreleased.bib").read_text(
        encoding="utf-8"
    )


def test_the_citations_read_in_the_tools_that_read_them(shipped: Path) -> None:
    """Each BibTeX entry parses in pybtex with one corporate author; each
    CSL-JSON record formats in citeproc-py with its bundled style."""
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON
    from pybtex.database import parse_string

    title = "Coalition of the willing: contributions to security guarantees for Ukraine"
    for path in (shipped / "cite").glob("*.bib"):
        entries = parse_string(path.read_text(encoding="utf-8"), "bibtex").entries
        (entry,) = entries.values()
        assert entry.fields["title"] == "{" + title + "}"
        assert [str(p) for p in entry.persons["author"]] == ["{coalition ledger}"]  # one name
    for path in (shipped / "cite").glob("*.json"):
        records = json.loads(path.read_text(encoding="utf-8"))
        import citeproc

        bundled = sorted((Path(citeproc.__file__).parent / "data" / "styles").glob("*.csl"))
        style = CitationStylesStyle(str(bundled[0]), validate=False)  # whichever it ships
        bibliography = CitationStylesBibliography(style, CiteProcJSON(records), formatter.plain)
        bibliography.register(Citation([CitationItem(records[0]["id"])]))
        (formatted,) = [str(item) for item in bibliography.bibliography()]
        assert formatted.startswith("coalition ledger") and title in formatted


def test_publish_links_the_documentation_from_every_page(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    ledger = tmp_path / "contributions.yaml"
    ledger.write_text(VALID, encoding="utf-8")
    url = "https://docs.example.org/coalition/"
    run = run_cli("publish", str(tmp_path / "site"), "-l", str(ledger), "--docs-url", url)
    assert run.exit_code == 0, run.stderr
    for page in ("index.html", "countries.html", "sources.html"):
        text = (tmp_path / "site" / page).read_text(encoding="utf-8")
        assert f'<a href="{url}">how the ledger is checked</a>' in text, page
    plain = run_cli("publish", str(tmp_path / "plain"), "-l", str(ledger))
    assert plain.exit_code == 0
    assert "how the ledger is checked" not in (tmp_path / "plain" / "index.html").read_text()


def test_publish_refuses_a_docs_url_that_is_no_web_address(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    ledger = tmp_path / "contributions.yaml"
    ledger.write_text(VALID, encoding="utf-8")
    run = run_cli(
        "publish", str(tmp_path / "site"), "-l", str(ledger), "--docs-url", "javascript:alert(1)"
    )
    assert run.exit_code == 2 and "not an http:// or https:// address" in run.stderr
    assert not (tmp_path / "site").exists()


FIGURES = """\
title: Figures
as_of: 2025-09-04
sources:
  p:
    publisher: Politico
    title: Allies ready
    published: 2025-09-04
countries:
  EE:
    group: coalition
    stances:
      land:
        status: offered
        detail: A company
        amounts:
          - unit: soldiers
            min: 100
            max: 200
            words: a company of 100–200 troops
        evidence:
          - source: p
            quote: Estonia offered a company of 100–200 troops
      financing:
        status: committed
        amounts:
          - unit: EUR
            min: 20000000
            max: 20000000
            words: €20m
        evidence:
          - source: p
            quote: Estonia pledged €20m
  LV:
    group: coalition
    stances:
      land:
        status: considering
        amounts:
          - unit: soldiers
            max: 100
            words: up to 100 soldiers
        evidence:
          - source: p
            quote: Latvia is weighing up to 100 soldiers
"""


def test_figures_are_shown_per_claim_totalled_by_unit_and_exported(tmp_path: Path) -> None:
    """Each claim's figures with the source's words, on its country's page
    and in the matrix's tooltip; totals by unit per domain, a range never a
    point (Latvia's "up to 100" leaves the lower bound open); a CSV of all."""
    write_site(ledger_of(FIGURES), FIXTURE, tmp_path)
    estonia = (tmp_path / "countries" / "EE.html").read_text(encoding="utf-8")
    assert "<strong>100–200 soldiers</strong>: “a company of 100–200 troops”" in estonia
    assert "<strong>20,000,000 EUR</strong>: “€20m”" in estonia
    assert "every figure in land, added up: up to 300 soldiers from 2 countries" in estonia
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert 'title="A company; figure: 100–200 soldiers (“a company of 100–200 troops”)"' in index
    assert (
        '<th scope="col" title="Figures the sources give: up to 300 soldiers from 2 countries">land</th>'
        in index
    )
    figures = index.split('<h2 id="figures">')[1].split("</section>")[0]
    assert "<li><strong>land</strong>: up to 300 soldiers from 2 countries</li>" in figures
    assert "<li><strong>financing</strong>: 20,000,000 EUR from 1 country</li>" in figures
    assert "offered</span><small>figures</small>" in index
    maps = (tmp_path / "maps.html").read_text(encoding="utf-8")
    land = maps.split('id="map-land"')[1].split("</figure>")[0]
    assert "Figures the sources give: up to 300 soldiers from 2 countries." in land
    assert (tmp_path / "figures.csv").read_text(encoding="utf-8").splitlines() == [
        "country,name,domain,unit,min,max,words",
        "EE,Estonia,land,soldiers,100,200,a company of 100–200 troops",
        "EE,Estonia,financing,EUR,20000000,20000000,€20m",
        "LV,Latvia,land,soldiers,,100,up to 100 soldiers",
    ]
    assert not (FIXTURE / "figures.csv").exists()


def test_without_figures_there_is_no_figures_file(shipped: Path) -> None:
    assert not (shipped / "figures.csv").exists()
    assert 'id="figures"' not in (shipped / "index.html").read_text(encoding="utf-8")
