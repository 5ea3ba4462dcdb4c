"""`missing-key`: a key the format requires is missing.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import changed
from coalition.rules.model.missing_key import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (9, 3, "countries.IT.group", "'group' is missing"),
    ]


def test_a_stance_without_a_status_is_reported_at_the_stance(tmp_path: Path) -> None:
    ledger = changed("        status: considering\n", "")
    assert reported(RULE, ledger, tmp_path) == [
        (15, 7, "countries.IT.stances.air.status", "'status' is missing"),
    ]
