"""`invisible-character`: an invisible character: zero-width, bidirectional override, or a no-break space used as indentation.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

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
