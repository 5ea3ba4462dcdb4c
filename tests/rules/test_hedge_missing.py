"""`hedge-missing`: the evidence hedges, and the stance records no hedge.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.hedge_missing import RULE
from coalition.rules.examples import BASE, changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the evidence hedges ('may') but the stance records no hedge",
        )
    ]


def test_a_hedge_in_the_translation_counts(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"L\'Italia potrebbe partecipare"\n            translation: "Italy could take part"',
        BASE,
    )
    assert reported(RULE, ledger, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the evidence hedges ('could') but the stance records no hedge",
        )
    ]


def test_a_refusal_at_this_stage_is_hedged(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"At this stage, Italy is not ready to send its jets to air patrols"',
        changed("status: considering", "status: ruled_out", BASE),
    )
    assert reported(RULE, ledger, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the evidence hedges ('At this stage') but the stance records no hedge",
        )
    ]


def test_the_month_may_is_no_hedge(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"In May, Italy was weighing participating in air patrols"',
        BASE,
    )
    assert reported(RULE, ledger, tmp_path) == []
