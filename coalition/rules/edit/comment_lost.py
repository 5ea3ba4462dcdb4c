"""`comment-lost`: raised by `coalition/edit/apply.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.rule import Rule

RULE = Rule(
    id="comment-lost",
    level=Level.ERROR,
    stage="edit",
    summary="a change would drop a comment the YAML writer cannot keep where it is",
    rationale=(
        "Comments are the desk's notes and are never dropped silently. A few places hold a "
        "comment the YAML writer cannot put back (inside a [list] written on several lines, "
        "between a key and its value on the next line, on a '|' line): the change is refused "
        "and the message names the comment. Move it to a line of its own above the key it "
        "explains, and run the command again."
    ),
)
