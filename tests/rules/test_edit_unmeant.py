"""`edit-unmeant`: an edit would change more than it was asked to, so nothing was written.

No ledger raises it by itself, so it has no example: a careless edit is
made here.
"""

from __future__ import annotations

from coalition.edit.apply import apply_edit
from coalition.rules.edit.edit_unmeant import RULE
from coalition.rules.examples import BASE


def test_an_edit_that_changes_what_it_was_not_asked_to_is_refused() -> None:
    def careless(text: str) -> str:
        return text.replace("considering", "committed")

    edited = apply_edit(BASE.encode(), "c.yaml", None, careless, lambda change: False)
    assert edited.new is None
    assert [(p.rule, p.level, p.line, p.column) for p in edited.problems] == [
        (RULE.id, RULE.level, 0, 0)
    ]
    assert "would change more than was asked" in edited.problems[0].message
