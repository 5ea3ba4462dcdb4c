"""`quote-not-found`: raised by the check in `coalition/check/provenance.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import ARCHIVE, ARCHIVED, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="quote-not-found",
    level=Level.ERROR,
    stage="check",
    summary="a quote is not in the archived copy of its source",
    rationale=(
        "A quote is the source's exact words. Quote marks (straight or curly), dashes and "
        "line breaks do not matter; words left out are marked with '…'. The message says "
        "where the quote departs from the source."
    ),
    fail=Example(
        changed("Italy is weighing participating in", "Italy is considering joining", ARCHIVED),
        files={"sources/politico.txt": ARCHIVE},
    ),
    passing=Example(ARCHIVED, files={"sources/politico.txt": ARCHIVE}),
)
