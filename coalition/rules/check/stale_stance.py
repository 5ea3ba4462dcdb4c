"""`stale-stance`: raised by the check in `coalition/check/desk.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="stale-stance",
    level=Level.WARNING,
    stage="check",
    summary="a stance whose newest evidence is much older than the ledger's as_of date",
    rationale=(
        "Positions move. A stance resting only on old reporting may no longer hold: find newer "
        "reporting, or check that it still holds. The limit is --stale-after DAYS (90 by "
        "default)."
    ),
    fail=Example(changed("as_of: 2025-09-04", "as_of: 2026-01-10")),
    passing=Example(BASE),
)
