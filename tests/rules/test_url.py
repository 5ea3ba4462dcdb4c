"""`url`: a source's url that is not an http:// or https:// address.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.model.url import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert [where[:3] for where in reported(RULE, RULE.fail, tmp_path)] == [
        (8, 10, "sources.politico.url")
    ]
