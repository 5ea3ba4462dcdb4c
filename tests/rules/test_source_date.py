"""`source-date`: a source's date is empty without being said to be unknown, given while said to be unknown, or inferred without saying how.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.source_date import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            7,
            5,
            "sources.politico.published",
            "the date is empty, but date_basis does not say it is unknown",
        ),
    ]
