"""Releases of the data, and history dated by the news: `coalition release`
on a repository built here, `export sqlite --history` with news dates, and
the exports page's question "which countries changed their land stance since
December, with quotes", asked of it."""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings

from coalition.analyse.release import next_release, release_notes
from coalition.load import load_ledger
from coalition.model.ledger import Ledger, stances_by_column
from scripts.update_docs import QUERIES
from tests.analyse.test_diff import git, ledger, ledgers
from tests.conftest import run_cli

V1 = textwrap.dedent(
    """\
    title: Test coalition
    as_of: 2025-09-04
    sources:
      p:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
    countries:
      DE:
        group: coalition
        stances:
          land:
            status: undecided
            evidence:
              - source: p
                quote: Berlin is reluctant to talk about German boots on the ground
      IT:
        group: coalition
        stances:
          air:
            status: offered
            evidence:
              - source: p
                quote: Italy is weighing air patrols
    """
)

# Built on 26 November 2026 from January's news: Germany moved on land on
# 6 January (the September quote keeps the status it supported), France
# committed on 7 January, and Italy's September entry was over-read.
V2 = textwrap.dedent(
    """\
    title: Test coalition
    as_of: 2026-01-07
    sources:
      p:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
      l:
        publisher: LIGA.net
        title: Merz on troops
        published: 2026-01-06
        date_basis: index
      f:
        publisher: Express & Star
        title: Paris agreement signed
        published: 2026-01-07
    countries:
      DE:
        group: coalition
        stances:
          land:
            status: considering
            evidence:
              - source: p
                quote: Berlin is reluctant to talk about German boots on the ground
                status: undecided
              - source: l
                quote: Germany may deploy troops in a NATO country nearby
      FR:
        group: coalition
        stances:
          land:
            status: committed
            evidence:
              - source: f
                quote: French forces will help to train Ukrainian troops
      IT:
        group: coalition
        stances:
          air:
            status: considering
            evidence:
              - source: p
                quote: Italy is weighing air patrols
    corrections:
      - date: 2026-11-26
        country: IT
        domain: air
        reason: "Recorded as offered; the quote only says weighing"
    """
)


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """V1 committed on 20 November 2025 and released; V2 committed a year
    later, from the news of January 2026."""
    for name, value in {
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_SYSTEM": os.devnull,
        "GIT_COMMITTER_DATE": "2025-11-21T10:00:00",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "contributions.yaml").write_text(V1, encoding="utf-8")
    git(tmp_path, "add", "contributions.yaml")
    git(tmp_path, "commit", "-q", "-m", "First ledger", date="2025-11-20T12:00:00")
    first = run_cli("release")
    assert first.exit_code == 0, first.stderr
    (tmp_path / "contributions.yaml").write_text(V2, encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "January's news", date="2026-11-26T12:00:00")
    return tmp_path


def test_a_release_is_a_numbered_tag_with_notes_in_words(repository: Path) -> None:
    run = run_cli("release")
    assert run.exit_code == 0, run.stderr
    assert "tagged release 2026.1" in run.stderr
    notes = run.stdout
    assert notes.startswith("Release 2026.1: what the sources said up to 2026-01-07\n")
    assert "Changes since release 2025.1 (cut-off 2025-09-04)." in notes
    assert "## Escalations\n\n- Germany, land: undecided → considering (since 2026-01-06)" in notes
    assert "## New stances\n\n- France, land: committed (since 2026-01-07)" in notes
    assert "## Corrections\n\n- Italy, air: Recorded as offered; the quote only says weighing" in (
        notes
    )
    assert "Climb-downs" not in notes  # a correction is never a climb-down
    message = git(repository, "tag", "-l", "--format=%(contents)", "2026.1")
    assert message.strip() == notes.strip()
    # A release is a revision for diff and log.
    diff = run_cli("diff", "2025.1", "2026.1", "-f", "json")
    assert diff.exit_code == 0, diff.stderr
    assert json.loads(diff.stdout)["summary"]["escalations"] == 1
    assert run_cli("release").exit_code == 1  # HEAD is released already


