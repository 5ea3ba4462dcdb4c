"""`country-code`: a country key that is not an ISO 3166-1 alpha-2 code.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.country_code import RULE
from coalition.rules.examples import changed
from coalition.rules.rule import Example
from tests.rules.harness import reported, validate


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (9, 3, "countries.ITA", "'ITA' is not an ISO 3166-1 alpha-2 country code"),
    ]


def test_uk_is_not_the_code_of_the_united_kingdom(tmp_path: Path) -> None:
    _, problems = validate(Example(changed("  IT:", "  UK:")), tmp_path)
    assert [(p["line"], p["column"], p["path"], p["hint"]) for p in problems] == [
        (9, 3, "countries.UK", "did you mean 'GB' (United Kingdom)?"),
    ]
