"""`duplicate-evidence`: the same quote from the same source twice in one entry.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.duplicate_evidence import RULE
from coalition.rules.examples import changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            22,
            13,
            "countries.IT.stances.air.evidence.1",
            "the same quote from the same source is already evidence 1 of this entry",
        ),
    ]


def test_a_quote_inside_another_from_the_same_source_is_the_same_passage(tmp_path: Path) -> None:
    ledger = changed(
        "            attribution: reported\n",
        "            attribution: reported\n          - source: politico\n"
        '            quote: "weighing participating in air patrols"\n',
    )
    assert reported(RULE, ledger, tmp_path) == [
        (
            22,
            13,
            "countries.IT.stances.air.evidence.1",
            "this quote is part of evidence 1 of this entry",
        )
    ]


def test_a_quote_from_another_source_is_other_evidence(tmp_path: Path) -> None:
    ledger = changed(
        "countries:\n",
        "  spiegel:\n    publisher: Der Spiegel\n    title: T\n    published: 2025-09-03\ncountries:\n",
        changed(
            "            attribution: reported\n",
            "            attribution: reported\n          - source: spiegel\n"
            '            quote: "weighing participating in air patrols"\n',
        ),
    )
    assert reported(RULE, ledger, tmp_path) == []
