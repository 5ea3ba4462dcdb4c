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
