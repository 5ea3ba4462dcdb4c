"""`control-character`: a control character or terminal escape sequence, typed or written as an escape.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import changed
from coalition.rules.read.control_character import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            17,
            17,
            "countries.IT.stances.air.detail",
            "the escape sequence in 'Air patrols\\x1b[31m' makes a control or invisible character",
        ),
    ]


def test_a_typed_control_character_is_named_by_its_code(tmp_path: Path) -> None:
    ledger = changed("detail: Air patrols", "detail: Air\x07patrols")
    assert reported(RULE, ledger, tmp_path) == [(17, 20, None, "control character U+0007")]


def test_an_escape_is_found_in_its_own_text_whatever_else_has_a_backslash(tmp_path: Path) -> None:
    """Only a double-quoted text with a backslash in its own span is searched:
    an innocent escape elsewhere changes nothing, and an escape on the second
    line of a text folded over two lines is still found."""
    ledger = changed(
        "detail: Air patrols",
        'detail: "Air \\"patrols\\""\n        conditions: "Wait\n          \\e[31m"',
    )
    assert reported(RULE, ledger, tmp_path) == [
        (
            18,
            21,
            "countries.IT.stances.air.conditions",
            "the escape sequence in 'Wait \\x1b[31m' makes a control or invisible character",
        ),
    ]
