"""`group-unsupported`: raised by the check in `coalition/check/desk.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="group-unsupported",
    level=Level.WARNING,
    stage="check",
    summary=(
        "a country in the coalition, or a partner, with no evidence of its own (under --strict)"
    ),
    rationale=(
        "A country's group is a claim like any other: the country's own 'evidence' holds the "
        "quote it rests on ('Italy is among the 26 countries…'). An opt-in check: it runs "
        "with --strict, as newsroom CI does before publishing."
    ),
    fail=Example(
        changed(
            '    evidence:\n      - source: politico\n        quote: "POLITICO reported '
            'earlier this week that Italy is weighing participating"\n    stances:',
            "    stances:",
        )
    ),
    passing=Example(BASE),
)
