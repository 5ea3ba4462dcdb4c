"""`status-understated`: the words bear a stronger status than the one recorded.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.status_understated import RULE
from coalition.rules.examples import BASE, changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the evidence says 'will deploy' (committed); the status says only considering",
        )
    ]


def test_a_refusal_recorded_as_weighing(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"Italy is ruling out sending its jets to the air patrols"',
        BASE,
    )
    assert reported(RULE, ledger, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the evidence refuses ('ruling out'); the status says considering",
        )
    ]


def test_hedged_words_may_be_read_weaker(tmp_path: Path) -> None:
    ledger = changed(
        "        status: considering\n",
        "        status: considering\n        hedge: in principle\n",
        changed(
            '"Italy is weighing participating in air patrols"',
            '"Italy will deploy jets to the air patrols, in principle"',
            BASE,
        ),
    )
    assert reported(RULE, ledger, tmp_path) == []
