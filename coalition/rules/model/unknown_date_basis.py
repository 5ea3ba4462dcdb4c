"""`unknown-date-basis`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="unknown-date-basis",
    level=Level.ERROR,
    stage="model",
    summary="a date_basis that is not stated, url, index, inferred or unknown",
    rationale=(
        "date_basis says how a source's date is known, so that a reader can weigh it: the text "
        "states it, the page's address gives it, the page was indexed with it, it was inferred "
        "(say how in date_note), or it is unknown (leave published empty)."
    ),
    fail=Example(
        changed(
            "    published: 2025-09-04\n",
            "    published: 2025-09-04\n    date_basis: guessed\n",
        )
    ),
    passing=Example(
        changed("    published: 2025-09-04\n", "    published: 2025-09-04\n    date_basis: url\n")
    ),
)
