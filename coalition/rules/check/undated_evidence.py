"""`undated-evidence`: a note that a stance's age was not checked, because
no quote of it has a known date. Raised by the check of `stale-stance`
(`coalition/rules/check/stale_stance.py`), which finds it in the same pass."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="undated-evidence",
    level=Level.NOTE,
    stage="check",
    summary="a stance none of whose quotes has a known date, so its age was not checked",
    rationale=(
        "A note, never a failure: when a source's date is unknown, whether the stance is stale "
        "cannot be known either, and validate says what it skipped rather than guess. If the "
        "source says when the words were spoken, give the quote its own 'date:'."
    ),
    fail=Example(
        changed("    published: 2025-09-04\n", "    published:\n    date_basis: unknown\n")
    ),
    passing=Example(BASE),
)
