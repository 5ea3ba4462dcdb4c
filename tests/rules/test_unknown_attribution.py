"""`unknown-attribution`: an attribution that is not on_record, spokesperson, anonymous or reported.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.model.unknown_attribution import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            21,
            26,
            "countries.IT.stances.air.evidence.0.attribution",
            "'reporting' is not a known attribution",
        ),
    ]
