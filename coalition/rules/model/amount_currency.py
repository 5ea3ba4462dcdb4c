"""`amount-currency`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words (the model's `Amount` reads money units with
`coalition/model/amounts.py`)."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import FIGURE, figured
from coalition.rules.rule import Example, Rule

_MONEY = (
    FIGURE.replace("up to four jets", "€20m")
    .replace("unit: aircraft", "unit: euros")
    .replace("max: 4", "min: 20000000\n            max: 20000000")
)

RULE = Rule(
    id="amount-currency",
    level=Level.ERROR,
    stage="model",
    summary="money written in a figure's unit other than as an ISO 4217 code",
    rationale=(
        "Totals add only figures of the same unit, so money has one spelling: its ISO 4217 "
        "code, EUR, USD, GBP. 'euros', '€' or 'EUR million' would each be a unit of its own. "
        "Write the whole amount in min and max (20000000 for '€20m'), the unit as the code."
    ),
    fail=Example(figured(_MONEY, "€20m")),
    passing=Example(figured(_MONEY.replace("unit: euros", "unit: EUR"), "€20m")),
)
