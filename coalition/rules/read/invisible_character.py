"""`invisible-character`: raised by `character_problem` in `coalition/read/characters.py`
and by the line scan in `coalition/read/text.py` (a no-break space as indentation)."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="invisible-character",
    level=Level.ERROR,
    stage="read",
    summary=(
        "an invisible character: zero-width, bidirectional override, or a no-break space "
        "used as indentation"
    ),
    rationale=(
        "An invisible character makes a quote differ from its source while looking the same, "
        "and a bidirectional override can show text in another order than it is read. Delete "
        "it: move the cursor across the column the message names to find it."
    ),
    fail=Example(
        changed("Italy is weighing participating in", "Italy is\u200b weighing participating in")
    ),
    passing=Example(BASE),
)
