"""`comment-in-text`: a text cut short by ' #', which YAML reads as the start of a comment.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.comment_in_text import RULE
from coalition.rules.examples import changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            17,
            17,
            "countries.IT.stances.air.detail",
            "the text is cut short at ' #': YAML reads the rest of the line as a comment",
        ),
    ]


def test_a_title_cut_short(tmp_path: Path) -> None:
    ledger = changed("    title: Ukraine allies", "    title: Ukraine #1 allies")
    assert reported(RULE, ledger, tmp_path) == [
        (
            6,
            12,
            "sources.politico.title",
            "the text is cut short at ' #': YAML reads the rest of the line as a comment",
        ),
    ]


def test_a_comment_set_off_by_two_spaces_is_meant(tmp_path: Path) -> None:
    ledger = changed("detail: Air patrols", "detail: Air patrols  # a note")
    assert reported(RULE, ledger, tmp_path) == []
