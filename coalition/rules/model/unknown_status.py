"""`unknown-status`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="unknown-status",
    level=Level.ERROR,
    stage="model",
    summary="a status that is not on the scale",
    rationale=(
        "Statuses are a fixed scale, weakest to strongest: ruled_out, undecided, considering, "
        "offered, committed, delivering. Diffs call a move up the scale an escalation, so a "
        "status must be one of these words, spelt exactly."
    ),
    fail=Example(changed("status: considering", "status: comitted")),
    passing=Example(BASE),
)
