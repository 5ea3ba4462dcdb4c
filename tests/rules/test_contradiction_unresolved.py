"""`contradiction-unresolved`: sources say different things of one stance for overlapping dates, and nothing says which the ledger follows.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.contradiction_unresolved import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            25,
            21,
            "countries.IT.stances.air.evidence.1.status",
            "sources contradict each other: 'Italy is weighing participating in air patrols' ('politico') says considering on 2025-09-04; 'Italy is not taking part in air patrols' ('politico', 'A minister') says ruled_out on 2025-09-04",
        )
    ]
