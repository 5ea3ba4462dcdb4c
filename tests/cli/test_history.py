"""diff and log on histories that move, and from where people stand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.analyse.test_diff import AFTER, BEFORE, git, make_history
from tests.conftest import run_cli


def test_diff_by_revision_follows_a_moved_ledger(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_history(tmp_path)
    (tmp_path / "data").mkdir()
    git(tmp_path, "mv", "contributions.yaml", "data/ledger.yaml")
    git(tmp_path, "commit", "-q", "-m", "Move the ledger", date="2025-09-11T12:00:00")
    monkeypatch.chdir(tmp_path)
    run = run_cli("diff", "HEAD~2", "-f", "json", "-l", "data/ledger.yaml")
    assert run.exit_code == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["old"] == "HEAD~2:contributions.yaml"
    assert [c["kind"] for c in document["changes"]][:1] == ["status_changed"]


def test_diff_and_log_work_from_a_subfolder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_history(tmp_path)
    (tmp_path / "sources").mkdir()
    monkeypatch.chdir(tmp_path / "sources")
    run = run_cli("diff", "HEAD~1", "-f", "json", "-l", "../contributions.yaml")
    assert run.exit_code == 0, run.stderr
    assert json.loads(run.stdout)["summary"]["escalations"] == 1
    log = run_cli("log", "-f", "json", "-l", "../contributions.yaml")
    assert [c["subject"] for c in json.loads(log.stdout)["commits"]] == [
        "Italy commits",
        "First ledger",
    ]


def test_diff_of_two_copies_whose_archives_are_elsewhere(tmp_path: Path) -> None:
    """Archive checks belong to validate: a diff compares what two copies say,
    and says that their quotes were not checked."""
    archived = "    published: 2025-09-04\n    archive: sources/missing.txt\n"
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(BEFORE.replace("    published: 2025-09-04\n", archived, 1), encoding="utf-8")
    new.write_text(AFTER.replace("    published: 2025-09-04\n", archived, 1), encoding="utf-8")
    assert run_cli("validate", str(new)).exit_code == 1  # the archive is missing
    run = run_cli("diff", str(old), str(new), "-f", "json")
    assert run.exit_code == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["summary"]["escalations"] == 1
    assert document["notes"] == [
        "quotes were compared as written, not checked against their archived sources "
        "(coalition validate checks them)"
    ]
    table = run_cli("diff", str(old), str(new), env={"COLUMNS": "200"}).stdout
    assert table.rstrip().endswith(
        "note: quotes were compared as written, not checked against their archived sources "
        "(coalition validate checks them)"
    )


@pytest.mark.parametrize("date", ["0000-00-00", "2025-09-00", "2025-02-30"])
def test_an_impossible_date_is_a_usage_error(tmp_path: Path, date: str) -> None:
    make_history(tmp_path)
    run = run_cli("diff", date, "-l", str(tmp_path / "contributions.yaml"))
    assert run.exit_code == 2
    assert f"'{date}' is not a date that exists" in run.stderr


def test_an_unknown_country_is_a_usage_error_not_no_changes(tmp_path: Path) -> None:
    make_history(tmp_path)
    ledger = str(tmp_path / "contributions.yaml")
    run = run_cli("diff", "HEAD~1", "-c", "Itly", "-l", ledger)
    assert run.exit_code == 2
    assert "did you mean Italy (IT)?" in run.stderr
    uk = run_cli("diff", "HEAD~1", "-c", "Italy", "-f", "json", "-l", ledger)
    assert {c["country"] for c in json.loads(uk.stdout)["changes"]} == {"IT"}