def test_release_refuses_a_dirty_tree_and_a_cut_off_gone_back(repository: Path) -> None:
    ledger = repository / "contributions.yaml"
    ledger.write_text(V2.replace("as_of: 2026-01-07", "as_of: 2025-09-01"), encoding="utf-8")
    dirty = run_cli("release")
    assert dirty.exit_code == 1
    assert "uncommitted changes" in dirty.stderr
    git(repository, "commit", "-q", "-am", "Back in time", date="2026-11-27T12:00:00")
    back = run_cli("release", "--dry-run")
    assert back.exit_code == 1
    assert "as_of 2025-09-01 is before the last release's cut-off 2025-09-04" in back.stderr
    assert "the source l is published 2026-01-06, after as_of 2025-09-01" in back.stderr


def test_release_json_and_dry_run_tag_nothing(repository: Path) -> None:
    run = run_cli("release", "--dry-run", "-f", "json")
    assert run.exit_code == 0, run.stderr
    document = json.loads(run.stdout)
    assert (document["release"], document["previous"]) == ("2026.1", "2025.1")
    assert [s["id"] for s in document["new_sources"]] == ["f", "l"]
    assert git(repository, "tag", "-l", "2026.1") == ""


def test_history_rows_carry_news_date_recorded_date_and_release(
    repository: Path, tmp_path: Path
) -> None:
    assert run_cli("release").exit_code == 0
    database = tmp_path / "coalition.db"
    run = run_cli("export", "sqlite", str(database), "--history")
    assert run.exit_code == 0, run.stderr
    (sql,) = [sql for marker, sql in QUERIES if marker == "<!-- query: since -->"]
    with sqlite3.connect(database) as connection:
        rows = connection.execute(sql).fetchall()
        releases = connection.execute(
            "SELECT country, domain, release, correction FROM stance_history ORDER BY 1, 2, 3"
        ).fetchall()
    assert rows == [
        (
            "Germany",
            "undecided",
            "considering",
            "2026-01-06",
            "2026-11-26",
            "Berlin is reluctant to talk about German boots on the ground"
            " | Germany may deploy troops in a NATO country nearby",
        ),
        (
            "France",
            None,
            "committed",
            "2026-01-07",
            "2026-11-26",
            "French forces will help to train Ukrainian troops",
        ),
    ]
    assert ("IT", "air", "2026.1", 1) in releases
    assert ("DE", "land", "2025.1", 0) in releases
    with sqlite3.connect(database) as connection:
        stance = connection.execute(
            "SELECT status, since, first_seen, last_seen, contradictions FROM stances "
            "WHERE country = 'DE' AND domain = 'land'"
        ).fetchone()
        quotes = connection.execute(
            "SELECT source, status FROM evidence WHERE country = 'DE' ORDER BY id"
        ).fetchall()
    assert stance == ("considering", "2026-01-06", "2025-09-04", "2026-01-06", 0)
    with sqlite3.connect(database) as connection:
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    assert (meta["as_of"], meta["release"]) == ("2026-01-07", "2026.1")
    assert quotes == [("p", "undecided"), ("l", "considering")]


@given(ledgers())
@settings(max_examples=60, deadline=None)
def test_the_notes_of_a_ledger_against_itself_are_empty(text: str) -> None:
    book = ledger(text)
    assert release_notes("2026.2", book, book, "2026.1").empty


@given(ledgers(), ledgers())
@settings(max_examples=60, deadline=None)
def test_the_notes_count_every_moved_stance_once(a: str, b: str) -> None:
    old, new = ledger(a), ledger(b)
    notes = release_notes("2026.2", old, new, "2026.1")
    told = [
        (i.country, i.domain)
        for i in (*notes.new_stances, *notes.escalations, *notes.climb_downs, *notes.withdrawn)
    ]
    assert len(told) == len(set(told))
    moved = {
        (code, column)
        for code in old.countries.keys() | new.countries.keys()
        for column in {"overall", "land", "sea", "air", "cyber", "logistics", "financing"}
        if _status(old, code, column) != _status(new, code, column)
    }
    assert set(told) == moved


def _status(book: Ledger, code: str, column: str) -> str | None:
    country = book.countries.get(code)
    stance = stances_by_column(country).get(column) if country else None
    return stance.status.value if stance else None


def test_the_first_release_tells_everything_as_new(tmp_path: Path) -> None:
    path = tmp_path / "contributions.yaml"
    path.write_text(V2, encoding="utf-8")
    book = load_ledger(path, errors_only=True).ledger
    assert book is not None
    notes = release_notes("2026.1", None, book)
    assert sorted((i.country, i.domain) for i in notes.new_stances) == [
        ("DE", "land"),
        ("FR", "land"),
        ("IT", "air"),
    ]
    assert notes.corrections == ()  # nothing before the first release to correct


