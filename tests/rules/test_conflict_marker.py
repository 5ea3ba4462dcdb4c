"""`conflict-marker`: git left a merge-conflict marker in the file.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.read.conflict_marker import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (16, 1, None, "git merge conflict marker '<<<<<<<'"),
        (18, 1, None, "git merge conflict marker '======='"),
        (20, 1, None, "git merge conflict marker '>>>>>>>'"),
    ]
