"""`joint-statement`: an offer or commitment rests only on a joint statement or a list of attendees.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.joint_statement import RULE
from coalition.rules.examples import BASE, changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "the only evidence is a joint act ('signed a statement'), which every signatory shares; it does not make this country committed on its own",
        )
    ]


def test_the_countrys_own_words_beside_it_settle_it(tmp_path: Path) -> None:
    ledger = changed(
        '"Italy is weighing participating in air patrols"',
        '"Italy and the other allies in the coalition signed a statement pledging air patrols"',
        changed(
            "            attribution: reported\n",
            '            attribution: reported\n          - source: politico\n            quote: "Italy has committed four jets to the air patrols"\n            speaker: Guido Crosetto\n            attribution: on_record\n',
            changed("status: considering", "status: committed", BASE),
        ),
    )
    assert reported(RULE, ledger, tmp_path) == []
