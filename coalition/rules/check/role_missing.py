"""`role-missing`: the evidence gives the country a lead ("will be the
leading country", "take the lead"), and the country records no role."""

from __future__ import annotations

from coalition.check.reading import Finding, Stance, first_words, quoted, reading_check
from coalition.model.vocabulary import Status
from coalition.model.wording import leads_in
from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

_LEADS = changed(
    '"Italy is weighing participating in air patrols"',
    '"Italy is ready to take the lead in air patrols"',
    changed("status: considering", "status: offered"),
)

RULE = Rule(
    id="role-missing",
    level=Level.WARNING,
    stage="check",
    summary="the evidence gives the country a lead, and the country records no role",
    rationale=(
        "A country that 'will be the leading country in logistics' or is 'ready to take the "
        "lead in Black Sea security' has a role of its own, which the summary lists beside the "
        "table only when the country's 'role:' says it. The words are 'take the lead', 'lead "
        "nation', 'leading country', 'leading role', 'will lead', and their Spanish, "
        "Portuguese, Polish, Czech and Croatian equivalents. Record what it leads with "
        "'coalition country CODE --role …'. If the lead is someone else's, mark the evidence "
        "'checked: true'."
    ),
    fail=Example(_LEADS),
    passing=Example(
        changed(
            "    group: coalition\n",
            '    group: coalition\n    role: "lead of the air patrols"\n',
            _LEADS,
        )
    ),
)


def role_missing(stance: Stance) -> Finding | None:
    if stance.role or stance.status is Status.RULED_OUT:
        return None
    index, words = first_words(stance, leads_in)
    if not words:
        return None
    return Finding(
        words,
        "role",
        f"the evidence gives the country a lead ({quoted(words)}) but the country records no role",
        "say what it leads in the country's 'role:' (coalition country CODE --role …); if the "
        "lead is someone else's, mark the evidence 'checked: true'",
        index,
        at_country=True,
    )


CHECK = reading_check(RULE, role_missing)
