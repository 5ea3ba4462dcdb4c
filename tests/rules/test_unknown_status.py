"""`unknown-status`: a status that is not on the scale.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import changed
from coalition.rules.model.unknown_status import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (16, 17, "countries.IT.stances.air.status", "'comitted' is not a known status"),
    ]


def test_statuses_are_spelt_exactly(tmp_path: Path) -> None:
    ledger = changed("status: considering", "status: Considering")
    assert reported(RULE, ledger, tmp_path) == [
        (16, 17, "countries.IT.stances.air.status", "'Considering' is not a known status"),
    ]
