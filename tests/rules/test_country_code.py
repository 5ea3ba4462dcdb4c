"""`country-code`: a country key that is not an ISO 3166-1 alpha-2 code.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.country_code import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (9, 3, "countries.ITA", "'ITA' is not an ISO 3166-1 alpha-2 country code"),
    ]
