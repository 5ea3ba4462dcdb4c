"""`stale-stance`: a stance whose newest evidence is much older than the
ledger's as_of date. The same pass finds the stances none of whose quotes has
a known date, and says so with `undated-evidence` (its module holds the
rule)."""

from __future__ import annotations

from coalition.check.context import Check, Context, date_of, items_of, stances_as_written, text_of
from coalition.problems import Level, Problem
from coalition.read.document import Path
from coalition.rules.check.undated_evidence import RULE as UNDATED_EVIDENCE
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="stale-stance",
    level=Level.WARNING,
    stage="check",
    summary="a stance whose newest evidence is much older than the ledger's as_of date",
    rationale=(
        "Positions move. A stance resting only on old reporting may no longer hold: find newer "
        "reporting, or check that it still holds. The limit is --stale-after DAYS (90 by "
        "default)."
    ),
    fail=Example(changed("as_of: 2025-09-04", "as_of: 2026-01-10")),
    passing=Example(BASE),
)


def check_stale_stances(context: Context) -> list[Problem]:
    as_of = date_of(context.data.get("as_of"))
    if as_of is None:
        return []
    published = {
        source_id: date_of(source.get("published"))
        for source_id, source in context.section("sources").items()
        if isinstance(source, dict)
    }
    problems = []
    for path, stance in stances_as_written(context.section("countries")):
        # Only evidence citing a defined source: an undefined one is an error already.
        dates = [
            date_of(item.get("date")) or published[text_of(item.get("source")) or ""]
            for _, item in items_of(stance.get("evidence"))
            if isinstance(item, dict) and (text_of(item.get("source")) or "") in published
        ]
        newest = max((d for d in dates if d is not None), default=None)
        reviewed = date_of(stance.get("reviewed"))
        if reviewed is not None and (as_of - reviewed).days <= context.stale_after:
            continue  # a person checked recently that it still holds
        if newest is None:
            if dates:
                problems.append(_undated(context, path))
            continue
        age = (as_of - newest).days
        if age > context.stale_after:
            problems.append(
                context.problem(
                    RULE,
                    path,
                    f"the newest evidence is from {newest.isoformat()}, {age} days before as_of "
                    f"({as_of.isoformat()})",
                    "find newer reporting, or check that the stance still holds and mark it "
                    f"reviewed (`coalition review`); the limit is {context.stale_after} days "
                    "(--stale-after)",
                    at_key=True,
                )
            )
    return problems


def _undated(context: Context, path: Path) -> Problem:
    return context.problem(
        UNDATED_EVIDENCE,
        path,
        "no date is known for any quote of this stance, so whether it is stale was not checked",
        "nothing to fix if the dates are really unknown; a quote's own 'date:' counts if the "
        "source says when it was said",
        at_key=True,
    )


CHECK = Check(check_stale_stances, (RULE, UNDATED_EVIDENCE))
