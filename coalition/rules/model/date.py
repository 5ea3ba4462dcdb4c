"""`date`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="date",
    level=Level.ERROR,
    stage="model",
    summary="a date that is not written YYYY-MM-DD, or does not exist",
    rationale=(
        "Dates are compared (is a source newer than as_of? is a stance stale?), so they are "
        "written one way: 2025-09-04."
    ),
    fail=Example(changed("as_of: 2025-09-04", "as_of: 4 September 2025")),
    passing=Example(BASE),
)
