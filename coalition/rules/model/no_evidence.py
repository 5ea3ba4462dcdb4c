"""`no-evidence`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="no-evidence",
    level=Level.ERROR,
    stage="model",
    summary="a stance without evidence",
    rationale=(
        "Every stance rests on the words of a source. Add at least one '- source: ID' with "
        "its 'quote'."
    ),
    fail=Example(
        changed(
            '        evidence:\n          - source: politico\n            quote: "Italy is '
            'weighing participating in air patrols"\n            attribution: reported\n',
            "        evidence: []\n",
        )
    ),
    passing=Example(BASE),
)
