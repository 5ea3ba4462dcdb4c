"""The ledger the repository ships: valid, sourced, and only what its source says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from coalition.load import load_ledger
from coalition.model.vocabulary import Status
from tests.conftest import REPO, run_cli

LEDGER = REPO / "contributions.yaml"
SHARED_SOURCES = REPO.parent / "shared" / "sources"


def test_shipped_ledger_is_valid_even_strictly() -> None:
    run = run_cli("validate", "--strict", "--format", "json", str(LEDGER))
    assert run.exit_code == 0, run.stdout
    # Notes say what a check skipped (a date nobody knows); nothing else is left.
    assert {p["level"] for p in json.loads(run.stdout)["problems"]} <= {"note"}


def test_every_source_has_an_archive_in_the_repository() -> None:
    ledger = load_ledger(LEDGER).ledger
    assert ledger is not None
    for source in ledger.sources.values():
        assert source.archive is not None
        assert (REPO / source.archive).is_file()
        assert source.url is None  # the copy gives none, and none is invented


@pytest.mark.skipif(not SHARED_SOURCES.is_dir(), reason="shared/sources is not beside the repo")
def test_archive_is_the_shared_source_unchanged() -> None:
    for archived in (REPO / "sources").glob("*.txt"):
        assert archived.read_bytes() == (SHARED_SOURCES / archived.name).read_bytes()


def test_countries_are_those_the_article_names_with_a_stance() -> None:
    ledger = load_ledger(LEDGER).ledger
    assert ledger is not None
    assert sorted(ledger.countries) == ["DE", "FI", "FR", "GB", "IT", "PL", "RO", "US"]
    assert ledger.reported[0].value == 26
    us = ledger.countries["US"]
    assert us.group == "partner"
    assert us.stances["land"].status is Status.RULED_OUT  # type: ignore[index]


def test_an_altered_quote_is_caught_at_its_line(tmp_path: Path) -> None:
    text = LEDGER.read_text(encoding="utf-8").replace(
        "We are not sending Finns to the war front", "We are not sending troops to the war front"
    )
    (tmp_path / "sources").mkdir()
    for archived in (REPO / "sources").glob("*.txt"):
        (tmp_path / "sources" / archived.name).write_bytes(archived.read_bytes())
    ledger = tmp_path / "contributions.yaml"
    ledger.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "sending troops" in row)
    run = run_cli("validate", str(ledger))
    assert run.exit_code == 1
    assert run.lines[0].startswith(
        f"{ledger}:{line}:20: error: countries.FI.stances.land.evidence.0.quote:"
    )
    assert "departs from the source at 'troops to the war front in Ukraine.'" in run.lines[0]
