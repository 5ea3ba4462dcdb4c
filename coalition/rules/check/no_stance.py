"""`no-stance`: raised by the check in `coalition/check/desk.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="no-stance",
    level=Level.WARNING,
    stage="check",
    summary="a country with neither a stance nor a role",
    rationale=(
        "A country listed with nothing to say about it is an entry left unfinished. Add what "
        "the sources say it does or refuses, or its role, or remove it."
    ),
    fail=Example(BASE + "  FR:\n    group: coalition\n"),
    passing=Example(BASE + "  FR:\n    group: other\n    role: co-host\n"),
)
