"""`alias`: raised by the composer (`coalition/read/compose.py`)."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="alias",
    level=Level.ERROR,
    stage="read",
    summary="an alias (*name)",
    rationale=(
        "An alias repeats a part of the file defined elsewhere with an anchor; a reader of "
        "the ledger would not see what it stands for. Write the text out in full."
    ),
    fail=Example(changed("    group: coalition", "    group: *group")),
    passing=Example(BASE),
)
