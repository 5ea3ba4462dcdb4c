"""`reported-exceeded`: more countries at a reported figure's status than the figure counts.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.reported_exceeded import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            9,
            12,
            "reported.0.value",
            "the ledger has 1 countries considering or stronger, more than the 0 this figure counts",
        ),
    ]
