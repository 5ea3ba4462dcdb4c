"""`review-too-old`: a stance reviewed before its newest evidence.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.review_too_old import RULE
from coalition.rules.examples import BASE, changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            17,
            19,
            "countries.IT.stances.air.reviewed",
            "reviewed on 2025-09-01, before its newest evidence (2025-09-04)",
        )
    ]


def test_a_quote_dated_before_its_source_dates_the_review(tmp_path: Path) -> None:
    ledger = changed(
        "        status: considering\n",
        "        status: considering\n        reviewed: 2025-09-03\n",
        changed(
            "            attribution: reported\n",
            "            attribution: reported\n            date: 2025-09-03\n",
            BASE,
        ),
    )
    assert reported(RULE, ledger, tmp_path) == []
