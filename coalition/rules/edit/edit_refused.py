"""`edit-refused`: raised by `coalition/edit/apply.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.rule import Rule

RULE = Rule(
    id="edit-refused",
    level=Level.ERROR,
    stage="edit",
    summary="an edit command cannot make the change as asked",
    rationale=(
        "An edit (set, add-source…) is refused when its result would not be a valid ledger "
        "(the problems of the result are listed with it), when what it would change is not "
        "there (a source id that already exists, a part of the file that is not a set of "
        "keys), or when the file cannot be read. Nothing is written; fix what the message "
        "says and run the command again."
    ),
)
