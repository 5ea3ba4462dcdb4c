"""`role-missing`: the evidence gives the country a lead, and the country records no role.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.role_missing import RULE
from coalition.rules.examples import BASE, changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the evidence gives the country a lead ('take the lead') but the country records no role",
        )
    ]


def test_a_refusal_to_lead_is_no_role(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"Italy will not take the lead and is ruling out sending its jets"',
        changed("status: considering", "status: ruled_out", BASE),
    )
    assert reported(RULE, ledger, tmp_path) == []
