"""A newsroom's week, in a real git repository: record, over-read, correct with
a reason, supersede a quote, remove a stance, update a source, move as_of.
At each step `diff` and `log` must say the right thing in every format:
corrections marked as such, no false downgrade, no duplicate evidence."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import textwrap
from pathlib import Path

import pytest

from tests.conftest import run_cli

ARCHIVE_ONE = (
    "Italy is weighing participating in air patrols, modeled on NATO's Baltic air policing.\n"
    "We are not sending Finns to the war front in Ukraine.\n"
)
ARCHIVE_TWO = "Rome said on Friday it is ready to take part in the air patrols.\n"

LEDGER = textwrap.dedent(
    """\
    # The desk's ledger.
    title: Week
    as_of: 2025-09-08

    sources:
      one:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
        archive: sources/one.txt

    countries:
      FI:
        group: coalition
        stances:
          land:
            status: ruled_out
            evidence:
              - source: one
                quote: "We are not sending Finns to the war front in Ukraine."

      IT:
        group: coalition
        stances:
          air:
            status: considering
            evidence:
              - source: one
                quote: "Italy is weighing participating in air patrols"
    """
)

QUOTE = "Italy is weighing participating in air patrols"
ENV = {
    "GIT_AUTHOR_NAME": "Desk",
    "GIT_AUTHOR_EMAIL": "desk@example.org",
    "GIT_COMMITTER_NAME": "Desk",
    "GIT_COMMITTER_EMAIL": "desk@example.org",
    "PATH": "/usr/bin:/bin",
}


def git(folder: Path, *args: str, date: str = "2025-09-08T10:00:00") -> None:
    env = {**ENV, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": "2025-12-01T10:00:00"}
    subprocess.run(["git", *args], cwd=folder, check=True, env=env, capture_output=True)


def coalition(ledger: Path, *args: str) -> str:
    run = run_cli(*args, "-l", str(ledger))
    assert run.exit_code == 0, run.stderr
    return run.stderr


def commit(folder: Path, message: str, day: str) -> None:
    git(folder, "add", "-A")
    git(folder, "commit", "-qm", message, date=f"{day}T10:00:00")


def rules_since(ledger: Path) -> set[str]:
    run = run_cli("validate", "--strict", "-f", "json", "--since", "HEAD~1", str(ledger))
    return {p["rule"] for p in json.loads(run.stdout)["problems"]}


def diff(ledger: Path, fmt: str, *extra: str) -> str:
    wide = {"COLUMNS": "300"}  # one change, one line
    run = run_cli("diff", "HEAD~1", "HEAD", "-f", fmt, *extra, "-l", str(ledger), env=wide)
    assert run.exit_code == 0, run.stderr
    return run.stdout


@pytest.fixture(scope="module")
def week(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("desk")
    (folder / "sources").mkdir()
    (folder / "sources" / "one.txt").write_text(ARCHIVE_ONE, encoding="utf-8")
    (folder / "sources" / "two.txt").write_text(ARCHIVE_TWO, encoding="utf-8")
    ledger = folder / "contributions.yaml"
    ledger.write_text(LEDGER, encoding="utf-8")
    git(folder, "init", "-q")
    commit(folder, "Record the Politico article", "2025-09-08")
    return ledger


def test_1_an_over_reading_is_news_at_first(week: Path) -> None:
    # The same quote in curly quotes: evidence is a set, no copy is added.
    changed = coalition(
        week, "set", "IT", "air", "committed", "--source", "one", "--quote", f"“{QUOTE}”"
    )
    said = changed.splitlines()
    assert said[0] == f"{week}: Italy (IT) air: considering → committed ▲"
    # And the edit says at once what a fact-checker would say of it.
    assert len(said) == 2
    assert said[1].endswith(
        "the status says committed; record the weakest status the words "
        "support; if they do bear this status, mark the evidence 'checked: "
        "true' after reading it [status-unsupported]"
    )
    commit(week.parent, "Italy commits", "2025-09-09")
    changes = json.loads(diff(week, "json"))["changes"]
    assert [(c["kind"], c["direction"], c["correction"]) for c in changes] == [
        ("status_changed", "escalation", False)
    ]


def test_2_the_correction_is_not_a_downgrade(week: Path) -> None:
    reason = "the quote supports only 'considering'; 'committed' over-read it"
    coalition(
        week, "set", "IT", "air", "considering", "--source", "one", "--quote", QUOTE,
        "--correction", reason, "--date", "2025-09-10",
    )  # fmt: skip
    commit(week.parent, "Correct Italy", "2025-09-10")
    table = diff(week, "table")
    assert f"air: committed → considering (correction: {reason})" in table
    assert "▼" not in table and "downgrade" not in table
    assert "1 country changed: 1 correction" in table
    markdown = diff(week, "markdown")
    assert "correction: the quote supports only" in markdown and "▼" not in markdown
    document = json.loads(diff(week, "json"))
    status = [c for c in document["changes"] if c["kind"] == "status_changed"]
    assert [(c["correction"], c["reason"]) for c in status] == [(True, reason)]
    assert (document["summary"]["downgrades"], document["summary"]["corrections"]) == (0, 1)
    rows = list(csv.DictReader(io.StringIO(diff(week, "csv"))))
    assert [(r["kind"], r["correction"], r["reason"]) for r in rows] == [
        ("status_changed", "true", reason)
    ]
    assert diff(week, "oneline") == "IT air: committed → considering (correction)\n"
    assert json.loads(diff(week, "json", "--no-corrections"))["changes"] == []
    assert (
        run_cli(
            "diff", "HEAD~1", "HEAD", "--exit-code", "--no-corrections", "-l", str(week)
        ).exit_code
        == 0
    )
    assert "uncorrected-rewrite" not in rules_since(week)


def test_3_a_superseded_quote_is_news(week: Path) -> None:
    coalition(
        week, "add-source", "two", "--publisher", "ANSA", "--title", "Rome ready",
        "--published", "2025-09-12", "--archive", "sources/two.txt",
    )  # fmt: skip
    coalition(
        week, "set", "IT", "air", "offered", "--source", "two", "--quote",
        "Rome said on Friday it is ready to take part in the air patrols", "--replace-evidence",
        "--speaker", "Guido Crosetto", "--attribution", "on_record",
    )  # fmt: skip
    coalition(week, "as-of", "2025-09-12")
    commit(week.parent, "ANSA: Italy ready for air patrols", "2025-09-12")
    changes = json.loads(diff(week, "json"))["changes"]
    kinds = {(c["kind"], c["correction"]) for c in changes}
    assert ("status_changed", False) in kinds
    assert ("evidence_removed", False) in kinds and ("evidence_added", False) in kinds
    # New evidence on the stance explains the removed quote: no silent rewrite.
    assert "uncorrected-rewrite" not in rules_since(week)


def test_4_setting_the_same_quote_again_changes_who_said_it_not_the_evidence(week: Path) -> None:
    said = coalition(
        week, "set", "IT", "air", "offered", "--source", "two", "--quote",
        "Rome said on Friday it is ready to take part in the air patrols", "--speaker", "Giorgia Meloni",
    )  # fmt: skip
    assert said.splitlines() == [
        f"{week}: Italy (IT) air: evidence speaker: “Guido Crosetto” → “Giorgia Meloni”"
    ]
    git(week.parent, "checkout", "-q", "--", "contributions.yaml")


def test_5_a_silent_removal_is_refused_by_strict_validation(week: Path) -> None:
    coalition(week, "remove", "FI", "land")
    run = run_cli("validate", "--strict", "--since", "HEAD", str(week))
    assert run.exit_code == 1
    assert "since HEAD, FI land was removed without a correction or new evidence" in run.stdout
    assert "[uncorrected-rewrite]" in run.stdout
    git(week.parent, "checkout", "-q", "--", "contributions.yaml")


def test_6_a_removal_with_a_reason_is_a_correction(week: Path) -> None:
    reason = "Stubb spoke of the war front, not of troops in Ukraine at large"
    coalition(week, "remove", "Finland", "land", "--correction", reason, "--date", "2025-09-13")
    commit(week.parent, "Correct Finland", "2025-09-13")
    table = diff(week, "table")
    assert f"land: stance removed (was ruled out) (correction: {reason})" in table
    report = run_cli("validate", "-f", "json", "--since", "HEAD~1", str(week)).stdout
    # Finland is left with nothing, the first source uncited and Rome's
    # "on Friday" undated (warnings of their own), but the removal itself is
    # explained.
    assert {p["rule"] for p in json.loads(report)["problems"]} == {
        "no-stance",
        "unused-source",
        "relative-day",
    }


def test_7_a_source_updated_with_a_reason(week: Path) -> None:
    coalition(
        week, "add-source", "one", "--update", "--title", "Ukraine allies ready to commit",
        "--correction", "the headline was shortened", "--date", "2025-09-14",
    )  # fmt: skip
    commit(week.parent, "Correct a headline", "2025-09-14")
    changes = json.loads(diff(week, "json"))["changes"]
    assert [(c["kind"], c["field"], c["correction"]) for c in changes] == [
        ("source_changed", "one.title", True)
    ]


def test_8_as_of_moves_and_a_stance_is_reviewed(week: Path) -> None:
    coalition(week, "as-of", "2026-01-10")
    stale = run_cli("validate", str(week))
    assert "[stale-stance]" in stale.stdout
    coalition(week, "review", "IT", "air", "--on", "2026-01-09")
    report = json.loads(run_cli("validate", "-f", "json", str(week)).stdout)
    assert "stale-stance" not in {p["rule"] for p in report["problems"]}
    commit(week.parent, "Review the ledger", "2026-01-10")
    words = diff(week, "table")
    assert "air: reviewed on 2026-01-09: still holds" in words
    assert "as_of: “2025-09-12” → “2026-01-10”" in words


def test_9_the_log_tells_the_week(week: Path) -> None:
    log = json.loads(run_cli("log", "-f", "json", "-l", str(week)).stdout)
    subjects = [c["subject"] for c in log["commits"]]
    assert subjects == [
        "Review the ledger",
        "Correct a headline",
        "Correct Finland",
        "ANSA: Italy ready for air patrols",
        "Correct Italy",
        "Italy commits",
        "Record the Politico article",
    ]
    # The author date, as git log shows it (the committer date is later).
    assert [c["date"][:10] for c in log["commits"]][-2:] == ["2025-09-09", "2025-09-08"]
    corrected = {c["subject"]: all(ch["correction"] for ch in c["changes"]) for c in log["commits"]}
    assert corrected["Correct Italy"] and corrected["Correct Finland"]
    assert not corrected["Italy commits"]
    table = run_cli("log", "-l", str(week), env={"COLUMNS": "300"}).stdout
    assert "▼" not in table
    assert "correction: the quote supports only" in table
    news = json.loads(run_cli("log", "--no-corrections", "-f", "json", "-l", str(week)).stdout)
    assert "Correct Italy" not in [c["subject"] for c in news["commits"]]
    italy = json.loads(run_cli("log", "Italy", "-f", "json", "-l", str(week)).stdout)
    assert {ch["country"] for c in italy["commits"] for ch in c["changes"]} == {"IT"}
    markdown = run_cli("log", "-f", "markdown", "-l", str(week)).stdout
    assert "(correction: Stubb spoke of the war front" in markdown


def test_10_the_layout_survived_the_week(week: Path) -> None:
    text = week.read_text(encoding="utf-8")
    assert text.startswith("# The desk's ledger.\n")
    assert "\n\n  IT:\n" in text  # the blank line between countries
    assert "\nsources:\n" in text and "    sha256: " in text
    assert "\n\ncountries:\n" in text
    assert text.rstrip().endswith('reason: "the headline was shortened"')
