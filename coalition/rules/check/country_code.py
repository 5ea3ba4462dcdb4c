"""`country-code`: a country key that is not an ISO 3166-1 alpha-2 code.

To a reader this is a mistake in one entry (its stage is `model`), but the
model takes any key; the check runs with the cross-record checks because it
reads the keys as written, so it lives here."""

from __future__ import annotations

from coalition.check.context import Check, Context
from coalition.model.countries import country_code_problem, iso_countries
from coalition.problems import MAX_PER_RULE, Level, Problem
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


def check_country_codes(context: Context) -> list[Problem]:
    problems: list[Problem] = []
    for code in context.section("countries"):
        if code in iso_countries():
            continue
        # Past the first hundred, no suggestions: each costs a search of the
        # names, and nobody reads that many (the report says how many more).
        found = country_code_problem(code, suggest=len(problems) < MAX_PER_RULE)
        if found is not None:
            message, hint = found
            problems.append(context.problem(RULE, ("countries", code), message, hint, at_key=True))
    return problems


CHECK = Check(check_country_codes, (RULE,))
