"""`unknown-key`: a key the ledger's format does not have (often a misspelling).

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import changed
from coalition.rules.model.unknown_key import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (17, 9, "countries.IT.stances.air.details", "unknown key 'details'"),
    ]


def test_a_misspelt_top_level_key(tmp_path: Path) -> None:
    ledger = changed("title: Example ledger", "titel: Example ledger")
    assert reported(RULE, ledger, tmp_path) == [(1, 1, "titel", "unknown key 'titel'")]


def test_a_key_with_no_near_spelling(tmp_path: Path) -> None:
    ledger = changed("    group: coalition\n", "    group: coalition\n    colour: blue\n")
    assert reported(RULE, ledger, tmp_path) == [
        (11, 5, "countries.IT.colour", "unknown key 'colour'"),
    ]
