"""`source-date`: a source's date is empty without being said to be unknown, given while said to be unknown, or inferred without saying how.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.source_date import RULE
from coalition.rules.examples import changed
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


def test_an_inferred_date_says_how(tmp_path: Path) -> None:
    ledger = changed(
        "    published: 2025-09-04\n", "    published: 2025-09-04\n    date_basis: inferred\n"
    )
    assert reported(RULE, ledger, tmp_path) == [
        (7, 5, "sources.politico.published", "the date is inferred, but nothing says how"),
    ]
