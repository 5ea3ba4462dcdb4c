"""Diffs as data (diff_ledgers) and through the CLI, with real git repositories."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coalition.analyse.change import Change, Direction, Kind
from coalition.analyse.diff import diff_ledgers, filter_changes
from coalition.load import load_ledger_bytes
from coalition.model.ledger import Ledger
from tests.conftest import run_cli

BEFORE = textwrap.dedent(
    """\
    title: Test coalition
    as_of: 2025-09-04
    sources:
      p:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
    countries:
      IT:
        group: coalition
        stances:
          air:
            status: considering
            evidence:
              - source: p
                quote: Italy is weighing air patrols
      RO:
        group: coalition
        stances:
          land: {status: ruled_out, evidence: [{source: p, quote: No troops}]}
          logistics: {status: offered, evidence: [{source: p, quote: Transport}]}
    """
)

AFTER = textwrap.dedent(
    """\
    title: Test coalition
    as_of: 2025-09-10
    sources:
      p:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
    countries:
      NO:
        group: coalition
        stances:
          sea: {status: offered, evidence: [{source: p, quote: Norway offers ships}]}
      IT:
        group: coalition
        stances:
          air:
            status: committed
            conditions: [ceasefire]
            evidence:
              - source: p
                quote: Italy is weighing air patrols
              - source: p
                quote: Italy commits jets
      RO:
        group: coalition
        stances:
          land: {status: ruled_out, evidence: [{source: p, quote: No troops}]}
    """
)


def ledger(text: str) -> Ledger:
    loaded = load_ledger_bytes(text.encode(), "test.yaml")
    assert loaded.ledger is not None, loaded.problems
    return loaded.ledger


def facts(changes: list[Change]) -> list[tuple[object, ...]]:
    return [
        (c.kind.value, c.country, c.domain, c.field, c.old, c.new, c.direction) for c in changes
    ]


def test_changes_as_data_strongest_news_first() -> None:
    assert facts(diff_ledgers(ledger(BEFORE), ledger(AFTER))) == [
        ("status_changed", "IT", "air", "status", "considering", "committed", Direction.ESCALATION),
        ("condition_added", "IT", "air", "conditions", None, "ceasefire", None),
        ("evidence_added", "IT", "air", "p", None, "Italy commits jets", None),
        ("country_added", "NO", None, None, None, "Norway", None),
        ("stance_added", "NO", "sea", "status", None, "offered", None),
        ("stance_removed", "RO", "logistics", "status", "offered", None, None),
        ("ledger_changed", None, None, "as_of", "2025-09-04", "2025-09-10", None),
    ]


def test_a_status_change_carries_the_evidence_for_its_new_state() -> None:
    change = diff_ledgers(ledger(BEFORE), ledger(AFTER))[0]
    assert [e.quote for e in change.evidence] == [
        "Italy is weighing air patrols",
        "Italy commits jets",
    ]


def test_reordering_and_reformatting_is_no_change() -> None:
    reordered = textwrap.dedent(
        """\
        countries:
          RO:
            stances:
              logistics:
                evidence: [{quote: "Transport", source: p}]
                status: "offered"
              land:
                evidence:
                  - {quote: 'No   troops', source: p}
                status: ruled_out
            group: coalition
          IT:
            stances: {air: {evidence: [{source: p, quote: Italy is weighing air patrols}], status: considering}}
            group: coalition
        sources: {p: {title: Allies ready, published: 2025-09-04, publisher: Politico}}
        as_of: 2025-09-04
        title: "Test coalition"
        """
    )
    assert diff_ledgers(ledger(BEFORE), ledger(reordered)) == []


def test_downgrade() -> None:
    changes = diff_ledgers(ledger(AFTER), ledger(BEFORE))
    status = next(c for c in changes if c.kind is Kind.STATUS_CHANGED)
    assert (status.old, status.new, status.direction) == (
        "committed",
        "considering",
        Direction.DOWNGRADE,
    )


def test_filters() -> None:
    changes = diff_ledgers(ledger(BEFORE), ledger(AFTER))
    assert {c.country for c in filter_changes(changes, countries=["it"])} == {"IT"}
    assert {c.domain for c in filter_changes(changes, domains=["sea"])} == {"sea"}


# -- properties ---------------------------------------------------------------------

STATUSES = ["ruled_out", "undecided", "considering", "offered", "committed", "delivering"]


@st.composite
def ledgers(draw: st.DrawFn) -> str:
    countries = draw(
        st.lists(st.sampled_from(["FR", "GB", "IT", "NO", "PL"]), unique=True, max_size=4)
    )
    lines = [
        "title: T",
        "as_of: 2025-09-04",
        "sources:",
        "  p: {publisher: P, title: T, published: 2025-09-04}",
        "countries:" + ("" if countries else " {}"),
    ]
    for code in countries:
        lines += [f"  {code}:", f"    group: {draw(st.sampled_from(['coalition', 'partner']))}"]
        domains = draw(st.lists(st.sampled_from(["land", "sea", "air"]), unique=True, max_size=3))
        if domains:
            lines.append("    stances:")
        for domain in domains:
            status = draw(st.sampled_from(STATUSES))
            quotes = draw(st.lists(st.sampled_from(["a", "b", "c"]), unique=True, min_size=1))
            conditions = draw(st.lists(st.sampled_from(["ceasefire", "US backstop"]), unique=True))
            evidence = ", ".join(f"{{source: p, quote: {q}}}" for q in quotes)
            lines.append(
                f"      {domain}: {{status: {status}, conditions: {conditions}, evidence: [{evidence}]}}"
            )
    return "\n".join(lines) + "\n"


@given(ledgers())
@settings(max_examples=100, deadline=None)
def test_a_ledger_has_no_changes_from_itself(text: str) -> None:
    assert diff_ledgers(ledger(text), ledger(text)) == []


@given(ledgers(), ledgers())
@settings(max_examples=150, deadline=None)
def test_diff_mirrors_its_reverse(a: str, b: str) -> None:
    forward = diff_ledgers(ledger(a), ledger(b))
    backward = diff_ledgers(ledger(b), ledger(a))
    mirrored = [c.mirrored() for c in forward]
    assert sorted(map(repr, facts(mirrored))) == sorted(map(repr, facts(backward)))


# -- through the command line, with git ------------------------------------------------


def git(repo: Path, *args: str, date: str = "2025-09-04T12:00:00") -> str:
    environment = {
        **os.environ,
        "GIT_AUTHOR_DATE": date,
        "GIT_COMMITTER_DATE": date,
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_SYSTEM": os.devnull,
    }
    result = subprocess.run(
        ["git", *args], cwd=repo, capture_output=True, text=True, check=True, env=environment
    )
    return result.stdout


def make_history(tmp_path: Path) -> Path:
    """A repository with two commits of the ledger: BEFORE on 4 September,
    AFTER on 10 September (tagged v2025-09-10). Fixed names and dates make
    the same commit hashes on every machine."""
    git(tmp_path, "init", "-q", "-b", "main")
    ledger_file = tmp_path / "contributions.yaml"
    ledger_file.write_text(BEFORE, encoding="utf-8")
    git(tmp_path, "add", "contributions.yaml")
    git(tmp_path, "commit", "-q", "-m", "First ledger")
    ledger_file.write_text(AFTER, encoding="utf-8")
    git(tmp_path, "commit", "-q", "-am", "Italy commits", date="2025-09-10T12:00:00")
    git(tmp_path, "tag", "v2025-09-10")
    return tmp_path


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.chdir(make_history(tmp_path))
    yield tmp_path


Cli = Callable[..., object]


def test_diff_revision_against_the_file(repo: Path) -> None:
    run = run_cli("diff", "HEAD~1", "--format", "json")
    assert run.exit_code == 0, run.stderr
    document = json.loads(run.stdout)
    assert (document["old"], document["new"]) == ("HEAD~1:contributions.yaml", "contributions.yaml")
    assert document["changes"][0] == {
        "kind": "status_changed",
        "country": "IT",
        "domain": "air",
        "field": "status",
        "old": "considering",
        "new": "committed",
        "direction": "escalation",
        "correction": False,
    }
    assert document["summary"]["escalations"] == 1


def test_diff_by_date_tag_and_revision_path(repo: Path) -> None:
    by_date = run_cli("diff", "2025-09-05", "v2025-09-10", "-f", "oneline")
    assert by_date.exit_code == 0, by_date.stderr
    assert (
        by_date.stdout == "IT air: considering → committed; +NO; RO −logistics; 3 other changes\n"
    )
    by_path = run_cli("diff", "HEAD~1:contributions.yaml", "HEAD", "-f", "oneline")
    assert by_path.stdout == by_date.stdout


def test_diff_two_files(repo: Path) -> None:
    (repo / "old.yaml").write_text(BEFORE, encoding="utf-8")
    run = run_cli("diff", "old.yaml", "contributions.yaml", env={"COLUMNS": "200"})
    assert run.lines[:2] == [
        "old.yaml → contributions.yaml",
        "3 countries changed: 1 escalation, 1 new country, 1 new stance, 1 stance removed, "
        "3 other changes",
    ]


def test_exit_code_option(repo: Path) -> None:
    assert run_cli("diff", "HEAD~1", "--exit-code").exit_code == 1
    same = run_cli("diff", "HEAD", "--exit-code")
    assert (same.exit_code, same.lines[-1]) == (0, "no changes")


def test_country_and_domain_filters(repo: Path) -> None:
    run = run_cli("diff", "HEAD~1", "-c", "ro", "-f", "csv")
    assert [line.split(",")[2] for line in run.lines[1:]] == ["stance_removed"]
    run = run_cli("diff", "HEAD~1", "-d", "sea", "-f", "oneline")
    assert run.stdout == "NO +sea: offered\n"


@pytest.mark.parametrize(
    "spec",
    ["--output=/tmp/owned:contributions.yaml", "-p", "--upload-pack=touch x"],
)
def test_revisions_that_look_like_options_are_refused(repo: Path, spec: str) -> None:
    run = run_cli("diff", "--", spec)
    assert run.exit_code == 2
    assert "looks like an option" in run.stderr
    assert not Path("/tmp/owned").exists()


def test_unknown_revision_and_missing_path(repo: Path) -> None:
    run = run_cli("diff", "nosuchrev")
    assert (run.exit_code, run.stderr) == (
        2,
        "coalition: 'nosuchrev' is not a file, and there is no revision 'nosuchrev' in this "
        "repository\n",
    )
    run = run_cli("diff", "HEAD:missing.yaml")
    assert (run.exit_code, run.stderr) == (2, "coalition: missing.yaml does not exist in HEAD\n")
    run = run_cli("diff", "2020-01-01")
    assert (run.exit_code, run.stderr) == (
        2,
        "coalition: contributions.yaml has no commit on or before 2020-01-01\n",
    )


def test_outside_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "contributions.yaml").write_text(AFTER, encoding="utf-8")
    run = run_cli("diff", "HEAD~1")
    assert run.exit_code == 2
    assert "is not inside a git repository" in run.stderr


def test_an_invalid_side_is_reported_not_compared(repo: Path) -> None:
    (repo / "contributions.yaml").write_text(
        AFTER.replace("committed", "comitted"), encoding="utf-8"
    )
    run = run_cli("diff", "HEAD")
    assert run.exit_code == 1
    assert run.stdout == ""
    assert "contributions.yaml:17:17: error: countries.IT.stances.air.status:" in run.stderr
    assert "contributions.yaml: not a valid ledger, so it cannot be compared" in run.stderr


def test_log(repo: Path) -> None:
    run = run_cli("log", "-f", "json")
    assert run.exit_code == 0, run.stderr
    commits = json.loads(run.stdout)["commits"]
    assert [(c["date"][:10], c["subject"]) for c in commits] == [
        ("2025-09-10", "Italy commits"),
        ("2025-09-04", "First ledger"),
    ]
    assert commits[0]["changes"][0]["kind"] == "status_changed"
    assert {c["kind"] for c in commits[1]["changes"]} == {
        "country_added",
        "stance_added",
        "source_added",
    }


def test_log_of_one_country_and_since(repo: Path) -> None:
    run = run_cli("log", "no")
    assert [line for line in run.lines if line.startswith("2025")] == [
        f"2025-09-10  {git(repo, 'rev-parse', '--short=7', 'HEAD').strip()}  Italy commits"
    ]
    since = run_cli("log", "--since", "2025-09-05", "-f", "json")
    assert len(json.loads(since.stdout)["commits"]) == 1


def test_log_follows_renames_and_survives_a_broken_version(repo: Path) -> None:
    git(repo, "mv", "contributions.yaml", "ledger.yaml")
    git(repo, "commit", "-q", "-m", "Rename", date="2025-09-11T12:00:00")
    (repo / "ledger.yaml").write_text("title: [broken\n", encoding="utf-8")
    git(repo, "commit", "-q", "-am", "Broken", date="2025-09-12T12:00:00")
    (repo / "ledger.yaml").write_text(
        AFTER.replace("considering", "x").replace("committed", "delivering")
    )
    git(repo, "commit", "-q", "-am", "Fixed", date="2025-09-13T12:00:00")
    run = run_cli("log", "-l", "ledger.yaml", "-f", "json")
    commits = json.loads(run.stdout)["commits"]
    assert [c["subject"] for c in commits] == [
        "Fixed",
        "Broken",
        "Rename",
        "Italy commits",
        "First ledger",
    ]
    assert commits[1]["problem"] == "this version is not a valid ledger (1 errors)"
    assert [(c["kind"], c["old"], c["new"]) for c in commits[0]["changes"]] == [
        ("status_changed", "committed", "delivering")
    ]
    assert commits[2]["changes"] == []


def test_textconv_makes_git_diff_show_facts(repo: Path) -> None:
    (repo / ".gitattributes").write_text("contributions.yaml diff=coalition\n", encoding="utf-8")
    git(repo, "config", "diff.coalition.textconv", f"{sys.executable} -m coalition textconv")
    shown = git(repo, "diff", "HEAD~1", "HEAD", "--", "contributions.yaml")
    changed = [
        line for line in shown.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]
    assert "-IT air: considering" in changed
    assert "+IT air: committed" in changed
    assert "+NO sea: offered" in changed
    patch = git(repo, "log", "-p", "-1", "--", "contributions.yaml")
    assert "+IT air: committed" in patch


def test_textconv_of_a_reformatted_ledger_is_the_same(repo: Path) -> None:
    first = run_cli("textconv", "contributions.yaml").stdout
    (repo / "contributions.yaml").write_text(
        AFTER.replace("title: Test coalition", 'title: "Test coalition"  # quoted'),
        encoding="utf-8",
    )
    assert run_cli("textconv", "contributions.yaml").stdout == first


def test_country_filter_by_name(repo: Path) -> None:
    assert run_cli("diff", "HEAD~1", "-c", "Norway", "-f", "oneline").stdout == "+NO\n"
    assert run_cli("diff", "HEAD~1", "-c", "romania", "-f", "oneline").stdout == "RO −logistics\n"
