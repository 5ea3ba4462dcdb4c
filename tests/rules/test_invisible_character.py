"""`invisible-character`: an invisible character: zero-width, bidirectional override, or a no-break space used as indentation.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import changed
from coalition.rules.read.invisible_character import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            20,
            29,
            None,
            "invisible character U+200B (zero width space): text that looks the same would not match",
        ),
    ]


def test_a_bidirectional_override_is_named(tmp_path: Path) -> None:
    ledger = changed("detail: Air patrols", "detail: Air\u202epatrols")
    assert reported(RULE, ledger, tmp_path) == [
        (
            17,
            20,
            None,
            "bidirectional control character U+202E (right-to-left override): it can make text "
            "display in another order than it is read",
        ),
    ]


def test_a_no_break_space_as_indentation(tmp_path: Path) -> None:
    ledger = changed("    group: coalition", "  \u00a0 group: coalition")
    assert reported(RULE, ledger, tmp_path) == [
        (10, 3, None, "a no-break space is used for indentation"),
    ]
