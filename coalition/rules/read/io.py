"""`io`: raised by `coalition/load.py` when the file cannot be read at all."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="io",
    level=Level.FATAL,
    stage="read",
    summary="the file cannot be read (it does not exist, is a folder, or is too large)",
    rationale=(
        "Nothing can be checked in a file that cannot be read. Check the path, or name the "
        "ledger with --ledger PATH or the COALITION_LEDGER variable. The exit status is 2, "
        "as for any usage error."
    ),
    fail=Example(None),
    passing=Example(BASE),
)
