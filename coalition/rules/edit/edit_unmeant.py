"""`edit-unmeant`: raised by `coalition/edit/apply.py` when an edit changes more than asked."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.rule import Rule

RULE = Rule(
    id="edit-unmeant",
    level=Level.FATAL,
    stage="edit",
    summary="an edit would change more than it was asked to, so nothing was written",
    rationale=(
        "Every edit is compared, as data, with the ledger before it; a change it was not asked "
        "to make is a bug in coalition, not in the ledger: please report it with the command "
        "you ran."
    ),
)
