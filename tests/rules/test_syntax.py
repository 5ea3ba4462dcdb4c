"""`syntax`: the file is not valid YAML.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import changed
from coalition.rules.read.syntax import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (17, 28, None, "the ': ' after 'Air patrols' makes YAML read what follows as a new key"),
    ]


def test_an_unclosed_quote_is_reported_where_it_opens(tmp_path: Path) -> None:
    ledger = changed("detail: Air patrols", 'detail: "Air patrols')
    assert reported(RULE, ledger, tmp_path) == [
        (
            17,
            17,
            None,
            "this quoted text is not closed on its line, so YAML read on and got lost at line "
            "20, column 21",
        ),
    ]


def test_a_colon_without_a_space(tmp_path: Path) -> None:
    ledger = changed("    group: coalition", "    group:coalition")
    assert reported(RULE, ledger, tmp_path) == [(10, 10, None, "a space is missing after ':'")]
