"""`quote-too-short`: a quote holds too few of the source's words to identify a passage.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.quote_too_short import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            21,
            20,
            "countries.IT.stances.air.evidence.0.quote",
            "the quote 'Italy is weighing … patrols' holds too few of the source's words to identify a passage",
        ),
    ]
