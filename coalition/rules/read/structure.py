"""`structure`: raised by `coalition/load.py` when the top of the file is not a set of keys."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="structure",
    level=Level.ERROR,
    stage="read",
    summary="the top of the file is not a set of keys",
    rationale=(
        "A ledger starts with the keys title, as_of, sources and countries; a file that is a "
        "list or a single text is something else. Start from the annotated example in "
        "docs/ledger-format.md, or run `coalition init`."
    ),
    fail=Example("- IT\n- FR\n"),
    passing=Example(BASE),
)
