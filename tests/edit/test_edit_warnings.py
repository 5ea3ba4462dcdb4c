"""An edit says at once what a fact-checker would stop at in its change,
and what `--replace-evidence` leaves behind."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.conftest import run_cli
from tests.edit.test_edit import shipped

LIGA = "liga-net-2026-01-06"
MERZ = (
    "At this stage, Germany is not ready to send its troops to Ukraine after the ceasefire, but "
    "it may deploy them in a NATO country nearby."
)


def test_set_prints_the_warnings_its_change_brings_and_no_others(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli(
        "set", "CA", "land", "considering", "--source", "castanet-2026-01-06",
        "--quote", 'putting Canadian troops on the ground is just a "possibility" at this stage',
        "--hedge", "", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    warnings = [line for line in run.stderr.splitlines() if ": warning: " in line]
    # The ledger had warnings of its own before (Canada's overall among
    # them): only the one this change brings is said.
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{path}:")
    assert "countries.CA.stances.land.evidence.0: the evidence hedges ('possibility'" in warnings[0]
    assert warnings[0].endswith("[hedge-missing]")


def test_an_edit_that_brings_no_warning_says_none(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli("set", "DE", "land", "considering", "--source", LIGA, "--quote", MERZ,
                  "--hedge", "at this stage; may", "-l", str(path))  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert ": warning: " not in run.stderr


def test_replacing_the_evidence_drops_the_review_and_says_what_stays(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    before = yaml.safe_load(path.read_text(encoding="utf-8"))["countries"]["DE"]["stances"]
    assert before["land"]["reviewed"] and before["land"]["scope"]
    run = run_cli("set", "DE", "land", "considering", "--source", LIGA, "--quote", MERZ,
                  "--replace-evidence", "-l", str(path))  # fmt: skip
    assert run.exit_code == 0, run.stderr
    land = yaml.safe_load(path.read_text(encoding="utf-8"))["countries"]["DE"]["stances"]["land"]
    assert "reviewed" not in land
    assert land["scope"] == before["land"]["scope"]
    assert (
        f"{path}: note: scope {before['land']['scope']!r} was the old evidence's and stays; check "
        "it against the new quote (--scope '' removes it)"
    ) in run.stderr.splitlines()


def test_replacing_the_evidence_with_a_new_scope_says_nothing_of_it(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli("set", "DE", "land", "considering", "--source", LIGA, "--quote", MERZ,
                  "--replace-evidence", "--scope", "in a NATO country nearby", "-l", str(path))  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert "note: scope" not in run.stderr
