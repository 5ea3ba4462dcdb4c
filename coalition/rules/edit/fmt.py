"""`fmt`: raised by `coalition/edit/apply.py` when formatting would change the data."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.rule import Rule

RULE = Rule(
    id="fmt",
    level=Level.FATAL,
    stage="edit",
    summary="formatting would change what the ledger says, so nothing was written",
    rationale=(
        "`coalition fmt` only changes how the file looks. Before writing, it reads the new "
        "text back and compares it with the old; if they differ, that is a bug in coalition, "
        "not in the ledger: please report it with the file."
    ),
)
