"""`anchor`: raised by the composer (`coalition/read/compose.py`)."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="anchor",
    level=Level.ERROR,
    stage="read",
    summary="an anchor (&name)",
    rationale=(
        "Anchors and aliases let one part of a file repeat another; a ledger is read by "
        "people, who should see each text where it applies. Write the text out in full."
    ),
    fail=Example(changed("detail: Air patrols", "detail: &patrols Air patrols")),
    passing=Example(BASE),
)
