"""The published site's feed of changes, read by a real feed parser."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import feedparser

from coalition.analyse.feed import ReleaseInfo
from coalition.load import load_ledger
from coalition.render.site import write_site
from tests.analyse.test_timeline import TIMELINE
from tests.cli.test_releases import repository  # noqa: F401 - a fixture
from tests.conftest import run_cli

CORRECTED = TIMELINE + (
    "corrections:\n"
    "  - date: 2026-01-09\n"
    "    country: DE\n"
    "    domain: financing\n"
    '    reason: "Recorded as committed; the article says <prepared> & no more"\n'
)


def _feed(tmp_path: Path, base_url: str = "") -> feedparser.FeedParserDict:
    tmp_path.mkdir(exist_ok=True)
    ledger_file = tmp_path / "contributions.yaml"
    ledger_file.write_text(CORRECTED, encoding="utf-8")
    ledger = load_ledger(ledger_file, errors_only=True).ledger
    assert ledger is not None
    release = ReleaseInfo("2026.1", datetime.date(2026, 1, 10), "Release 2026.1: notes")
    site = tmp_path / "site"
    write_site(ledger, tmp_path, site, releases=[release], base_url=base_url)
    assert '<link rel="alternate" type="application/atom+xml"' in (site / "index.html").read_text(
        encoding="utf-8"
    )
    return feedparser.parse((site / "feed.atom").read_bytes())


def test_the_feed_parses_and_has_an_entry_per_change_correction_and_release(
    tmp_path: Path,
) -> None:
    feed = _feed(tmp_path)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    titles = [(e.title, [t.term for t in e.tags]) for e in feed.entries]
    assert titles == [
        ("Release 2026.1", ["release"]),
        ("Correction: Germany, financing", ["correction"]),
        ("Germany, land: ruled out → considering", ["escalation"]),
        ("Germany, land: undecided → ruled out", ["downgrade"]),
        ("Germany, land: undecided", ["new-stance"]),
        ("Germany, financing: offered", ["new-stance"]),
    ]
    correction = feed.entries[1]
    assert correction.summary == "Recorded as committed; the article says <prepared> & no more"
    assert correction.link == "countries.html#DE-financing"
    assert correction.updated.startswith("2026-01-09")


def test_the_ids_are_stable_tag_uris_under_the_sites_address(tmp_path: Path) -> None:
    first = _feed(tmp_path / "a", "https://news.example.org/ledger/")
    again = _feed(tmp_path / "b", "https://news.example.org/ledger/")
    ids = [e.id for e in first.entries]
    assert ids == [e.id for e in again.entries]
    assert len(set(ids)) == len(ids)
    assert all(i.startswith("tag:news.example.org,") for i in ids)
    assert "tag:news.example.org,2026-01-10:release/2026.1" in ids
    assert first.entries[0].link == "https://news.example.org/ledger/index.html"


def test_publish_puts_the_releases_of_the_repository_in_the_feed(
    repository: Path,  # noqa: F811 - the fixture
    tmp_path: Path,
) -> None:
    assert run_cli("release").exit_code == 0
    run = run_cli("publish", str(tmp_path / "site"), "--base-url", "https://example.org/")
    assert run.exit_code == 0, run.stderr
    feed = feedparser.parse((tmp_path / "site" / "feed.atom").read_bytes())
    assert not feed.bozo
    releases = [e for e in feed.entries if e.title.startswith("Release ")]
    assert [e.title for e in releases] == ["Release 2026.1", "Release 2025.1"]
    assert "## Escalations" in releases[0].summary
    # The site says which release it is, as the exports do.
    assert "(release 2026.1)" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert feed.feed.subtitle.endswith("True as of 2026-01-07 (release 2026.1).")
    assert run_cli("export", "datapackage", str(tmp_path / "data")).exit_code == 0
    package = json.loads((tmp_path / "data" / "datapackage.json").read_text(encoding="utf-8"))
    assert package["release"] == "2026.1"
