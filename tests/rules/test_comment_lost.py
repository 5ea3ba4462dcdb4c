"""`comment-lost`: a change would drop a comment the YAML writer cannot keep where it is.

No ledger raises it by itself, so it has no example: a comment is put where
the writer cannot keep it (tests/edit/test_comments.py tries every such place
with every command).
"""

from __future__ import annotations

from coalition.edit.apply import format_ledger
from coalition.rules.edit.comment_lost import RULE
from coalition.rules.examples import changed


def test_a_comment_between_a_key_and_its_value_is_not_dropped_silently() -> None:
    text = changed(
        "        detail: Air patrols\n",
        "        detail:\n          # CMT between key and value\n          Air patrols\n",
    )
    edited = format_ledger(text.encode(), "c.yaml")
    assert edited.new is None
    assert [(p.rule, p.level, p.line, p.column, p.message) for p in edited.problems] == [
        (
            RULE.id,
            RULE.level,
            0,
            0,
            "the change would drop the comment '# CMT between key and value' on line 18, which "
            "the YAML writer cannot keep where it is; move it to a line of its own above the key "
            "it explains, and run the command again",
        )
    ]
