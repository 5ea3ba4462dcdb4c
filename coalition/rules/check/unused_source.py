"""`unused-source`: raised by the check in `coalition/check/references.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

SECOND_SOURCE = changed(
    "countries:\n",
    "  spiegel:\n    publisher: Der Spiegel\n    title: Berlin weighs air defence\n"
    "    published: 2025-09-03\ncountries:\n",
)

RULE = Rule(
    id="unused-source",
    level=Level.WARNING,
    stage="check",
    summary="a source that no evidence cites",
    rationale=(
        "A source nobody cites is usually a typo in an id, or work left half done. Cite it, or "
        "delete it."
    ),
    fail=Example(SECOND_SOURCE),
    passing=Example(BASE),
)
