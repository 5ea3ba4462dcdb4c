"""`outlet-forecast`: the stance rests on the outlet's own forecast or reading, with nobody speaking.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.outlet_forecast import RULE
from coalition.rules.examples import BASE, changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            19,
            13,
            "countries.IT.stances.air.evidence.0",
            "nobody speaks in the evidence, and 'is expected to' is the outlet's forecast or reading, not the country's stance",
        )
    ]


def test_a_speaker_makes_it_the_countrys_words(tmp_path: Path) -> None:
    ledger = changed(
        "        status: considering\n",
        "        status: considering\n        hedge: likely\n",
        changed(
            "attribution: reported",
            "attribution: on_record",
            changed(
                '"Italy is weighing participating in air patrols"',
                '"Italy is likely to weigh joining the air patrols, Meloni said"\n            speaker: Giorgia Meloni',
                BASE,
            ),
        ),
    )
    assert reported(RULE, ledger, tmp_path) == []
