"""`empty`: the file is empty.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.read.empty import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (1, 1, None, "the ledger is empty"),
    ]


def test_a_file_of_comments_only_is_empty(tmp_path: Path) -> None:
    assert reported(RULE, "# nothing yet\n", tmp_path) == [(1, 1, None, "the ledger is empty")]
