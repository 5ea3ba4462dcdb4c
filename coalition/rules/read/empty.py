"""`empty`: raised by the composer (`coalition/read/compose.py`)."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="empty",
    level=Level.ERROR,
    stage="read",
    summary="the file is empty",
    rationale=(
        "An empty file is not a ledger. Start from the annotated example in "
        "docs/ledger-format.md, or run `coalition init`."
    ),
    fail=Example(""),
    passing=Example(BASE),
)
