"""`evidence-after-as-of`: a quote said after the ledger's as_of date, the cut-off of what it covers.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.evidence_after_as_of import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            22,
            19,
            "countries.IT.stances.air.evidence.0.date",
            "said 2025-09-05, after the ledger's as_of date 2025-09-04 (the cut-off of what it covers)",
        )
    ]
