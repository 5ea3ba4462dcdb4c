"""`reported-exceeded`: a source that counts 26 committed countries allows at
most 26 of them."""

from __future__ import annotations

from coalition.check.context import Check, Context, items_of, stances_as_written
from coalition.model.vocabulary import Status
from coalition.problems import Level, Problem
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

REPORTED = changed(
    "countries:\n",
    "reported:\n  - value: 1\n    counts: countries weighing air patrols\n"
    "    status: considering\n    source: politico\n"
    '    quote: "Italy is weighing participating in air patrols"\ncountries:\n',
)

RULE = Rule(
    id="reported-exceeded",
    level=Level.WARNING,
    stage="check",
    summary="more countries at a reported figure's status than the figure counts",
    rationale=(
        "A source that counts 26 committed countries allows at most 26 of them in the ledger. "
        "More means a status was over-read, or the figure is out of date."
    ),
    fail=Example(changed("value: 1", "value: 0", REPORTED)),
    passing=Example(REPORTED),
)


STATUS_VALUES = frozenset(s.value for s in Status)


def check_reported_figures(context: Context) -> list[Problem]:
    strongest: dict[str | int, int] = {}
    for path, stance in stances_as_written(context.section("countries")):
        status = stance.get("status")
        if isinstance(status, str) and status in STATUS_VALUES:
            strongest[path[1]] = max(strongest.get(path[1], -1), Status(status).rank)
    problems = []
    for index, figure in items_of(context.data.get("reported")):
        status = figure.get("status") if isinstance(figure, dict) else None
        value = figure.get("value") if isinstance(figure, dict) else None
        if not isinstance(status, str) or status not in STATUS_VALUES:
            continue
        if not isinstance(value, str) or not value.isdigit():
            continue
        named = sum(1 for rank in strongest.values() if rank >= Status(status).rank)
        if named > int(value):
            problems.append(
                context.problem(
                    RULE,
                    ("reported", index, "value"),
                    f"the ledger has {named} countries {status} or stronger, more than the "
                    f"{value} this figure counts",
                    "check the statuses against the sources, or find the newer figure",
                )
            )
    return problems


CHECK = Check(check_reported_figures, (RULE,))
