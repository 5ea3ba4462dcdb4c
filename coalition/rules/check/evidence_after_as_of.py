"""`evidence-after-as-of`: a quote said after the ledger's as_of date, the
cut-off of what it covers (a source published after it is `future-date`)."""

from __future__ import annotations

from coalition.check.context import Check, Context, date_of, evidence_as_written
from coalition.problems import Level, Problem
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="evidence-after-as-of",
    level=Level.WARNING,
    stage="check",
    summary="a quote said after the ledger's as_of date, the cut-off of what it covers",
    rationale=(
        "as_of is the cut-off a release states: the ledger covers what was said up to it. A "
        "quote said later has not been reviewed with the rest. Check its 'date:', or move "
        "as_of forward (coalition as-of) after reviewing the ledger."
    ),
    fail=Example(
        changed(
            "            attribution: reported\n",
            "            attribution: reported\n            date: 2025-09-05\n",
        )
    ),
    passing=Example(BASE),
)


def check_evidence_after_as_of(context: Context) -> list[Problem]:
    """A quote said after `as_of`: the ledger, and a release cut from it,
    would claim to cover a day it does not. (A source published after it is
    `future-date`.)"""
    as_of = date_of(context.data.get("as_of"))
    if as_of is None:
        return []
    problems = []
    for path, evidence in evidence_as_written(context.data):
        said = date_of(evidence.get("date"))
        if said is not None and said > as_of:
            problems.append(
                context.problem(
                    RULE,
                    (*path, "date"),
                    f"said {said.isoformat()}, after the ledger's as_of date {as_of.isoformat()} "
                    "(the cut-off of what it covers)",
                    "check the date, or move as_of forward (coalition as-of) after reviewing "
                    "the ledger",
                )
            )
    return problems


CHECK = Check(check_evidence_after_as_of, (RULE,))
