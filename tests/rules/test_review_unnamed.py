"""`review-unnamed`: a stance reviewed on the day of a source that never names its country.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.review_unnamed import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            26,
            19,
            "countries.IT.stances.air.reviewed",
            "reviewed on 2025-09-05, the day of roundup, which never names Italy",
        )
    ]
