"""The published site as a reader sees it: the real Chromium from the
system's packages, headless, driven by Playwright, opening the pages from
disk, at a phone's 390 pixels and a desktop's 1280. No console error, no
request to any other host, nothing wider than the window (the matrix
scrolls in its own box, under a fixed country column, and its last column
can be reached), the filters filter and the page works without them,
keyboard users can skip to the content, the maps colour what the ledger
says, axe-core finds no accessibility violation in the light or the dark
scheme; screenshots are left in build/screenshots/ for a person to look at.
Links and anchors are crawled without a browser in tests/render/test_site.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from coalition.analyse.mapping import map_view
from coalition.load import load_ledger
from coalition.render.outlines import _in_frame, outlines
from coalition.render.style import LOOKS
from scripts.screenshot import CHROMIUM, CHROMIUM_FLAGS
from tests.conftest import FIXTURE, FIXTURE_LEDGER, REPO, TOOLS, require

AXE = TOOLS / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "build" / "screenshots"
PAGES = (
    "index.html", "maps.html", "countries.html", "sources.html", "about.html",
    "countries/DE.html", "countries/US.html",
)  # fmt: skip
WIDTHS = (390, 1280)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("site")
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "1767744000"}
    subprocess.run(
        [sys.executable, "-m", "coalition", "publish", str(folder), "-l", "contributions.yaml"],
        cwd=FIXTURE, env=environment, check=True, capture_output=True,
    )  # fmt: skip
    return folder


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    require(Path(CHROMIUM).is_file() or shutil.which(CHROMIUM), f"Chromium ({CHROMIUM})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        require(False, "playwright (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


class Visit:
    """A page opened in a new tab, with what it asked for and complained of."""

    def __init__(
        self,
        browser: Any,
        url: str,
        width: int = 1280,
        scheme: str = "light",
        script: bool = True,
    ) -> None:
        self.context = browser.new_context(
            viewport={"width": width, "height": 844},
            color_scheme=scheme,
            java_script_enabled=script,
        )
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(url)
        self.page.wait_for_load_state("load")

    def close(self) -> None:
        self.context.close()


@pytest.mark.parametrize("page", PAGES)
def test_no_error_and_no_other_host(browser: Any, site: Path, page: str) -> None:
    visit = Visit(browser, (site / page).as_uri())
    assert visit.errors == []
    assert visit.requests and all(url.startswith("file://") for url in visit.requests), (
        visit.requests
    )
    visit.close()


def drawn_in_europe(code: str) -> bool:
    return code in outlines() and _in_frame(outlines()[code].box)


def rgb(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


@pytest.mark.parametrize("column", ["land", "strongest"])
def test_the_standalone_map_fills_each_country_by_its_status(
    browser: Any, site: Path, column: str
) -> None:
    ledger = load_ledger(FIXTURE_LEDGER).ledger
    assert ledger is not None
    view = map_view(ledger, column)
    visit = Visit(browser, (site / "maps" / f"{column}.svg").as_uri())
    assert visit.errors == [] and all(u.startswith("file://") for u in visit.requests)
    for code, status in view.statuses.items():
        fills = visit.page.eval_on_selector_all(
            f"g.{code.lower()}.country", "shapes => shapes.map(s => getComputedStyle(s).fill)"
        )
        panels = 2 if drawn_in_europe(code) else 1  # Europe (if there) and the world
        assert fills == [rgb(LOOKS[status].fill)] * panels, (code, fills)
    named = visit.page.eval_on_selector_all(
        ".europe-panel .labels text", "names => names.map(n => n.textContent)"
    )
    assert "Germany" in named and "France" in named and "Canada" not in named
    uncoloured = visit.page.eval_on_selector_all(
        "g.ru.country", "shapes => shapes.map(s => getComputedStyle(s).fill)"
    )
    assert uncoloured == ["rgb(255, 255, 255)"]  # not recorded: left white
    visit.close()


def test_the_europe_map_names_and_colours_every_recorded_country(browser: Any, site: Path) -> None:
    ledger = load_ledger(FIXTURE_LEDGER).ledger
    assert ledger is not None
    view = map_view(ledger, "land")
    visit = Visit(browser, (site / "maps.html").as_uri())
    shapes = visit.page.eval_on_selector_all(
        "#map-land svg.europe g.country",
        "gs => gs.map(g => [g.querySelector('title').textContent, getComputedStyle(g).fill])",
    )
    named = dict(shapes)
    for code, status in view.statuses.items():
        if code in ("CA", "US", "JP"):
            continue
        key = f"{view.names[code]}: {LOOKS[status].word}"
        assert named.get(key) == rgb(LOOKS[status].fill), (key, named)
    listed = visit.page.eval_on_selector_all(
        "#map-land .map-list li", "items => items.map(li => li.textContent)"
    )
    assert len(listed) == len(ledger.countries)  # every recorded country, beside the map
    assert any(text.startswith("United States:") for text in listed)
    visit.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_each_page_fits_the_window_and_is_photographed(
    browser: Any, site: Path, width: int
) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for page in PAGES:
        for scheme in ("light", "dark") if page == "index.html" else ("light",):
            visit = Visit(browser, (site / page).as_uri(), width=width, scheme=scheme)
            name = page.replace("/", "-").removesuffix(".html")
            path = SCREENSHOTS / f"{name}-{width}-{scheme}.png"
            visit.page.screenshot(path=str(path), full_page=True)
            assert path.stat().st_size > 10_000
            overflow = visit.page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width, (page, scheme, overflow)
            visit.close()


def test_every_column_of_the_matrix_can_be_reached_on_a_phone(browser: Any, site: Path) -> None:
    visit = Visit(browser, (site / "index.html").as_uri(), width=390)
    page = visit.page
    scroller = page.locator("#matrix ~ .scroll")
    heads = page.locator(".matrix thead th")
    names = heads.all_text_contents()
    assert names[0] == "Country" and names[-1] == "financing"
    scroller.evaluate("box => { box.scrollLeft = box.scrollWidth; }")
    box = scroller.bounding_box()
    last = heads.last.bounding_box()
    assert box is not None and last is not None
    assert box["x"] <= last["x"] and last["x"] + last["width"] <= box["x"] + box["width"] + 1
    # The country column stays put while the domains scroll under it.
    first = page.locator(".matrix tbody th").first.bounding_box()
    assert first is not None and abs(first["x"] - box["x"]) < 2
    visit.close()


def test_the_filters_filter_and_the_page_works_without_them(browser: Any, site: Path) -> None:
    ledger = load_ledger(FIXTURE_LEDGER).ledger
    assert ledger is not None
    visit = Visit(browser, (site / "index.html").as_uri())
    page = visit.page
    rows = page.locator(".matrix tbody tr")
    assert rows.count() == len(ledger.countries)
    page.fill("#filter-name", "germ")
    assert page.locator(".matrix tbody tr:visible").all_text_contents()[0].startswith("Germany")
    assert page.locator(".matrix tbody tr:visible").count() == 1
    page.fill("#filter-name", "")
    page.select_option("#filter-domain", "land")
    page.select_option("#filter-status", "ruled_out")
    shown = {
        row.get_attribute("data-code") for row in page.locator(".matrix tbody tr:visible").all()
    }
    expected = {
        code
        for code, country in ledger.countries.items()
        if "land" in country.stances and country.stances["land"].status.value == "ruled_out"  # type: ignore[index]
    }
    assert shown == expected and len(shown) > 1
    assert (
        page.locator("#filter-count").text_content()
        == f"{len(shown)} of {len(ledger.countries)} countries shown"
    )
    visit.close()
    bare = Visit(browser, (site / "index.html").as_uri(), script=False)
    assert bare.page.locator("#filter").is_hidden()
    assert bare.page.locator(".matrix tbody tr:visible").count() == len(ledger.countries)
    bare.close()


def test_the_keyboard_skips_to_the_content_and_reaches_the_matrix(browser: Any, site: Path) -> None:
    visit = Visit(browser, (site / "index.html").as_uri())
    page = visit.page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    assert page.evaluate("getComputedStyle(document.activeElement).left") != "-999px"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"
    focusable = page.evaluate("document.querySelector('.scroll[role=region]').tabIndex")
    assert focusable == 0  # a keyboard can scroll the matrix
    visit.close()


def test_the_matrix_prints_whole(browser: Any, site: Path) -> None:
    visit = Visit(browser, (site / "index.html").as_uri(), width=1280)
    visit.page.emulate_media(media="print")
    assert visit.page.locator("header nav").is_hidden()
    wide = visit.page.evaluate(
        "(() => { const box = document.querySelector('.scroll'); "
        "return box.scrollWidth <= box.clientWidth + 1; })()"
    )
    assert wide
    visit.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page", PAGES)
def test_axe_finds_no_violation(browser: Any, site: Path, page: str, scheme: str) -> None:
    require(AXE.is_file(), "axe-core (npm, in build/tools)")
    visit = Visit(browser, (site / page).as_uri(), scheme=scheme)
    visit.page.add_script_tag(path=str(AXE))
    results = visit.page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: "
        "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
    )
    found = [
        (v["id"], v["impact"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in results["violations"]
    ]
    assert found == []
    assert len(results["passes"]) > 10
    visit.close()
