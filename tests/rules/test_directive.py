"""`directive`: a YAML directive ('%' at the start of a line).

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.read.directive import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (1, 1, None, "a YAML directive ('%' at the start of a line): a ledger needs none"),
    ]
