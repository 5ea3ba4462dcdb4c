"""`group-unsupported`: a country in the coalition, or a partner, with no evidence of its own (under --strict).

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.group_unsupported import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            10,
            12,
            "countries.IT.group",
            "nothing supports 'IT' being coalition: the country has no evidence of its own",
        ),
    ]
