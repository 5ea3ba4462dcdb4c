"""`amount-range`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words (the model's `Amount` checks its bounds)."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import FIGURE, figured
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="amount-range",
    level=Level.ERROR,
    stage="model",
    summary="a figure with neither bound, or with its min above its max",
    rationale=(
        "A figure is a range: 'min' is the lowest the source gives, 'max' the highest. 'Up to "
        "100 trainers' has only a max, 'at least 100' only a min, and '200 soldiers' both, "
        "equal. A figure with neither is no figure (the words stay in the quote); a min above "
        "its max is a slip that would make every total wrong."
    ),
    fail=Example(figured(FIGURE.replace("max: 4", "min: 6\n            max: 4"))),
    passing=Example(figured()),
)
