"""`outlet-forecast`: nobody speaks in a stance's evidence, and its words are
the outlet's own forecast or reading ("are likely to", "according to German
newspaper Spiegel, that could include")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coalition.check.context import text_of
from coalition.check.reading import Finding, Stance, first_words, quoted, reading_check
from coalition.model.wording import forecasts_in
from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

_FORECAST = changed(
    '"Italy is weighing participating in air patrols"',
    '"Italy is expected to weigh joining the air patrols"',
)

RULE = Rule(
    id="outlet-forecast",
    level=Level.WARNING,
    stage="check",
    summary="the stance rests on the outlet's own forecast or reading, with nobody speaking",
    rationale=(
        "'The U.K. and France are likely to play a leading part' is Politico's prediction, not "
        "a French or British position; 'according to Spiegel, that could include air "
        "defence' is a newspaper's guess. When no piece of a stance's evidence has a speaker "
        "(or an attribution other than 'reported'), and the words forecast or interpret ('is "
        "likely to', 'is expected to', 'is set to', 'analysts', 'according to … newspaper', "
        "'probably', 'appears to'), the stance is the outlet's. Cite what the country itself "
        "said, with 'speaker:' and 'attribution:', or remove the stance. If the outlet reports "
        "a fact, mark the evidence 'checked: true'."
    ),
    fail=Example(_FORECAST),
    passing=Example(
        changed(
            "            attribution: reported\n",
            "            speaker: Guido Crosetto\n            attribution: on_record\n",
            _FORECAST,
        )
    ),
)


def _nobody_speaks(item: Mapping[str, Any]) -> bool:
    return not text_of(item.get("speaker")) and text_of(item.get("attribution")) in (
        None,
        "reported",
    )


def outlet_forecast(stance: Stance) -> Finding | None:
    # The words first: few stances hold any.
    index, words = first_words(stance, forecasts_in)
    if not words or not all(_nobody_speaks(item) for _, item in stance.evidence):
        return None
    return Finding(
        words,
        "evidence",
        f"nobody speaks in the evidence, and {quoted(words)} is the outlet's forecast or "
        "reading, not the country's stance",
        "cite what the country itself said (with 'speaker:' and 'attribution:'), or remove the "
        "stance; if the outlet reports a fact, mark the evidence 'checked: true'",
        index,
    )


CHECK = reading_check(RULE, outlet_forecast)
