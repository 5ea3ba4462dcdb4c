"""`reported-exceeded`: raised by the check in `coalition/check/desk.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

REPORTED = changed(
    "countries:\n",
    "reported:\n  - value: 0\n    counts: countries committed to air patrols\n"
    "    status: committed\n    source: politico\n"
    '    quote: "Italy is weighing participating in air patrols"\ncountries:\n',
)

RULE = Rule(
    id="reported-exceeded",
    level=Level.WARNING,
    stage="check",
    summary="more countries at a reported figure's status than the figure counts",
    rationale=(
        "A source that counts 26 committed countries allows at most 26 of them in the ledger. "
        "More means a status was over-read, or the figure is out of date."
    ),
    fail=Example(changed("status: considering", "status: committed", REPORTED)),
    passing=Example(REPORTED),
)
