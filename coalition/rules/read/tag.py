"""`tag`: raised by the composer (`coalition/read/compose.py`)."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="tag",
    level=Level.ERROR,
    stage="read",
    summary="a YAML tag (a word starting with '!')",
    rationale=(
        "Tags change the type YAML gives a value; a ledger's types are fixed by its format. "
        "Delete the tag."
    ),
    fail=Example(changed("detail: Air patrols", "detail: !!str Air patrols")),
    passing=Example(BASE),
)
