"""`no-stance`: a country with neither a stance nor a role is an entry left
unfinished."""

from __future__ import annotations

from coalition.check.context import Check, Context
from coalition.problems import Level, Problem, show_text
from coalition.rules.examples import BASE
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="no-stance",
    level=Level.WARNING,
    stage="check",
    summary="a country with neither a stance nor a role",
    rationale=(
        "A country listed with nothing to say about it is an entry left unfinished. Add what "
        "the sources say it does or refuses, or its role, or remove it."
    ),
    fail=Example(BASE + "  FR:\n    group: other\n"),
    passing=Example(BASE + "  FR:\n    group: other\n    role: co-host\n"),
)


def check_countries_have_stances(context: Context) -> list[Problem]:
    return [
        context.problem(
            RULE,
            ("countries", code),
            f"{show_text(code)} has no stance and no role",
            "add what the sources say it does (or refuses), or remove the country",
            at_key=True,
        )
        for code, country in context.section("countries").items()
        if isinstance(country, dict)
        and not country.get("overall")
        and not country.get("stances")
        and not country.get("role")
    ]


CHECK = Check(check_countries_have_stances, (RULE,))
