"""`amount-currency`: money written in a figure's unit other than as an ISO
4217 code.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition.model.amounts import money_code
from coalition.rules.examples import FIGURE, figured
from coalition.rules.model.amount_currency import RULE
from tests.rules.harness import reported, validate


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            19,
            19,
            "countries.IT.stances.air.amounts.0.unit",
            "'euros' is money: write its ISO 4217 code",
        )
    ]
    _, problems = validate(RULE.fail, tmp_path)
    assert "write 'unit: EUR'" in problems[0]["hint"]


@pytest.mark.parametrize(
    ("unit", "code"),
    [
        ("euros", "EUR"),
        ("Euro", "EUR"),
        ("€", "EUR"),
        ("eur", "EUR"),
        ("EUR million", "EUR"),
        ("million euros", "EUR"),
        ("US dollars", "USD"),
        ("Canadian dollars", "CAD"),
        ("pounds sterling", "GBP"),
        ("£m", "GBP"),
        ("kroner", "NOK or DKK"),
    ],
)
def test_money_is_told_by_its_words(unit: str, code: str) -> None:
    assert money_code(unit) == code


@pytest.mark.parametrize("unit", ["EUR", "USD", "soldiers", "trainers", "ships", "F-16 jets"])
def test_codes_and_things_are_not_money_to_correct(unit: str) -> None:
    assert money_code(unit) is None


def test_a_unit_that_is_not_money_passes(tmp_path: Path) -> None:
    assert reported(RULE, figured(FIGURE.replace("aircraft", "fighter jets")), tmp_path) == []
