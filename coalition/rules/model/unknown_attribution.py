"""`unknown-attribution`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="unknown-attribution",
    level=Level.ERROR,
    stage="model",
    summary="an attribution that is not on_record, spokesperson, anonymous or reported",
    rationale=(
        "The attribution says how the source knows what it says, so a reader can weigh it: a "
        "named official (on_record), a spokesperson, unnamed officials (anonymous), or the "
        "outlet's own reporting (reported)."
    ),
    fail=Example(
        changed("            attribution: reported", "            attribution: reporting")
    ),
    passing=Example(BASE),
)
