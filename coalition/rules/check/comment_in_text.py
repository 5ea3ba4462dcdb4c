"""`comment-in-text`: a free text cut short by an unquoted ' #', which YAML
reads as the start of a comment (the composer notes where, the check says it
for the fields that hold free text)."""

from __future__ import annotations

from coalition.check.context import Check, Context
from coalition.model.fields import free_text_fields
from coalition.problems import Level, Problem
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


_FREE_TEXT = free_text_fields()


def check_text_cut_by_comment(context: Context) -> list[Problem]:
    return [
        context.problem(
            RULE,
            path,
            "the text is cut short at ' #': YAML reads the rest of the line as a comment",
            "if the '#' belongs to the text, put the whole text in double quotes; "
            "if it starts a comment, put two spaces before it",
        )
        for path in context.document.cut_by_comment
        if any(part in _FREE_TEXT for part in path if isinstance(part, str))
    ]


CHECK = Check(check_text_cut_by_comment, (RULE,))
