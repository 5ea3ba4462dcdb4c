"""`country-not-named`: raised by the check in `coalition/check/claims.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="country-not-named",
    level=Level.WARNING,
    stage="check",
    summary="no quote of a stance names its country",
    rationale=(
        "A quote pasted under the wrong country still passes the quote check. This one wants "
        "each stance's evidence to name its country: by a name ('Finland', 'Suomi'), a demonym "
        "('Finnish', 'Finns'), its capital standing for the government ('Helsinki'), or a "
        "speaker on record for it ('speaker_country: FI'). Names come from pycountry and "
        "countryinfo. A quote that is right without naming it is marked 'checked: true'."
    ),
    fail=Example(changed("  IT:", "  FI:")),
    passing=Example(BASE),
)
