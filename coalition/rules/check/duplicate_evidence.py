"""`duplicate-evidence`: evidence is a set, the same quote from the same
source once per claim (compared as the quote check compares them)."""

from __future__ import annotations

from typing import Any

from coalition.check.context import Check, Context, items_of, stances_as_written, text_of
from coalition.check.quotes import quote_key
from coalition.problems import Level, Problem
from coalition.read.document import Path
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="duplicate-evidence",
    level=Level.ERROR,
    stage="check",
    summary="the same quote from the same source twice in one entry, or one inside the other",
    rationale=(
        "Evidence is a set: a quote counts once however often it is pasted, and a quote that is "
        "part of another from the same source (or contains it) is the same passage, not a "
        "second piece of evidence. Quotes are compared as the quote check compares them (quote "
        "marks, dashes, spacing and '...' for '…' do not matter). Delete the copy, keeping the "
        "longer quote if it says more; to change who said it, edit the first one (`coalition "
        "set` with the same quote, or a part of it, does)."
    ),
    fail=Example(
        changed(
            "            attribution: reported\n",
            "            attribution: reported\n          - source: politico\n"
            "            quote: “Italy is weighing participating in air patrols”\n",
        )
    ),
    passing=Example(BASE),
)


def _holders(context: Context) -> list[tuple[Path, dict[str, Any]]]:
    """Everything that holds evidence: each country (for its group and role)
    and each stance."""
    countries = context.section("countries")
    holders = [
        (("countries", code), country)
        for code, country in countries.items()
        if isinstance(country, dict)
    ]
    return holders + list(stances_as_written(countries))


def check_duplicate_evidence(context: Context) -> list[Problem]:
    """The later of two pieces of evidence with the same source and the same
    words, or words one inside the other."""
    problems = []
    for path, holder in _holders(context):
        # The quotes seen so far, by source: a quote is compared with its own source's.
        seen: dict[str, list[tuple[str, int]]] = {}
        for index, item in items_of(holder.get("evidence")):
            if not isinstance(item, dict):
                continue
            source, quote = text_of(item.get("source")), text_of(item.get("quote"))
            if source is None or quote is None:
                continue
            key = quote_key(quote)
            cited = seen.setdefault(source, [])
            earlier = None
            for other, number in cited:
                if _same(key, other):
                    earlier = other, number
                    break
            if earlier is None:
                cited.append((key, int(index)))
                continue
            other, number = earlier
            how = (
                "the same quote from the same source is already"
                if key == other
                else "this quote is part of"
                if key in other
                else "this quote contains"
            )
            problems.append(
                context.problem(
                    RULE,
                    (*path, "evidence", index),
                    f"{how} evidence {number + 1} of this entry",
                    "delete this copy (keep the longer quote if it says more); to change who said "
                    "it or how the source knows, edit the first one",
                )
            )
    return problems


def _same(one: str, other: str) -> bool:
    """One passage: the same words, or the words of one inside the other's."""
    return one == other or one in other or other in one


CHECK = Check(check_duplicate_evidence, (RULE,))
