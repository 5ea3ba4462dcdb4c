"""`schema`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="schema",
    level=Level.ERROR,
    stage="model",
    summary=(
        "a value of the wrong kind: a text where a list is expected, a list where a set of "
        "keys is, a word where a number is"
    ),
    rationale=(
        "Each key holds one kind of value. Conditions are a list (one '- item' per line, or "
        "[a, b]); a country, a stance and a source are sets of keys; a reported figure's value "
        "is a whole number."
    ),
    fail=Example(
        changed(
            "        detail: Air patrols\n",
            "        detail: Air patrols\n        conditions: ceasefire\n",
        )
    ),
    passing=Example(
        changed(
            "        detail: Air patrols\n",
            "        detail: Air patrols\n        conditions: [ceasefire]\n",
        )
    ),
)
