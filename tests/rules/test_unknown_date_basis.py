"""`unknown-date-basis`: a date_basis that is not stated, url, index, inferred or unknown.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.model.unknown_date_basis import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (8, 17, "sources.politico.date_basis", "'guessed' is not a known date_basis"),
    ]
