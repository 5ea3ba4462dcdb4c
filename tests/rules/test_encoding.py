"""`encoding`: the file is not saved as UTF-8 text.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import BASE
from coalition.rules.read.encoding import RULE
from coalition.rules.rule import Example
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            5,
            20,
            None,
            "the byte 0xE9 is not UTF-8 text (the file was probably saved as Latin-1 or Windows-1252)",
        ),
    ]


def test_utf16_is_named_at_the_start_of_the_file(tmp_path: Path) -> None:
    assert reported(RULE, Example(BASE, encoding="utf-16"), tmp_path) == [
        (1, 1, None, "the file is saved as UTF-16 or UTF-32, not UTF-8"),
    ]
