"""`country-not-named`: no quote of a stance names its country.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.country_not_named import RULE
from coalition.rules.examples import changed
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            15,
            7,
            "countries.FI.stances.air",
            "no quote of this stance names Finland: by a name, a demonym, its capital, or a speaker on record for it",
        ),
    ]


def test_a_speaker_on_record_for_the_country_names_it(tmp_path: Path) -> None:
    ledger = changed(
        "            attribution: reported\n",
        "            attribution: reported\n            speaker_country: FI\n",
        changed("  IT:", "  FI:"),
    )
    assert reported(RULE, ledger, tmp_path) == []
