"""`hedge-missing`: the evidence hedges ("may", "a possibility", "in
principle", "at this stage") and the stance records no hedge."""

from __future__ import annotations

from coalition.check.context import text_of
from coalition.check.reading import Finding, Stance, first_words, quoted, reading_check
from coalition.model.vocabulary import Status
from coalition.model.wording import hedges_in
from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

_HEDGED = changed(
    '"Italy is weighing participating in air patrols"', '"Italy may join the air patrols"'
)

RULE = Rule(
    id="hedge-missing",
    level=Level.WARNING,
    stage="check",
    summary="the evidence hedges, and the stance records no hedge",
    rationale=(
        "'Italy may join the air patrols' is not 'Italy will join': a reader of the table takes "
        "a stance without a hedge as settled. The hedges are 'may', 'could', 'might', 'likely', "
        "'possible', 'a possibility', 'in principle', 'at this stage', 'for the time being', "
        "'not explicitly endorsed', 'does not rule out', 'watered down', 'premature', 'too "
        "early', and their German, Dutch, Spanish, Portuguese, Italian, Polish and Czech "
        "equivalents; a quote in another language is read through its translation. An "
        "undecided stance needs none: undecided is itself the hedge. Say the "
        "hedge in 'hedge:'. If the words do not hedge this stance (the 'may' is someone "
        "else's), mark the evidence 'checked: true'."
    ),
    fail=Example(_HEDGED),
    passing=Example(
        changed(
            "        status: considering\n",
            "        status: considering\n        hedge: may\n",
            _HEDGED,
        )
    ),
)


def hedge_missing(stance: Stance) -> Finding | None:
    # "Undecided" is itself the hedge: "too early", "premature" are its words.
    if text_of(stance.data.get("hedge")) or stance.status is Status.UNDECIDED:
        return None
    index, words = first_words(stance, hedges_in)
    if not words:
        return None
    return Finding(
        words,
        "hedge",
        f"the evidence hedges ({quoted(words)}) but the stance records no hedge",
        f"say it in 'hedge:' (for example hedge: {words[0]!r}); if the words do not hedge this "
        "stance, mark the evidence 'checked: true'",
        index,
    )


CHECK = reading_check(RULE, hedge_missing)
