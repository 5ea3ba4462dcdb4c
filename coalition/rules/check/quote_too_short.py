"""`quote-too-short`: a quote that holds too few of the source's words to
identify a passage (the limits are in `coalition/check/quotes.py`). Raised
by the check of `quote-not-found` (`coalition/rules/check/quote_not_found.py`),
which does not look for such a quote."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import ARCHIVE, ARCHIVED, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="quote-too-short",
    level=Level.ERROR,
    stage="check",
    summary="a quote holds too few of the source's words to identify a passage",
    rationale=(
        "A quote proves what a source says only if it is enough of the source's words to "
        "find one passage: '…', '\"\"' or 'a … a' would be found in almost any text. A quote "
        "checked against an archive holds at least four words, and at least two on each side "
        "of a '…'."
    ),
    fail=Example(
        changed(
            '"Italy is weighing participating in air patrols"',
            '"Italy is weighing … patrols"',
            ARCHIVED,
        ),
        files={"sources/politico.txt": ARCHIVE},
    ),
    passing=Example(ARCHIVED, files={"sources/politico.txt": ARCHIVE}),
)
