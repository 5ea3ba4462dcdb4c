"""`no-stance`: a country with neither a stance, nor a role, nor evidence of
its group is an entry left unfinished."""

from __future__ import annotations

from coalition.check.context import Check, Context
from coalition.problems import Level, Problem, show_text
from coalition.rules.examples import BASE
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="no-stance",
    level=Level.WARNING,
    stage="check",
    summary="a country with neither a stance, a role, nor evidence of its group",
    rationale=(
        "A country listed with nothing to say about it is an entry left unfinished. Add what "
        "the sources say it does or refuses, or its role, or remove it. A member that a "
        "source's membership list names, with that list as the evidence of its group, is "
        "recorded as what the sources say of it: a member that has not said what it would "
        "contribute."
    ),
    fail=Example(BASE + "  FR:\n    group: other\n"),
    passing=Example(
        BASE
        + "  FR:\n    group: coalition\n    evidence:\n      - source: politico\n"
        + '        quote: "France co-hosted the meeting of the coalition"\n'
    ),
)


def check_countries_have_stances(context: Context) -> list[Problem]:
    return [
        context.problem(
            RULE,
            ("countries", code),
            f"{show_text(code)} has no stance, no role and no evidence of its group",
            "add what the sources say it does (or refuses), or the quote that makes it a member, "
            "or remove the country",
            at_key=True,
        )
        for code, country in context.section("countries").items()
        if isinstance(country, dict)
        and not country.get("overall")
        and not country.get("stances")
        and not country.get("role")
        and not country.get("evidence")
    ]


CHECK = Check(check_countries_have_stances, (RULE,))
