"""`undefined-source`: evidence cites a source id that is not defined under 'sources'.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.undefined_source import RULE
from coalition.rules.examples import changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            19,
            21,
            "countries.IT.stances.air.evidence.0.source",
            "the source 'politco' is not defined under 'sources'",
        ),
    ]


def test_an_id_like_no_other(tmp_path: Path) -> None:
    ledger = changed("          - source: politico", "          - source: zzz")
    assert reported(RULE, ledger, tmp_path) == [
        (
            19,
            21,
            "countries.IT.stances.air.evidence.0.source",
            "the source 'zzz' is not defined under 'sources'",
        ),
    ]
