"""`undecided-off-topic`: an undecided stance none of whose quotes speaks of the guarantees.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.undecided_off_topic import RULE
from coalition.rules.examples import BASE, changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the stance is undecided, but no quote speaks of the guarantees, a mission or troops",
        )
    ]


def test_evidence_a_person_checked_is_taken_as_it_is(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"Italy has not yet decided on new sanctions"\n            checked: true',
        changed("status: considering", "status: undecided", BASE),
    )
    assert reported(RULE, ledger, tmp_path) == []
