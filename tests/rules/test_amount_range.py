"""`amount-range`: a figure with neither bound, or with its min above its max.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.examples import FIGURE, figured
from coalition.rules.model.amount_range import RULE
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            21,
            18,
            "countries.IT.stances.air.amounts.0.max",
            "'min' (6) is more than 'max' (4)",
        )
    ]


def test_a_figure_without_bounds_is_reported_at_the_figure(tmp_path: Path) -> None:
    ledger = figured(FIGURE.replace("            max: 4\n", ""))
    assert reported(RULE, ledger, tmp_path) == [
        (19, 13, "countries.IT.stances.air.amounts.0", "the figure has neither 'min' nor 'max'")
    ]


def test_decimals_are_compared_as_numbers(tmp_path: Path) -> None:
    ledger = figured(FIGURE.replace("max: 4", "min: 10.5\n            max: 9.75"))
    assert reported(RULE, ledger, tmp_path) == [
        (21, 18, "countries.IT.stances.air.amounts.0.max", "'min' (10.5) is more than 'max' (9.75)")
    ]


def test_a_point_and_an_open_range_are_figures(tmp_path: Path) -> None:
    point = figured(FIGURE.replace("max: 4", "min: 4\n            max: 4"))
    at_least = figured(FIGURE.replace("max: 4", "min: 4"))
    assert reported(RULE, point, tmp_path) == []
    assert reported(RULE, at_least, tmp_path) == []
