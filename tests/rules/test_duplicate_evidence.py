"""`duplicate-evidence`: the same quote from the same source twice in one entry.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.duplicate_evidence import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            22,
            13,
            "countries.IT.stances.air.evidence.1",
            "the same quote from the same source is already evidence 1 of this entry",
        ),
    ]
