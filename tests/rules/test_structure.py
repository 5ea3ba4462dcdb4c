"""`structure`: the top of the file is not a set of keys.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.read.structure import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            1,
            1,
            None,
            "the ledger must be a set of keys (title, as_of, sources, countries), but this file holds a list",
        ),
    ]


def test_a_single_text(tmp_path: Path) -> None:
    assert reported(RULE, "just a text\n", tmp_path) == [
        (
            1,
            1,
            None,
            "the ledger must be a set of keys (title, as_of, sources, countries), but this file "
            "holds a single text",
        ),
    ]
