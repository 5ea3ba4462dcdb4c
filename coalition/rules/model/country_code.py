"""`country-code`: raised by the check in `coalition/check/references.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="country-code",
    level=Level.ERROR,
    stage="model",
    summary="a country key that is not an ISO 3166-1 alpha-2 code",
    rationale=(
        "Countries are keyed by their two-letter ISO code so that every tool (maps, joins "
        "with other data) agrees on who is who: GB, not UK; FR, not FRA or France."
    ),
    fail=Example(changed("  IT:", "  ITA:")),
    passing=Example(BASE),
)
