"""`undefined-source`: evidence cites a source id that is not defined."""

from __future__ import annotations

from coalition.check.context import Check, Context, evidence_as_written, text_of
from coalition.model.suggest import did_you_mean
from coalition.problems import Level, Problem, show_text
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="undefined-source",
    level=Level.ERROR,
    stage="check",
    summary="evidence cites a source id that is not defined under 'sources'",
    rationale=(
        "Every quote must say where it comes from. Define the source (add-source), or fix the "
        "id: the message suggests the closest one."
    ),
    fail=Example(changed("          - source: politico", "          - source: politco")),
    passing=Example(BASE),
)


def check_sources_defined(context: Context) -> list[Problem]:
    sources = context.section("sources")
    problems = []
    for path, evidence in evidence_as_written(context.data):
        source = text_of(evidence.get("source"))
        if source is None or source in sources:
            continue
        guess = did_you_mean(source, sources)
        hint = (
            f"did you mean {show_text(guess)}?"
            if guess
            else "add it under 'sources' (publisher, title, published), or fix the id"
        )
        problems.append(
            context.problem(
                RULE,
                (*path, "source"),
                f"the source {show_text(source)} is not defined under 'sources'",
                hint,
            )
        )
    return problems


CHECK = Check(check_sources_defined, (RULE,))
