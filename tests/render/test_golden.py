"""Golden files: the whole report for a ledger with a journalist's typical
mistakes, in every format, exactly as a reader sees it.

Update them after an intended change with `pytest --snapshot-update`, then
read the diff of tests/__snapshots__/ before committing.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from tests.conftest import VALID, run_cli


class TextSnapshot(SingleFileSnapshotExtension):
    _write_mode = WriteMode.TEXT
    file_extension = "txt"


MISTAKES = textwrap.dedent(
    """\
    title: Test ledger
    as_of: 2025-09-04
    sources:
      politico:
        publisher: Politico
        title: Allies ready
        published: 2025-10-01
      spiegel:
        publisher: Der Spiegel
        title: Unused
        published: 2025-09-01
    countries:
      UK:
        group: coalition
        stances:
          land:
            status: comitted
            detail: Troops #1 priority
            evidence:
              - source: politco
                quote: "We will send troops"
      IT:
        group: coalition
        role: [co-host]
        stances:
          airforce:
            status: considering
            evidence:
              - source: politico
                quote: Italy is weighing participating in air patrols
      IT:
        group: partner
    """
)


@pytest.fixture
def mistakes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "contributions.yaml").write_text(MISTAKES, encoding="utf-8")
    (tmp_path / "valid.yaml").write_text(VALID, encoding="utf-8")
    return "contributions.yaml"


@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_report_of_mistakes(mistakes: str, output_format: str, snapshot: SnapshotAssertion) -> None:
    run = run_cli("validate", "--format", output_format, mistakes)
    assert run.exit_code == 1
    assert run.stdout == snapshot(extension_class=TextSnapshot)


def test_report_of_mistakes_in_colour(mistakes: str, snapshot: SnapshotAssertion) -> None:
    run = run_cli("validate", mistakes, env={"FORCE_COLOR": "1", "COLUMNS": "80"})
    assert run.stdout == snapshot(extension_class=TextSnapshot)


def test_report_of_a_valid_ledger(mistakes: str, snapshot: SnapshotAssertion) -> None:
    run = run_cli("validate", "valid.yaml", env={"FORCE_COLOR": "1", "COLUMNS": "80"})
    assert run.exit_code == 0
    assert run.stdout == snapshot(extension_class=TextSnapshot)


# -- summaries --------------------------------------------------------------------

EMPTY_LEDGER = textwrap.dedent(
    """\
    title: A new coalition
    as_of: 2025-09-04
    sources: {}
    countries: {}
    """
)


@pytest.fixture
def summaries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from tests.analyse.test_summary import LEDGER

    monkeypatch.chdir(tmp_path)
    (tmp_path / "contributions.yaml").write_text(LEDGER, encoding="utf-8")
    (tmp_path / "empty.yaml").write_text(EMPTY_LEDGER, encoding="utf-8")
    return tmp_path


VIEWS = {
    "summary": ["summary"],
    "summary-strength": ["summary", "--sort", "strength"],
    "summary-land-refusals": ["summary", "-d", "land", "-s", "ruled_out"],
    "summary-no-match": ["summary", "--status", "delivering"],
    "summary-empty-ledger": ["summary", "-l", "empty.yaml"],
    "show": ["show", "US"],
    "show-no-stance": ["show", "france"],
    "domain": ["domain", "land"],
    "domain-empty": ["domain", "cyber"],
}


@pytest.mark.parametrize("output_format", ["table", "markdown", "csv", "json"])
@pytest.mark.parametrize("view", list(VIEWS))
def test_views_at_80_columns(
    summaries: Path, view: str, output_format: str, snapshot: SnapshotAssertion
) -> None:
    run = run_cli(*VIEWS[view], "--format", output_format, env={"COLUMNS": "80"})
    assert run.exit_code == 0, run.stderr
    if output_format == "table":
        assert all(len(line) <= 80 for line in run.lines)
    assert run.stdout == snapshot(extension_class=TextSnapshot)


@pytest.mark.parametrize("width", ["60", "120"])
def test_summary_at_other_widths(summaries: Path, width: str, snapshot: SnapshotAssertion) -> None:
    run = run_cli("summary", env={"COLUMNS": width})
    assert all(len(line) <= int(width) for line in run.lines)
    assert run.stdout == snapshot(extension_class=TextSnapshot)


def test_summary_in_colour(summaries: Path, snapshot: SnapshotAssertion) -> None:
    run = run_cli("summary", env={"COLUMNS": "80", "FORCE_COLOR": "1"})
    assert "\x1b[" in run.stdout
    assert run.stdout == snapshot(extension_class=TextSnapshot)


# -- diffs ------------------------------------------------------------------------


@pytest.fixture
def history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from tests.analyse.test_diff import make_history

    monkeypatch.chdir(make_history(tmp_path))
    return tmp_path


@pytest.mark.parametrize("output_format", ["table", "markdown", "json", "csv", "oneline"])
def test_diff_at_80_columns(history: Path, output_format: str, snapshot: SnapshotAssertion) -> None:
    run = run_cli("diff", "HEAD~1", "HEAD", "--format", output_format, env={"COLUMNS": "80"})
    assert run.exit_code == 0, run.stderr
    assert run.stdout == snapshot(extension_class=TextSnapshot)


@pytest.mark.parametrize("output_format", ["table", "markdown", "json"])
def test_log_at_80_columns(history: Path, output_format: str, snapshot: SnapshotAssertion) -> None:
    run = run_cli("log", "--format", output_format, env={"COLUMNS": "80"})
    assert run.exit_code == 0, run.stderr
    assert run.stdout == snapshot(extension_class=TextSnapshot)


def test_diff_without_changes(history: Path, snapshot: SnapshotAssertion) -> None:
    run = run_cli("diff", "HEAD", "HEAD", "--format", "markdown")
    assert run.stdout == snapshot(extension_class=TextSnapshot)
