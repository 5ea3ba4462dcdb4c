"""`duplicate-key`: the same key twice in one place.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import changed
from coalition.rules.read.duplicate_key import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            17,
            9,
            "countries.IT.stances.air.status",
            "duplicate key 'status': it is already defined at line 16, and YAML would silently keep only the last one",
        ),
    ]


def test_a_repeated_top_level_key_names_the_first(tmp_path: Path) -> None:
    ledger = changed("countries:\n", "as_of: 2025-09-05\ncountries:\n")
    assert reported(RULE, ledger, tmp_path) == [
        (
            8,
            1,
            "as_of",
            "duplicate key 'as_of': it is already defined at line 2, and YAML would silently "
            "keep only the last one",
        ),
    ]
