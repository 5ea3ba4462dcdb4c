"""`missing-key`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="missing-key",
    level=Level.ERROR,
    stage="model",
    summary="a key the format requires is missing",
    rationale=(
        "Some keys are needed for an entry to mean anything: a country's group, a stance's "
        "status and evidence, a source's publisher, title and date. Add the key the message "
        "names."
    ),
    fail=Example(changed("    group: coalition\n", "")),
    passing=Example(BASE),
)
