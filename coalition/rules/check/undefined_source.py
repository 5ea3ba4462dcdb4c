"""`undefined-source`: raised by the check in `coalition/check/references.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="undefined-source",
    level=Level.ERROR,
    stage="check",
    summary="evidence cites a source id that is not defined under 'sources'",
    rationale=(
        "Every quote must say where it comes from. Define the source (add-source), or fix the "
        "id: the message suggests the closest one."
    ),
    fail=Example(changed("          - source: politico", "          - source: politco")),
    passing=Example(BASE),
)
