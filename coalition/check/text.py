"""Texts cut short by an unquoted ' #', which YAML reads as a comment."""

from __future__ import annotations

from coalition.check.context import Context, check
from coalition.model.fields import free_text_fields
from coalition.problems import Level, Problem

_FREE_TEXT = free_text_fields()


@check("comment-in-text")
def check_text_cut_by_comment(context: Context) -> list[Problem]:
    return [
        context.problem(
            path,
            Level.WARNING,
            "the text is cut short at ' #': YAML reads the rest of the line as a comment",
            "if the '#' belongs to the text, put the whole text in double quotes; "
            "if it starts a comment, put two spaces before it",
            rule="comment-in-text",
        )
        for path in context.document.cut_by_comment
        if any(part in _FREE_TEXT for part in path if isinstance(part, str))
    ]
