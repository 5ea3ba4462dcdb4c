"""`unknown-domain`: a domain that is not land, sea, air, cyber, logistics or financing.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.model.unknown_domain import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (15, 7, "countries.IT.stances.airforce", "'airforce' is not a known domain"),
    ]
