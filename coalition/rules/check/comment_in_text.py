"""`comment-in-text`: raised by the check in `coalition/check/text.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="comment-in-text",
    level=Level.WARNING,
    stage="check",
    summary="a text cut short by ' #', which YAML reads as the start of a comment",
    rationale=(
        "In a text without quotes, a '#' after a space starts a comment: 'Troops #1 priority' "
        "is read as 'Troops'. Put the whole text in double quotes; to write a real comment "
        "after a value, set it off with two spaces."
    ),
    fail=Example(changed("detail: Air patrols", "detail: Air patrols #1 priority")),
    passing=Example(changed("detail: Air patrols", 'detail: "Air patrols #1 priority"')),
)
