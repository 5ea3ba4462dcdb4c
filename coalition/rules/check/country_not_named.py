"""`country-not-named`: no piece of a stance's evidence names its country (by
a name, a demonym, a capital, or a speaker on record for it), so a quote
pasted under the wrong country is caught."""

from __future__ import annotations

from coalition.check.context import Check, Context, text_of
from coalition.check.reading import Stance, claimed, stances
from coalition.model.countries import country_name, iso_countries
from coalition.model.names import names_any
from coalition.problems import Level, Problem
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


def _named(stance: Stance, code: str) -> bool:
    """Whether a piece of the stance's evidence names the country, or has
    a speaker on record for it."""
    if any(text_of(item.get("speaker_country")) == code for _, item in stance.evidence):
        return True
    return names_any(code, [text for _, texts in stance.texts for text in texts])


def check_country_named(context: Context) -> list[Problem]:
    problems = []
    for path, stance in stances(context):
        code = stance.code
        if not claimed(stance) or code not in iso_countries():
            continue
        if _named(stance, code):
            continue
        problems.append(
            context.problem(
                RULE,
                path,
                f"no quote of this stance names {country_name(code)}: by a name, a demonym, its "
                "capital, or a speaker on record for it",
                "check that the quote is about this country; if the speaker speaks for it, say "
                f"'speaker_country: {code}'; if it is right as it is, mark the evidence "
                "'checked: true'",
                at_key=True,
            )
        )
    return problems


CHECK = Check(check_country_named, (RULE,))
