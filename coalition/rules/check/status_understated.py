"""`status-understated`: the words bear a stronger status than the one
recorded ("will be the leading country" recorded as an offer, "ruling out"
recorded as weighing)."""

from __future__ import annotations

from coalition.check.reading import Finding, Stance, hedged, reading_check
from coalition.model.cues import Cue, cues_in
from coalition.model.vocabulary import Status
from coalition.model.wording import joint_acts_in
from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

_WILL = changed(
    '"Italy is weighing participating in air patrols"',
    '"Italy will deploy four jets to the air patrols"',
)

RULE = Rule(
    id="status-understated",
    level=Level.WARNING,
    stage="check",
    summary="the words bear a stronger status than the one recorded",
    rationale=(
        "Under-reading misleads as much as over-reading: 'Poland will be the leading country in "
        "logistical matters' is a commitment, not an offer, and 'is ruling out sending troops' "
        "is a refusal, not a country weighing it. The words of each status are those of "
        "status-unsupported ('signed', 'will deploy', 'will be the leading' commit; 'ruling "
        "out', 'will not send' refuse). A stance is read as understated when its own words "
        "commit and it records less than committed, or when its words only refuse and it "
        "records considering or undecided; hedged words and joint statements are left out, "
        "since they make a weaker status the careful reading. If the words say less of this "
        "stance, mark the evidence 'checked: true'."
    ),
    fail=Example(_WILL),
    passing=Example(changed("status: considering", "status: committed", _WILL)),
)


def _cues(stance: Stance) -> list[tuple[int, Cue]]:
    found = []
    for index, words in stance.texts:
        text = words[0]  # the translation speaks for the quote
        if not joint_acts_in(text):
            found += [(index, cue) for cue in cues_in(text)]
    return found


def status_understated(stance: Stance) -> Finding | None:
    status = stance.status
    if status is None or status is Status.RULED_OUT or hedged(stance):
        return None
    cues = _cues(stance)
    positive = [(i, c) for i, c in cues if c.status is not Status.RULED_OUT]
    if positive:
        index, cue = max(positive, key=lambda found: found[1].status.rank)
        if cue.status.rank < Status.COMMITTED.rank or status.rank >= cue.status.rank:
            return None
        says = f"the evidence says {cue.words!r} ({cue.status.value}); the status says only "
        return Finding(
            (cue.words,),
            "status",
            says + status.value,
            f"record the status the words bear ({cue.status.value}); if they say less of this "
            "stance, mark the evidence 'checked: true'",
            index,
        )
    if not cues or status not in (Status.CONSIDERING, Status.UNDECIDED):
        return None
    index, cue = cues[0]
    return Finding(
        (cue.words,),
        "status",
        f"the evidence refuses ({cue.words!r}); the status says {status.value}",
        "record ruled_out, with the scope the words give; if they refuse something else, mark "
        "the evidence 'checked: true'",
        index,
    )


CHECK = reading_check(RULE, status_understated)
