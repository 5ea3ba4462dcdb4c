"""`source-date`: raised by the check in `coalition/check/references.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="source-date",
    level=Level.ERROR,
    stage="check",
    summary=(
        "a source's date is empty without being said to be unknown, given while said to be "
        "unknown, or inferred without saying how"
    ),
    rationale=(
        "An unknown date is said, never guessed: leave 'published' empty and write "
        "'date_basis: unknown'. A date deduced from the text ('on Tuesday') is 'inferred', and "
        "'date_note' says how; the checks that use dates skip what they cannot know and say so."
    ),
    fail=Example(changed("    published: 2025-09-04\n", "    published:\n")),
    passing=Example(
        changed("    published: 2025-09-04\n", "    published:\n    date_basis: unknown\n")
    ),
)
