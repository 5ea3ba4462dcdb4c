"""`archive`: a source's archived copy is missing, unreadable, or outside the ledger's folder.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.archive import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            8,
            14,
            "sources.politico.archive",
            "cannot read the archive 'sources/politico.txt': No such file or directory",
        ),
    ]
