"""`scope-missing`: the evidence bounds where the contribution would be, and the stance records no scope.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.scope_missing import RULE
from coalition.rules.examples import BASE, changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the evidence bounds where ('into Ukraine') but the stance records no scope",
        )
    ]


def test_a_neighbouring_country_bounds_an_offer(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"Italy is ready to deploy jets in a NATO country nearby"',
        changed("status: considering", "status: offered", BASE),
    )
    assert reported(RULE, ledger, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the evidence bounds where ('in a NATO country nearby') but the stance records no scope",
        )
    ]


def test_an_offer_of_troops_to_ukraine_needs_no_scope(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"Italy is ready to send troops to Ukraine"',
        changed("status: considering", "status: offered", BASE),
    )
    assert reported(RULE, ledger, tmp_path) == []
