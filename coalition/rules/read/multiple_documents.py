"""`multiple-documents`: raised by the composer (`coalition/read/compose.py`)."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="multiple-documents",
    level=Level.ERROR,
    stage="read",
    summary="a second YAML document ('---') in the file",
    rationale=(
        "A ledger is one document; what follows a second '---' would be ignored by readers "
        "that take the first. Delete the '---' line and merge what follows into the ledger."
    ),
    fail=Example(BASE + "---\ntitle: Another ledger\n"),
    passing=Example(BASE),
)
