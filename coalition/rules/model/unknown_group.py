"""`unknown-group`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="unknown-group",
    level=Level.ERROR,
    stage="model",
    summary="a group that is not coalition, partner or other",
    rationale=(
        "The group says where a country stands relative to the coalition: a member "
        "(coalition), an outside partner (partner), or named without being either (other)."
    ),
    fail=Example(changed("group: coalition", "group: coaltion")),
    passing=Example(BASE),
)