def test_release_numbers_count_within_the_cut_off_year() -> None:
    day = datetime.date(2026, 1, 7)
    assert next_release(day, []) == "2026.1"
    assert next_release(day, ["2025.1", "2025.2", "2026.1"]) == "2026.2"
    assert next_release(day, ["2026.9", "2026.10"]) == "2026.11"


def test_diff_since_a_day_is_by_the_news_with_the_recorded_date(repository: Path) -> None:
    run = run_cli("diff", "--since", "2025-12-01", "-f", "json")
    assert run.exit_code == 0, run.stderr
    document = json.loads(run.stdout)
    found = [
        (c["country"], c["kind"], c["old"], c["new"], c["news_date"], c["recorded_on"])
        for c in document["changes"]
    ]
    assert found == [
        ("FR", "stance_added", None, "committed", "2026-01-07", "2026-11-26"),
        ("DE", "status_changed", "undecided", "considering", "2026-01-06", "2026-11-26"),
    ]
    # By the commits, everything moved in November; by the news, nothing did then.
    assert (
        json.loads(run_cli("diff", "--since", "2026-02-01", "-f", "json").stdout)["changes"] == []
    )
    table = run_cli("diff", "--since", "2025-12-01", "-c", "DE", env={"COLUMNS": "200"}).stdout
    assert (
        "land: undecided → considering ▲ (said since 2026-01-06; recorded on 2026-11-26)" in table
    )


def test_diff_wants_old_or_since_not_both(repository: Path) -> None:
    assert run_cli("diff").exit_code == 2
    both = run_cli("diff", "HEAD~1", "--since", "2025-12-01")
    assert both.exit_code == 2
    assert "not both" in both.stderr


def test_log_since_a_release_shows_what_came_after_it(repository: Path) -> None:
    run = run_cli("log", "--since", "2025.1", "-f", "json")
    assert run.exit_code == 0, run.stderr
    assert [c["subject"] for c in json.loads(run.stdout)["commits"]] == ["January's news"]
    missing = run_cli("log", "--since", "2024.1")
    assert missing.exit_code == 2
    assert "there is no release 2024.1" in missing.stderr


def test_the_site_leads_with_what_changed_since_the_last_release(repository: Path) -> None:
    """Before the release, the front page says what changed since 2025.1,
    not yet released; once released, what the release changed, and the
    about page cites each release."""
    run = run_cli("publish", "site")
    assert run.exit_code == 0, run.stderr
    index = (repository / "site" / "index.html").read_text(encoding="utf-8")
    assert "Changes since release 2025.1 (cut-off 2025-09-04), not yet released." in index
    escalations = index.split("<h3>Escalations")[1].split("</ul>")[0]
    assert '<a href="countries/DE.html#land">Germany, land</a>' in escalations
    assert "undecided → ◔ considering" in escalations and 'datetime="2026-01-06"' in escalations
    assert "<h3>Climb-downs" not in index  # a correction is never a climb-down
    assert "Italy, air: Recorded as offered; the quote only says weighing" in index
    about = (repository / "site" / "about.html").read_text(encoding="utf-8")
    assert 'id="cite-unreleased"' in about and 'id="cite-2025.1"' in about
    assert run_cli("release").exit_code == 0
    run = run_cli("publish", "site")
    assert run.exit_code == 0, run.stderr
    index = (repository / "site" / "index.html").read_text(encoding="utf-8")
    assert "Release 2026.1: changes since release 2025.1 (cut-off 2025-09-04)." in index
    assert "(release 2026.1)" in index
    about = (repository / "site" / "about.html").read_text(encoding="utf-8")
    assert 'id="cite-unreleased"' not in about
    record = json.loads((repository / "site" / "cite" / "2026.1.json").read_text(encoding="utf-8"))
    assert record[0]["version"] == "2026.1"
    assert record[0]["note"] == "Version 2026.1; what the sources said up to 2026-01-07"
    assert "@misc{coalition-ledger-2025-1," in (
        repository / "site" / "cite" / "2025.1.bib"
    ).read_text(encoding="utf-8")
