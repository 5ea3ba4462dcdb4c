"""`schema`: a value of the wrong kind: a text where a list is expected, a list where a set of keys is, a word where a number is.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import changed
from coalition.rules.model.schema import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            18,
            21,
            "countries.IT.stances.air.conditions",
            "expected a list for 'conditions', found the text 'ceasefire'",
        ),
    ]


def test_a_list_where_a_text_is_expected(tmp_path: Path) -> None:
    ledger = changed("    group: coalition\n", "    group: coalition\n    role: [host]\n")
    assert reported(RULE, ledger, tmp_path) == [
        (11, 11, "countries.IT.role", "expected text for 'role', found a list"),
    ]
