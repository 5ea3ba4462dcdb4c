"""The published site as a reader sees it: the real Chromium from the
system's packages, headless, driven by Playwright, opening the pages from
disk. No console error, no request to any other host, every internal link
and anchor resolves, the maps colour what the ledger says, axe-core finds no
serious accessibility violation; screenshots at 1280 and 375 pixels are left
in build/screenshots/ for a person to look at."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urlparse

import pytest

from coalition.analyse.mapping import map_view
from coalition.load import load_ledger
from coalition.render.style import LOOKS
from scripts.screenshot import CHROMIUM, CHROMIUM_FLAGS
from tests.conftest import FIXTURE, FIXTURE_LEDGER, REPO, TOOLS, require

AXE = TOOLS / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "build" / "screenshots"
PAGES = ("index.html", "countries.html", "sources.html")


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

    def __init__(self, browser: Any, url: str, width: int = 1280) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(url)
        self.page.wait_for_load_state("load")


@pytest.mark.parametrize("page", PAGES)
def test_no_error_and_no_other_host(browser: Any, site: Path, page: str) -> None:
    visit = Visit(browser, (site / page).as_uri())
    assert visit.errors == []
    assert visit.requests and all(url.startswith("file://") for url in visit.requests), (
        visit.requests
    )
    visit.page.close()


def test_every_internal_link_and_anchor_resolves(browser: Any, site: Path) -> None:
    ids: dict[str, set[str]] = {}  # each page's ids, read once in the browser

    def ids_of(address: str) -> set[str]:
        if address not in ids:
            visit = Visit(browser, address)
            ids[address] = set(
                visit.page.eval_on_selector_all("[id]", "nodes => nodes.map(n => n.id)")
            )
            visit.page.close()
        return ids[address]

    checked = 0
    for page in PAGES:
        visit = Visit(browser, (site / page).as_uri())
        hrefs = visit.page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
        visit.page.close()
        for href in hrefs:
            if not href.startswith("file://"):
                assert urlparse(href).scheme == "https", href  # a source's own address
                continue
            address, fragment = urldefrag(href)
            assert Path(urlparse(address).path).is_file(), href
            if fragment:
                assert fragment in ids_of(address), href
            checked += 1
    assert checked > 100


def test_each_country_and_stance_has_its_anchor(browser: Any, site: Path) -> None:
    ledger = load_ledger(FIXTURE_LEDGER).ledger
    assert ledger is not None
    visit = Visit(browser, (site / "countries.html").as_uri())
    ids = set(visit.page.eval_on_selector_all("[id]", "nodes => nodes.map(n => n.id)"))
    for code, country in ledger.countries.items():
        assert code in ids
        assert {f"{code}-{d}" for d in country.stances} <= ids
    visit.page.close()


def rgb(colour: str) -> str:
    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgb({r}, {g}, {b})"


@pytest.mark.parametrize("column", ["land", "strongest"])
def test_the_map_fills_each_country_by_its_status(browser: Any, site: Path, column: str) -> None:
    ledger = load_ledger(FIXTURE_LEDGER).ledger
    assert ledger is not None
    view = map_view(ledger, column)
    visit = Visit(browser, (site / "maps" / f"{column}.svg").as_uri())
    assert visit.errors == [] and all(u.startswith("file://") for u in visit.requests)
    for code, status in view.statuses.items():
        fills = visit.page.eval_on_selector_all(
            f"g.{code.lower()}.country", "shapes => shapes.map(s => getComputedStyle(s).fill)"
        )
        assert fills == [rgb(LOOKS[status].fill)] * 2, (code, fills)  # Europe and the world
    uncoloured = visit.page.eval_on_selector_all(
        "g.ru.country", "shapes => shapes.map(s => getComputedStyle(s).fill)"
    )
    assert uncoloured == ["rgb(255, 255, 255)"] * 2
    visit.page.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_screenshots_for_a_person(browser: Any, site: Path, width: int) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for page in PAGES:
        visit = Visit(browser, (site / page).as_uri(), width=width)
        path = SCREENSHOTS / f"{Path(page).stem}-{width}.png"
        visit.page.screenshot(path=str(path), full_page=page == "index.html")
        assert path.stat().st_size > 10_000
        # Nothing wider than the window but the table, which scrolls in its box.
        overflow = visit.page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, (page, overflow)
        visit.page.close()


@pytest.mark.parametrize("page", PAGES)
def test_axe_finds_no_serious_violation(browser: Any, site: Path, page: str) -> None:
    require(AXE.is_file(), "axe-core (npm, in build/tools)")
    visit = Visit(browser, (site / page).as_uri())
    visit.page.add_script_tag(path=str(AXE))
    results = visit.page.evaluate(
        "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}})"
    )
    serious = [
        (v["id"], v["help"], [n["target"] for n in v["nodes"]][:3])
        for v in results["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []
    assert len(results["passes"]) > 10
    visit.page.close()
