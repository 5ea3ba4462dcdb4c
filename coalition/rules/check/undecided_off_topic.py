"""`undecided-off-topic`: a stance recorded as undecided, none of whose
quotes speaks of the guarantees, a mission or troops."""

from __future__ import annotations

from coalition.check.reading import Finding, Stance, reading_check
from coalition.model.vocabulary import Status
from coalition.model.wording import speaks_of_guarantees
from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

_ELSEWHERE = changed(
    '"Italy is weighing participating in air patrols"',
    '"Italy has not yet decided on new sanctions"',
    changed("status: considering", "status: undecided"),
)

RULE = Rule(
    id="undecided-off-topic",
    level=Level.WARNING,
    stage="check",
    summary="an undecided stance none of whose quotes speaks of the guarantees",
    rationale=(
        "'Undecided' means the country spoke about the guarantees without taking a position. "
        "'She said Japan will continue economic sanctions on Russia and support for Ukraine' "
        "is about something else, and makes Japan look as if it were weighing the guarantees. "
        "A quote speaks of them when it names the guarantees, a mission, peacekeeping, troops "
        "or soldiers, a ceasefire or a peace deal, the coalition or its summit, defence, "
        "deterrence, a backstop, monitoring, training, air, sea or logistics (in the ledger's "
        "languages too). Cite what the country said about them, or remove the stance: a "
        "country can be listed by its group alone."
    ),
    fail=Example(_ELSEWHERE),
    passing=Example(changed("new sanctions", "the air patrols", _ELSEWHERE)),
)


def undecided_off_topic(stance: Stance) -> Finding | None:
    if stance.status is not Status.UNDECIDED:
        return None
    if any(speaks_of_guarantees(text) for _, words in stance.texts for text in words):
        return None
    return Finding(
        (),
        "status",
        "the stance is undecided, but no quote speaks of the guarantees, a mission or troops",
        "cite what the country said about the guarantees, or remove the stance (a country can "
        "be listed by its group alone)",
        stance.evidence[0][0],
    )


CHECK = reading_check(RULE, undecided_off_topic)
