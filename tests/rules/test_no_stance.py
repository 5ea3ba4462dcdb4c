"""`no-stance`: a country with neither a stance nor a role.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.no_stance import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (22, 3, "countries.FR", "'FR' has no stance, no role and no evidence of its group"),
    ]


def test_a_member_named_by_a_membership_list_is_recorded(tmp_path: Path) -> None:
    assert RULE.passing is not None
    assert reported(RULE, RULE.passing, tmp_path) == []
