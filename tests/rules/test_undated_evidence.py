"""`undated-evidence`: a stance none of whose quotes has a known date, so its age was not checked.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.undated_evidence import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            16,
            7,
            "countries.IT.stances.air",
            "no date is known for any quote of this stance, so whether it is stale was not checked",
        ),
    ]
