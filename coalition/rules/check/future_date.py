"""`future-date`: a source published after the ledger's as_of date."""

from __future__ import annotations

from coalition.check.context import Check, Context, date_of
from coalition.problems import Level, Problem
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="future-date",
    level=Level.WARNING,
    stage="check",
    summary="a source published after the ledger's as_of date",
    rationale=(
        "as_of says when the ledger was last reviewed as a whole; a source newer than that "
        "has not been reviewed with the rest. Check the date, or move as_of forward after "
        "reviewing the ledger."
    ),
    fail=Example(changed("published: 2025-09-04", "published: 2025-09-05")),
    passing=Example(BASE),
)


def check_dates(context: Context) -> list[Problem]:
    as_of = date_of(context.data.get("as_of"))
    if as_of is None:
        return []
    problems = []
    for source_id, source in context.section("sources").items():
        published = date_of(source.get("published")) if isinstance(source, dict) else None
        if published is not None and published > as_of:
            problems.append(
                context.problem(
                    RULE,
                    ("sources", source_id, "published"),
                    f"published {published.isoformat()}, after the ledger's as_of date "
                    f"{as_of.isoformat()}",
                    "check the date, or move as_of forward after reviewing the ledger",
                )
            )
    return problems


CHECK = Check(check_dates, (RULE,))
