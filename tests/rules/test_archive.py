"""`archive`: a source's archived copy is missing, unreadable, or outside the ledger's folder.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.archive import RULE
from coalition.rules.examples import ARCHIVED, changed
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


def test_an_archive_outside_the_ledger_s_folder(tmp_path: Path) -> None:
    ledger = changed("archive: sources/politico.txt", "archive: ../politico.txt", ARCHIVED)
    assert reported(RULE, ledger, tmp_path) == [
        (
            8,
            14,
            "sources.politico.archive",
            "the archive '../politico.txt' is outside the ledger's folder",
        ),
    ]
