"""`status-unsupported`: the status is stronger than any wording in its evidence supports.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.status_unsupported import RULE
from coalition.rules.examples import changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            16,
            17,
            "countries.IT.stances.air.status",
            "the evidence says 'weighing' (considering); the status says committed",
        ),
    ]


def test_evidence_a_person_checked_is_taken_as_it_is(tmp_path: Path) -> None:
    ledger = changed(
        "            attribution: reported\n",
        "            attribution: reported\n            checked: true\n",
        changed("status: considering", "status: committed"),
    )
    assert reported(RULE, ledger, tmp_path) == []
