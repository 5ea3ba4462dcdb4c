"""The words a source uses for each status, from the scale's own definitions.

`ruled_out` is "publicly refused" (ruling out, not sending, no … troops);
`undecided` "spoke about it without taking a position" (reluctant, to be
clarified); `considering` "publicly weighing" (weighing, could, may, likely);
`offered` "said it is willing or prepared" (ready, willing, prepared, open to);
`committed` "formally pledged" (committed, pledged, signed, will deploy);
`delivering` "under way" (deployed, delivering, arrived). English and German,
the languages of the sources. A cue a negation comes just before ("not
ready", "nicht bereit") is a refusal, not the cue; "not ruling out" weighs.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from coalition.model.folding import WARM_UP, WordGate, WordPattern, folded
from coalition.model.vocabulary import Status

CUES: dict[Status, tuple[str, ...]] = {
    Status.RULED_OUT: (
        r"rul(?:e|es|ed|ing) out",
        r"(?:not|n't|never) (?:be )?(?:send|sending|sent|deploy|deploying|deployed|take part|"
        r"participat\w*)",
        r"no (?:\w+ ){1,8}(?:will|would|shall) (?:be )?(?:deployed|sent|stationed|take part)",
        r"nor will (?:\w+ )?(?:take part|participate)",
        r"no (?:\w+ ){0,3}(?:troops|soldiers|boots)",
        r"not (?:\w+ ){0,2}(?:troops|soldiers|boots)",
        r"exclusion of (?:\w+ ){0,4}(?:troops|soldiers)",
        r"refus\w*",
        r"reject\w*",
        r"(?:says|said|say) no\b",
        r"no to\b",
        r"no (?:intention|plans?)\b",
        r"nicht (?:\w+ ){0,2}entsend\w*",
        r"keine (?:\w+ ){0,3}(?:truppen|soldaten)",
        r"ausgeschlossen",
        r"lehn\w* (?:\w+ ){0,3}ab\b",
    ),
    Status.UNDECIDED: (
        r"reluctant",
        r"too early",
        r"premature",
        r"(?:pledged|promised|committed) nothing",
        r"continues? to (?:monitor|follow|watch)",
        r"(?:is|are) following (?:\w+ ){0,4}closely",
        r"wait(?:s|ing)? (?:for|to see)",
        r"undecided",
        r"(?:has|have|had) not (?:yet )?decided",
        r"no decision",
        r"yet to (?:decide|be decided|be determined)",
        r"(?:to|will) be clarified",
        r"unclear",
        r"remains? to be seen",
        r"noch nicht entschieden",
        r"zurückhaltend",
    ),
    Status.CONSIDERING: (
        r"weigh(?:s|ing|ed)?",
        r"open[- ]minded",
        r"an open mind",
        r"consider(?:s|ing|ed|ation)?",
        r"could",
        r"may",
        r"might",
        r"possib\w*",
        r"likely",
        r"explor\w*",
        r"stud(?:y|ies|ying)",
        r"discuss\w*",
        r"(?:not|n't) (?:rule|rules|ruled|ruling) out",
        r"prüf\w*",
        r"erwäg\w*",
        r"könnte\w*",
        r"möglich\w*",
    ),
    Status.OFFERED: (
        r"ready",
        r"willing\w*",
        r"wants? to (?:help|participate|contribute|take part|be part)",
        r"prepared",
        r"open(?:ness)? to",
        r"openness",
        r"offer\w*",
        r"will (?:\w+ )?(?:participate|take part|contribute|help)",
        r"play (?:its|a|their|his|her) part",
        r"(?:is|are) to play",
        r"(?:will|to) play (?:a |an |the )?(?:\w+ )?(?:role|part)",
        r"bereit\w*",
        r"willens",
        r"angeboten",
        r"anbiet\w*",
        r"(?:wird|werden)\b[^.]{0,150}?\bbeitragen",
        r"(?:seinen|ihren) teil",
    ),
    Status.COMMITTED: (
        r"commit(?:s|ted|ment)?",
        r"pledg\w*",
        r"(?:co-)?sign(?:s|ed|ing)?",
        r"formally",
        r"agree[sd]? to",
        r"will (?:deploy|send|provide|lead|station|host|guarantee)",
        r"will be the leading",
        r"will be deployed",
        r"vow\w*",
        r"decided to",
        r"declaration of intent",
        r"zugesagt",
        r"verpflicht\w*",
        r"unterzeichne\w*",
        r"wird (?:\w+ ){0,3}(?:entsenden|stellen|leisten)",
    ),
    Status.DELIVERING: (
        r"(?:has|have|had) been deployed",
        r"(?:is|are|was|were) (?:now |already )?deployed",
        r"already deployed",
        r"delivering",
        r"delivered",
        r"arrived",
        r"under way",
        r"stationed",
        r"(?:is|are) (?:already )?providing",
        r"(?:has|have) (?:already )?sent",
        r"entsandt",
        r"stationiert",
    ),
}

_NEGATION = re.compile(
    r"\b(?:not|no|never|won't|cannot|can't|don't|doesn't|nicht|kein\w*|nie)\s+(?:\w+\s+){0,2}$"
)


@dataclass(frozen=True)
class Cue:
    status: Status
    words: str  # as found in the text


@functools.cache
def _patterns() -> tuple[tuple[Status, WordPattern], ...]:
    # "not ruling out" is weighing, and must be found before "ruling out".
    order = [Status.CONSIDERING, Status.RULED_OUT, Status.UNDECIDED, Status.OFFERED]
    order += [Status.COMMITTED, Status.DELIVERING]
    return tuple(
        (status, WordPattern(rf"(?<!\w)(?:{'|'.join(CUES[status])})(?!\w)")) for status in order
    )


@functools.cache
def _gate() -> WordGate:
    return WordGate(*CUES.values(), after=WARM_UP)


def cues_in(text: str) -> list[Cue]:
    """Every cue in `text`, a negated one counted as a refusal."""
    return list(_cues(text))


# Six passes of many alternatives cost ~30 µs a quote, and the same quote is
# read again and again: under several domains of a country, in both sides of
# a diff, in every version `log` reads. One scan (`_gate`) spares them most
# quotes, which hold no cue.
# The coalition's own name is no cue: "the Coalition of the Willing" says
# nothing of any country's willingness.
_NAME = re.compile(
    r"coalition of (?:the )?willing|coalition of willing|willing nations", re.IGNORECASE
)


@functools.cache
def _cues(text: str) -> tuple[Cue, ...]:
    lowered = folded(text)
    if lowered is None or "willing" in lowered:  # every form of the name says "willing"
        text = _NAME.sub(lambda match: " " * len(match.group(0)), text)
        lowered = folded(text)
    if not _gate().admits(lowered):
        return ()
    found: list[Cue] = []
    taken: list[tuple[int, int]] = []
    for status, pattern in _patterns():
        for span in pattern.spans_folded(text, lowered):
            if any(start < span[1] and span[0] < end for start, end in taken):
                continue
            taken.append(span)
            negated = status not in (Status.RULED_OUT, Status.UNDECIDED) and _NEGATION.search(
                text[: span[0]]
            )
            if negated and status is not Status.CONSIDERING:
                found.append(Cue(Status.RULED_OUT, text[: span[1]].split(".")[-1].strip()))
            elif not negated:
                found.append(Cue(status, text[span[0] : span[1]]))
    return tuple(found)


def strongest_support(texts: list[str], status: Status) -> tuple[bool, Cue | None]:
    """Whether the words support `status`, and the cue that decides: for a
    refusal, a refusal; otherwise the strongest cue, which must be at least
    as strong as the status."""
    cues = [cue for text in texts for cue in _cues(text)]
    if status is Status.RULED_OUT:
        refusal = next((c for c in cues if c.status is Status.RULED_OUT), None)
        return refusal is not None, refusal or (cues[0] if cues else None)
    positive = [c for c in cues if c.status is not Status.RULED_OUT]
    best = max(positive, key=lambda c: c.status.rank, default=None)
    if best is None:
        return False, cues[0] if cues else None
    return best.status.rank >= status.rank, best
