"""`edit-refused`: an edit command cannot make the change as asked.

No ledger raises it by itself, so it has no example: an edit that cannot
be made is asked for here.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.edit.edit_refused import RULE
from coalition.rules.examples import BASE


def test_an_edit_that_cannot_be_made_is_refused_with_its_rule(tmp_path: Path) -> None:
    from coalition.edit.apply import apply_edit
    from coalition.edit.sources import add_source

    data = BASE.encode()

    def again(text: str) -> str:
        fields: dict[str, str | None] = {"publisher": "P", "title": "T", "published": "2025-09-04"}
        return add_source(text, "politico", fields)

    edited = apply_edit(data, "c.yaml", None, again, lambda change: True)
    assert edited.new is None
    assert [(p.rule, p.level) for p in edited.problems] == [(RULE.id, RULE.level)]
    assert "already defined" in edited.problems[0].message
