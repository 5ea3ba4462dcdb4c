"""`overall-inconsistent`: the overall status disagrees with the domains.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.overall_inconsistent import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            15,
            15,
            "countries.IT.overall.status",
            "overall is considering, weaker than its committed air stance",
        )
    ]
