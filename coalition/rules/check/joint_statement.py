"""`joint-statement`: a stance offered or stronger rests only on a joint act
(a statement all signed, a list of who attended)."""

from __future__ import annotations

from coalition.check.reading import Finding, Stance, first_words, quoted, reading_check
from coalition.model.vocabulary import Status
from coalition.model.wording import joint_acts_in
from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

_JOINT = changed(
    '"Italy is weighing participating in air patrols"',
    '"Italy and the other allies in the coalition signed a statement pledging air patrols"',
    changed("status: considering", "status: committed"),
)

RULE = Rule(
    id="joint-statement",
    level=Level.WARNING,
    stage="check",
    summary="an offer or commitment rests only on a joint statement or a list of attendees",
    rationale=(
        "'Canada and Ukraine's other allies signed a statement pledging help' is true of every "
        "signatory: it shows that Canada is a member ('group: coalition'), not what Canada "
        "itself pledges. A stance offered, committed or delivering whose every quote is a joint "
        "act ('signed a statement', 'co-signs', 'joint declaration', 'alongside more than 30 "
        "countries', 'attended the meeting') needs the country's own words, or the weaker "
        "status they support. If the country's own pledge is in these words, mark the evidence "
        "'checked: true'."
    ),
    fail=Example(_JOINT),
    passing=Example(BASE),
)


def joint_statement(stance: Stance) -> Finding | None:
    status = stance.status
    if status is None or status.rank < Status.OFFERED.rank:
        return None
    if not all(any(map(joint_acts_in, texts)) for _, texts in stance.texts):
        return None
    index, words = first_words(stance, joint_acts_in)
    return Finding(
        words,
        "status",
        f"the only evidence is a joint act ({quoted(words)}), which every signatory shares; it "
        f"does not make this country {status.value} on its own",
        "cite the country's own words for the status, or record the weaker status they "
        "support (the joint act supports 'group: coalition'); if the country's own pledge is in "
        "these words, mark the evidence 'checked: true'",
        index,
    )


CHECK = reading_check(RULE, joint_statement)
