"""`date`: a date that is not written YYYY-MM-DD, or does not exist.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import changed
from coalition.rules.model.date import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (2, 8, "as_of", "'4 September 2025' is not a date"),
    ]


def test_a_day_that_does_not_exist(tmp_path: Path) -> None:
    ledger = changed("published: 2025-09-04", "published: 2025-02-30")
    assert reported(RULE, ledger, tmp_path) == [
        (7, 16, "sources.politico.published", "'2025-02-30' is not a date"),
    ]
