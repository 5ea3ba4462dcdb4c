"""`unused-source`: a source that no evidence cites."""

from __future__ import annotations

from coalition.check.context import Check, Context, evidence_as_written, text_of
from coalition.problems import Level, Problem, show_text
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

SECOND_SOURCE = changed(
    "countries:\n",
    "  spiegel:\n    publisher: Der Spiegel\n    title: Berlin weighs air defence\n"
    "    published: 2025-09-03\ncountries:\n",
)

RULE = Rule(
    id="unused-source",
    level=Level.WARNING,
    stage="check",
    summary="a source that no evidence cites",
    rationale=(
        "A source nobody cites is usually a typo in an id, or work left half done. Cite it, or "
        "delete it."
    ),
    fail=Example(SECOND_SOURCE),
    passing=Example(BASE),
)


def check_sources_cited(context: Context) -> list[Problem]:
    cited = {text_of(e.get("source")) for _, e in evidence_as_written(context.data)}
    return [
        context.problem(
            RULE,
            ("sources", source_id),
            f"the source {show_text(source_id)} is never cited",
            "cite it in some evidence, or delete it",
            at_key=True,
        )
        for source_id in context.section("sources")
        if source_id not in cited
    ]


CHECK = Check(check_sources_cited, (RULE,))
