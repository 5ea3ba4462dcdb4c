"""`contradiction-unresolved`: sources say different things of one stance
for overlapping dates, and nothing says which the ledger follows.

The timeline itself is derived by `coalition/model/timeline.py` from the
stance as the model reads it; a stance or a source the model refuses is
skipped here (the model has reported it).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from coalition.check.context import Check, Context, stances_as_written
from coalition.model.ledger import Source, Stance
from coalition.model.timeline import Contradiction, Dated, history_of
from coalition.problems import Level, Problem, show_text
from coalition.read.document import Path
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

CONTRADICTED = changed(
    "            attribution: reported\n",
    "            attribution: reported\n"
    "          - source: politico\n"
    '            quote: "Italy is not taking part in air patrols"\n'
    "            speaker: A minister\n"
    "            status: ruled_out\n",
)

RULE = Rule(
    id="contradiction-unresolved",
    level=Level.WARNING,
    stage="check",
    summary=(
        "sources say different things of one stance for overlapping dates, and nothing says "
        "which the ledger follows"
    ),
    rationale=(
        "A quote may carry the status it supported on its date ('status: ruled_out'), so a "
        "stance keeps its history. Two such quotes that disagree on the same day (or one of "
        "them undated, so of any day), from different sources or speakers, are a "
        "contradiction, as is a quote later than every quote for the stance's status: the "
        "stance says which it follows and why, in 'resolution:' ('follows: SOURCE-ID', "
        "'reason: \"…\"'), as Kiel, ACLED and Wikidata record theirs."
    ),
    fail=Example(CONTRADICTED),
    passing=Example(
        changed(
            "        detail: Air patrols\n",
            "        detail: Air patrols\n        resolution:\n          follows: politico\n"
            '          reason: "The government spokesperson speaks for the cabinet"\n',
            CONTRADICTED,
        )
    ),
)


def _sources(context: Context) -> dict[str, Source]:
    found = {}
    for key, value in context.section("sources").items():
        try:
            found[str(key)] = Source.model_validate(value)
        except ValidationError:
            continue
    return found


def _words(quote: Dated) -> str:
    who = ", ".join(
        show_text(part, 40) for part in (quote.evidence.source, quote.evidence.speaker) if part
    )
    when = quote.date.isoformat() if quote.date else "an unknown date"
    return f"{show_text(quote.evidence.quote, 50)} ({who}) says {quote.status.value} on {when}"


def _message(found: Contradiction, status: str) -> tuple[str, str]:
    if found.second is None:
        return (
            f"{_words(found.first)}, later than every quote for the stance's status {status}",
            "if the stance moved, give it the new status (and the older quotes their own "
            "'status:'); if not, say why in 'resolution:' (follows: SOURCE-ID, reason: \"…\")",
        )
    return (
        f"sources contradict each other: {_words(found.first)}; {_words(found.second)}",
        "say which the status follows, and why: 'resolution:' with 'follows: SOURCE-ID' and "
        "'reason: \"…\"'; or give each quote the date it was said, if they were not the same",
    )


def _place(stance_path: Path, stance: dict[str, Any], found: Contradiction) -> Path:
    quote = found.second or found.first
    item = stance["evidence"][quote.position]
    field = "status" if isinstance(item, dict) and "status" in item else "quote"
    return (*stance_path, "evidence", quote.position, field)


def _has_time(stance: dict[str, Any]) -> bool:
    evidence = stance.get("evidence")
    items = evidence if isinstance(evidence, list) else []
    return "resolution" in stance or any(isinstance(i, dict) and "status" in i for i in items)


def check_contradictions(context: Context) -> list[Problem]:
    sources = _sources(context)
    problems = []
    for path, written in stances_as_written(context.section("countries")):
        if not _has_time(written):
            continue  # every quote supports the status: nothing can contradict it
        try:
            stance = Stance.model_validate(written)
        except ValidationError:
            continue
        history = history_of(stance.status, stance.evidence, sources, stance.resolution)
        cited = {e.source for e in stance.evidence}
        if stance.resolution is not None and stance.resolution.follows not in cited:
            problems.append(
                context.problem(
                    RULE,
                    (*path, "resolution", "follows"),
                    f"the resolution follows {show_text(stance.resolution.follows)}, which no "
                    "quote of this stance cites",
                    "follow one of the stance's own sources: " + ", ".join(sorted(cited)),
                )
            )
        for found in history.contradictions:
            if found.resolved:
                continue
            message, hint = _message(found, stance.status.value)
            problems.append(context.problem(RULE, _place(path, written, found), message, hint))
    return problems


CHECK = Check(check_contradictions, (RULE,))
