"""`group-unsupported`: a country said to be in the coalition, or a partner,
on whose word? (Opt-in: only under --strict.)"""

from __future__ import annotations

from coalition.check.context import Check, Context, items_of
from coalition.problems import Level, Problem, show_text
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="group-unsupported",
    level=Level.WARNING,
    stage="check",
    summary=(
        "a country in the coalition, or a partner, with no evidence of its own (under --strict)"
    ),
    rationale=(
        "A country's group is a claim like any other: the country's own 'evidence' holds the "
        "quote it rests on ('Italy is among the 26 countries…'). An opt-in check: it runs "
        "with --strict, as newsroom CI does before publishing."
    ),
    fail=Example(
        changed(
            '    evidence:\n      - source: politico\n        quote: "POLITICO reported '
            'earlier this week that Italy is weighing participating"\n    stances:',
            "    stances:",
        )
    ),
    passing=Example(BASE),
)


def check_groups_supported(context: Context) -> list[Problem]:
    if not context.strict:
        return []
    return [
        context.problem(
            RULE,
            ("countries", code, "group"),
            f"nothing supports {show_text(code)} being {country.get('group')}: the country "
            "has no evidence of its own",
            "add a quote that says so under the country's 'evidence' (what the group or role "
            "rests on), or change the group",
        )
        for code, country in context.section("countries").items()
        if isinstance(country, dict)
        and str(country.get("group")) in ("coalition", "partner")
        and not items_of(country.get("evidence"))
    ]


CHECK = Check(check_groups_supported, (RULE,))
