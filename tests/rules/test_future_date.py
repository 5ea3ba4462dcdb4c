"""`future-date`: a source published after the ledger's as_of date.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.future_date import RULE
from coalition.rules.examples import changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            7,
            16,
            "sources.politico.published",
            "published 2025-09-05, after the ledger's as_of date 2025-09-04",
        ),
    ]


def test_a_source_of_the_day_of_as_of_is_not_in_the_future(tmp_path: Path) -> None:
    ledger = changed(
        "published: 2025-09-04",
        "published: 2025-09-05",
        changed("as_of: 2025-09-04", "as_of: 2025-09-05"),
    )
    assert reported(RULE, ledger, tmp_path) == []
