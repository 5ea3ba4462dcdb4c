"""`overall-inconsistent`: a country's overall status is weaker than a domain
it committed to, or committed while no domain is above considering."""

from __future__ import annotations

from coalition.check.context import Check, Context
from coalition.check.reading import stances
from coalition.model.vocabulary import Status
from coalition.problems import Level, Problem
from coalition.read.document import Path
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

_OVERALL = (
    "    overall:\n"
    "      status: {status}\n"
    "      evidence:\n"
    "        - source: politico\n"
    '          quote: "{quote}"\n'
    "          attribution: reported\n"
)
_AIR_COMMITTED = changed(
    '"Italy is weighing participating in air patrols"',
    '"Italy has committed four jets to the air patrols"',
    changed("status: considering", "status: committed"),
)

RULE = Rule(
    id="overall-inconsistent",
    level=Level.WARNING,
    stage="check",
    summary="the overall status disagrees with the domains",
    rationale=(
        "'Overall' is the country's stance on the mission as a whole. It cannot be weaker than "
        "a domain the country committed to (France committed to land but 'considering' "
        "overall), and a country is not committed overall when no domain it spoke of is above "
        "considering (Canada 'committed' overall with troops only 'a possibility'). Record the "
        "overall status the country's own words bear, or correct the domain."
    ),
    fail=Example(
        changed(
            "    stances:\n",
            _OVERALL.format(status="considering", quote="Italy is weighing joining the mission")
            + "    stances:\n",
            _AIR_COMMITTED,
        )
    ),
    passing=Example(
        changed(
            "    stances:\n",
            _OVERALL.format(status="considering", quote="Italy is weighing joining the mission")
            + "    stances:\n",
        )
    ),
)


def overall_disagrees(overall: Status, domains: dict[str, Status]) -> str | None:
    """Why an overall status disagrees with the domains' statuses, or None."""
    if not domains:
        return None
    strongest = max(domains.values(), key=lambda status: status.rank)
    if strongest.rank >= Status.COMMITTED.rank and overall.rank < strongest.rank:
        named = " and ".join(d for d, s in domains.items() if s is strongest)
        return f"overall is {overall.value}, weaker than its {strongest.value} {named} stance"
    if overall.rank >= Status.COMMITTED.rank and strongest.rank <= Status.CONSIDERING.rank:
        return f"overall is {overall.value}, but no domain is stronger than {strongest.value}"
    return None


def check_overall_consistent(context: Context) -> list[Problem]:
    overall: dict[str, tuple[Path, Status]] = {}
    domains: dict[str, dict[str, Status]] = {}
    for path, stance in stances(context):
        if stance.status is None:
            continue
        if stance.column == "overall":
            overall[stance.code] = (path, stance.status)
        else:
            domains.setdefault(stance.code, {})[stance.column] = stance.status
    problems = []
    for code, (path, status) in overall.items():
        why = overall_disagrees(status, domains.get(code, {}))
        if why is not None:
            problems.append(
                context.problem(
                    RULE,
                    (*path, "status"),
                    why,
                    "record the overall status the country's own words bear, or correct the domain",
                )
            )
    return problems


CHECK = Check(check_overall_consistent, (RULE,))
