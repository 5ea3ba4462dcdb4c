"""`unknown-domain`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="unknown-domain",
    level=Level.ERROR,
    stage="model",
    summary="a domain that is not land, sea, air, cyber, logistics or financing",
    rationale=(
        "The six domains are the columns of every summary; a stance about the mission as a "
        "whole goes under 'overall', beside 'stances'."
    ),
    fail=Example(changed("      air:", "      airforce:")),
    passing=Example(BASE),
)
