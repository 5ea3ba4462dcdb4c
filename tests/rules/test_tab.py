"""`tab`: a tab character.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import changed
from coalition.rules.read.tab import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (10, 1, None, "tab character: YAML allows only spaces for indentation and spacing"),
    ]


def test_a_tab_inside_a_value_is_found_at_its_column(tmp_path: Path) -> None:
    ledger = changed("detail: Air patrols", "detail: Air\tpatrols")
    assert reported(RULE, ledger, tmp_path) == [
        (17, 20, None, "tab character: YAML allows only spaces for indentation and spacing"),
    ]
