"""`scope-missing`: the evidence bounds where the contribution would be ("on
Ukrainian soil", "in a NATO country nearby", or for a refusal "into
Ukraine"), and the stance records no scope."""

from __future__ import annotations

from coalition.check.context import text_of
from coalition.check.reading import Finding, Stance, first_words, quoted, reading_check
from coalition.model.vocabulary import Status
from coalition.model.wording import scopes_in
from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

_BOUNDED = changed(
    '"Italy is weighing participating in air patrols"',
    '"Italy is ruling out sending its troops into Ukraine"',
    changed("status: considering", "status: ruled_out"),
)

RULE = Rule(
    id="scope-missing",
    level=Level.WARNING,
    stage="check",
    summary="the evidence bounds where the contribution would be, and the stance records no scope",
    rationale=(
        "'Ruling out sending troops into Ukraine' is not 'ruling out troops': the same country "
        "may offer them in a neighbouring country, or for training outside Ukraine. The words "
        "that bound a stance are 'on Ukrainian soil', 'in a NATO country nearby', 'on NATO's "
        "adjacent territory', 'outside Ukraine', 'the war front', 'combat roles', and, for a "
        "refusal, 'into Ukraine' or 'to Ukraine' after troops or sending (an offer of troops "
        "for the mission says no more than the mission does). Say it in 'scope:'. If the words "
        "bound something else, mark the evidence 'checked: true'."
    ),
    fail=Example(_BOUNDED),
    passing=Example(
        changed(
            "        status: ruled_out\n",
            "        status: ruled_out\n        scope: into Ukraine\n",
            _BOUNDED,
        )
    ),
)


def scope_missing(stance: Stance) -> Finding | None:
    if text_of(stance.data.get("scope")):
        return None
    refusal = stance.status is Status.RULED_OUT
    index, words = first_words(stance, lambda text: scopes_in(text, refusal=refusal))
    if not words:
        return None
    return Finding(
        words,
        "scope",
        f"the evidence bounds where ({quoted(words)}) but the stance records no scope",
        f"say it in 'scope:' (for example scope: {words[0]!r}); if the words do not bound this "
        "stance, mark the evidence 'checked: true'",
        index,
    )


CHECK = reading_check(RULE, scope_missing)
