"""A figure's bounds as the model reads them, and where a wrong one is reported."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pydantic_core import PydanticCustomError, PydanticKnownError

from coalition.model.amounts import as_number
from coalition.rules.examples import FIGURE, figured
from coalition.rules.rule import Example
from tests.rules.harness import validate


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("100", 100),
        ("1.50", Decimal("1.50")),
        ("2.0", 2),
        (" 12 ", 12),
        (7, 7),
        (1.5, Decimal("1.5")),
    ],
)
def test_bounds_are_whole_numbers_or_decimals(
    text: str | int | float, number: int | Decimal
) -> None:
    found = as_number(text)
    assert found == number and type(found) is type(number)


@pytest.mark.parametrize("text", ["20m", "1,500", "six", "--3", "1" * 5000, "", "1e5", True])
def test_what_is_not_a_number_in_digits_is_refused(text: object) -> None:
    with pytest.raises(PydanticCustomError):
        as_number(text)


def test_a_negative_bound_is_refused_as_negative() -> None:
    with pytest.raises(PydanticKnownError):
        as_number("-3")


@pytest.mark.parametrize(
    ("amount", "where", "message"),
    [
        ("max: 4", "max: 20m", "the text '20m' is not a number"),
        ("max: 4", "min: -4\n            max: 4", "'-4' is negative"),
        ("unit: aircraft", 'unit: ""', "'unit' is empty"),
    ],
)
def test_a_wrong_bound_or_unit_is_reported_at_its_value(
    amount: str, where: str, message: str, tmp_path: Path
) -> None:
    _, problems = validate(Example(figured(FIGURE.replace(amount, where))), tmp_path)
    (found,) = [p for p in problems if p["level"] == "error"]
    key = "unit" if "unit" in where else "max" if "20m" in where else "min"
    assert found["path"] == f"countries.IT.stances.air.amounts.0.{key}"
    assert found["message"] == message
    assert (found["line"], found["column"]) == (
        {"unit": 19, "max": 20, "min": 20}[key],
        {"unit": 19, "max": 18, "min": 18}[key],
    )


def test_missing_words_are_reported_at_the_figure(tmp_path: Path) -> None:
    _, problems = validate(
        Example(figured(FIGURE.replace('            words: "up to four jets"\n', ""))), tmp_path
    )
    (found,) = [p for p in problems if p["level"] == "error"]
    assert (found["rule"], found["line"], found["column"]) == ("missing-key", 19, 13)
    assert found["message"] == "'words' is missing"
