"""`relative-day`: a quote says 'on Tuesday' or 'yesterday', and its evidence has no date.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.relative_day import RULE
from coalition.rules.examples import BASE, changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the quote says 'on Tuesday' but its evidence has no date of its own",
        )
    ]


def test_today_is_the_sources_own_day(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"Italy said today it is weighing participating in air patrols"',
        BASE,
    )
    assert reported(RULE, ledger, tmp_path) == []


def test_yesterday_in_german(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"Italien erwägt seit gestern, sich an Luftpatrouillen zu beteiligen"\n            translation: "Italy has been weighing since yesterday joining air patrols"',
        BASE,
    )
    assert reported(RULE, ledger, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the quote says 'yesterday' but its evidence has no date of its own",
        )
    ]
