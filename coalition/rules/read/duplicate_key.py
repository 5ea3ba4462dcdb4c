"""`duplicate-key`: raised by the composer (`coalition/read/compose.py`)."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="duplicate-key",
    level=Level.ERROR,
    stage="read",
    summary="the same key twice in one place",
    rationale=(
        "YAML silently keeps only the last of two equal keys, so the first entry would vanish "
        "without a word. Merge the two entries into one, or rename one of them."
    ),
    fail=Example(changed("        detail: Air patrols\n", "        status: offered\n")),
    passing=Example(BASE),
)
