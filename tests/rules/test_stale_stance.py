"""`stale-stance`: a stance whose newest evidence is much older than the ledger's as_of date.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.stale_stance import RULE
from coalition.rules.examples import changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            15,
            7,
            "countries.IT.stances.air",
            "the newest evidence is from 2025-09-04, 128 days before as_of (2026-01-10)",
        ),
    ]


STALE = changed("as_of: 2025-09-04", "as_of: 2025-12-10")


def test_the_limit_is_ninety_days_unless_told(tmp_path: Path) -> None:
    assert reported(RULE, STALE, tmp_path) == [
        (
            15,
            7,
            "countries.IT.stances.air",
            "the newest evidence is from 2025-09-04, 97 days before as_of (2025-12-10)",
        ),
    ]
    assert reported(RULE, STALE, tmp_path, "--stale-after", "100") == []


def test_a_stance_reviewed_recently_is_not_stale(tmp_path: Path) -> None:
    ledger = changed(
        "        detail: Air patrols\n",
        "        detail: Air patrols\n        reviewed: 2025-12-01\n",
        STALE,
    )
    assert reported(RULE, ledger, tmp_path) == []
