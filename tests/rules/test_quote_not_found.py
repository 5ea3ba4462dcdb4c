"""`quote-not-found`: a quote is not in the archived copy of its source.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.quote_not_found import RULE
from coalition.rules.examples import ARCHIVE, ARCHIVED, changed
from coalition.rules.rule import Example
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            21,
            20,
            "countries.IT.stances.air.evidence.0.quote",
            "this quote is not in the archived text of 'politico': it departs from the source at 'considering joining air patrols'",
        ),
    ]


def test_words_left_out_are_marked_with_an_ellipsis(tmp_path: Path) -> None:
    ledger = changed(
        "Italy is weighing participating in", "Italy is weighing … participating in", ARCHIVED
    )
    example = Example(ledger, files={"sources/politico.txt": ARCHIVE})
    assert reported(RULE, example, tmp_path) == []
