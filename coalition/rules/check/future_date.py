"""`future-date`: raised by the check in `coalition/check/references.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="future-date",
    level=Level.WARNING,
    stage="check",
    summary="a source published after the ledger's as_of date",
    rationale=(
        "as_of says when the ledger was last reviewed as a whole; a source newer than that "
        "has not been reviewed with the rest. Check the date, or move as_of forward after "
        "reviewing the ledger."
    ),
    fail=Example(changed("published: 2025-09-04", "published: 2025-09-05")),
    passing=Example(BASE),
)
