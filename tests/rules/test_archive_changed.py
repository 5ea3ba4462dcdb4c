"""`archive-changed`: an archived copy changed since its SHA-256 was recorded.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.archive_changed import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            9,
            13,
            "sources.politico.sha256",
            "the archive changed since it was recorded: its SHA-256 is now 08788e838362…, not 000000000000…",
        ),
    ]
