"""Claim checks that read like a fact-checker: what the words of the
evidence ask of the entry that cites them.

Each function is one rule's test of one stance, and returns what it found as
plain values (`Finding`: the words that triggered it, the field that would
settle it), so that the checks, the corpus that measures them and an edit
that wants to warn about its own change all read the same verdicts. The
word lists are `coalition/model/wording.py`'s; the status cues are
`coalition/model/cues.py`'s.

Evidence that a person marked `checked: true` is taken as read: these checks
never make a journalist change a true entry.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from coalition.check.context import date_of, items_of, text_of
from coalition.model.cues import cues_in
from coalition.model.vocabulary import Status
from coalition.model.wording import (
    forecasts_in,
    hedges_in,
    joint_acts_in,
    leads_in,
    relative_days_in,
    scopes_in,
    speaks_of_guarantees,
)


@dataclass(frozen=True)
class Finding:
    """What one rule found in one entry: the words, and where to settle it.

    `field` is the key under the stance (or the country, for a role) that a
    journalist fills in or corrects; `evidence` the index of the piece of
    evidence whose words triggered it, when one did."""

    rule: str
    words: tuple[str, ...]
    field: str
    message: str
    hint: str
    evidence: int | None = None
    at_country: bool = False


@dataclass(frozen=True)
class Stance:
    """A stance as written, with what the checks need around it."""

    code: str
    column: str  # "overall" or a domain
    data: Mapping[str, Any]
    evidence: tuple[tuple[int, Mapping[str, Any]], ...]
    role: str | None = None
    # The publication date of every source, by id.
    published: Mapping[str, datetime.date | None] = field(default_factory=dict)

    @property
    def status(self) -> Status | None:
        value = text_of(self.data.get("status"))
        try:
            return Status(value) if value else None
        except ValueError:
            return None

    @property
    def checked(self) -> bool:
        return any(
            str(item.get("checked", "")).strip().lower() in ("true", "yes")
            for _, item in self.evidence
        )


def stance_of(
    code: str,
    column: str,
    data: Mapping[str, Any],
    *,
    role: str | None = None,
    published: Mapping[str, datetime.date | None] | None = None,
) -> Stance:
    evidence = tuple(
        (int(index), item)
        for index, item in items_of(data.get("evidence"))
        if isinstance(item, dict) and text_of(item.get("quote"))
    )
    return Stance(code, column, data, evidence, role, published or {})


def words_of(item: Mapping[str, Any]) -> tuple[str, ...]:
    """The quote and its translation: English first, since a quote in another
    language carries one and the word lists are richest in English."""
    return tuple(
        text for text in (text_of(item.get("translation")), text_of(item.get("quote"))) if text
    )


def _first(
    stance: Stance, find: Any, items: Iterable[tuple[int, Mapping[str, Any]]] | None = None
) -> tuple[int | None, tuple[str, ...]]:
    for index, item in stance.evidence if items is None else items:
        for text in words_of(item):
            found = find(text)
            if found:
                return index, tuple(dict.fromkeys(found))
    return None, ()


def _quoted(words: tuple[str, ...]) -> str:
    return ", ".join(f"'{word}'" for word in words)


def hedge_missing(stance: Stance) -> Finding | None:
    """Hedged words ("may", "a possibility", "in principle", "at this stage")
    recorded without the hedge: a reader of the table would take the stance
    as settled."""
    if text_of(stance.data.get("hedge")) or stance.status is None:
        return None
    index, words = _first(stance, hedges_in)
    if not words:
        return None
    return Finding(
        "hedge-missing",
        words,
        "hedge",
        f"the evidence hedges ({_quoted(words)}) but the stance records no hedge",
        f"say it in 'hedge:' (for example hedge: {words[0]!r}); if the words do not hedge "
        "this stance, mark the evidence 'checked: true'",
        index,
    )


def scope_missing(stance: Stance) -> Finding | None:
    """Words that bound where the contribution would be ("into Ukraine", "in a
    NATO country nearby") recorded without the scope: "rules out troops into
    Ukraine" is not "rules out troops"."""
    if text_of(stance.data.get("scope")) or stance.status is None:
        return None
    refusal = stance.status is Status.RULED_OUT
    index, words = _first(stance, lambda text: scopes_in(text, refusal=refusal))
    if not words:
        return None
    return Finding(
        "scope-missing",
        words,
        "scope",
        f"the evidence bounds where ({_quoted(words)}) but the stance records no scope",
        f"say it in 'scope:' (for example scope: {words[0]!r}); if the words do not bound "
        "this stance, mark the evidence 'checked: true'",
        index,
    )


def role_missing(stance: Stance) -> Finding | None:
    """"Will be the leading country", "take the lead": a role of the
    country's own, which the summary lists only when the country records it."""
    if stance.role or stance.status is None or stance.status is Status.RULED_OUT:
        return None
    index, words = _first(stance, leads_in)
    if not words:
        return None
    return Finding(
        "role-missing",
        words,
        "role",
        f"the evidence gives the country a lead ({_quoted(words)}) but the country records "
        "no role",
        "say what it leads in the country's 'role:' (coalition country CODE --role …); if the "
        "words are someone else's lead, mark the evidence 'checked: true'",
        index,
        at_country=True,
    )


def _outlets_words(item: Mapping[str, Any]) -> bool:
    """Nobody speaks: no speaker, and the outlet's own reporting (or nothing
    said of how the source knows)."""
    attribution = text_of(item.get("attribution"))
    return not text_of(item.get("speaker")) and attribution in (None, "reported")


def outlet_forecast(stance: Stance) -> Finding | None:
    """An outlet's prediction or reading ("are likely to", "according to
    German newspaper Spiegel, that could include") carrying a country's
    stance: a forecast is the outlet's, not the country's."""
    if stance.status is None:
        return None
    own = [(i, item) for i, item in stance.evidence if not _outlets_words(item)]
    if own:
        return None
    index, words = _first(stance, forecasts_in)
    if not words:
        return None
    return Finding(
        "outlet-forecast",
        words,
        "evidence",
        f"nobody speaks in the evidence, and {_quoted(words)} is the outlet's forecast or "
        "reading, not the country's stance",
        "cite what the country itself said (with 'speaker:' and 'attribution:'), or remove "
        "the stance; if the outlet reports a fact, mark the evidence 'checked: true'",
        index,
    )


def joint_statement(stance: Stance) -> Finding | None:
    """A statement every member signed, or a list of who attended, carrying
    one country's offer or commitment: it shows membership, not a pledge of
    the country's own."""
    status = stance.status
    if status is None or status.rank < Status.OFFERED.rank:
        return None
    joint = [(i, item) for i, item in stance.evidence if any(map(joint_acts_in, words_of(item)))]
    if len(joint) < len(stance.evidence):
        return None
    index, words = _first(stance, joint_acts_in, joint)
    return Finding(
        "joint-statement",
        words,
        "status",
        f"the only evidence is a joint act ({_quoted(words)}), which every signatory shares; "
        f"it does not make this country {status.value} on its own",
        "cite the country's own words for the status, or record the weaker status they "
        "support; the joint act supports 'group: coalition'; if the country's own pledge is "
        "in these words, mark the evidence 'checked: true'",
        index,
    )


def _hedged(stance: Stance) -> bool:
    """A hedge recorded, or hedging words in any evidence: a weaker status is
    then the careful reading."""
    if text_of(stance.data.get("hedge")):
        return True
    return any(hedges_in(text) for _, item in stance.evidence for text in words_of(item))


def status_understated(stance: Stance) -> Finding | None:
    """Words stronger than the status: "will be the leading country" or
    "signed" recorded as an offer, "ruling out" recorded as weighing."""
    status = stance.status
    if status is None or status is Status.RULED_OUT or _hedged(stance):
        return None
    best: tuple[int, Any, int] | None = None
    refusals: list[tuple[int, Any]] = []
    positives = 0
    for index, item in stance.evidence:
        text = words_of(item)[0]  # the translation speaks for the quote
        if joint_acts_in(text):
            continue
        for cue in cues_in(text):
            if cue.status is Status.RULED_OUT:
                refusals.append((index, cue))
                continue
            positives += 1
            if best is None or cue.status.rank > best[1].status.rank:
                best = (index, cue, positives)
    if best is not None and best[1].status.rank >= Status.COMMITTED.rank > status.rank:
        index, cue, _ = best
        return Finding(
            "status-understated",
            (cue.words,),
            "status",
            f"the evidence says {cue.words!r} ({cue.status.value}); the status says only "
            f"{status.value}",
            f"record the status the words bear ({cue.status.value}); if they say less of this "
            "stance, mark the evidence 'checked: true'",
            index,
        )
    if refusals and not positives and status in (Status.CONSIDERING, Status.UNDECIDED):
        index, cue = refusals[0]
        return Finding(
            "status-understated",
            (cue.words,),
            "status",
            f"the evidence refuses ({cue.words!r}); the status says {status.value}",
            "record ruled_out, with the scope the words give; if they refuse something else, "
            "mark the evidence 'checked: true'",
            index,
        )
    return None


def undecided_off_topic(stance: Stance) -> Finding | None:
    """`undecided` means the country spoke about the guarantees without
    taking a position: a quote about something else (sanctions, aid) is not
    that."""
    if stance.status is not Status.UNDECIDED or not stance.evidence:
        return None
    if any(speaks_of_guarantees(text) for _, item in stance.evidence for text in words_of(item)):
        return None
    return Finding(
        "undecided-off-topic",
        (),
        "status",
        "the stance is undecided, but no quote speaks of the guarantees, a mission or troops",
        "cite what the country said about the guarantees, or remove the stance (a country "
        "can be listed by its group alone)",
        stance.evidence[0][0],
    )


# A relative day is that day whatever the text's date ("today" is the
# source's own date, which the ledger knows when the source is dated).
_TODAY = {"today", "tonight", "heute", "hoy", "hoje", "vandaag", "dzisiaj", "dnes", "danas"}
_TODAY |= {"сьогодні", "сегодня"}


def relative_day(stance: Stance) -> Finding | None:
    """"On Tuesday", "yesterday" in a quote with no date of its own: the day
    meant is not the source's date, and a timeline would date it wrongly."""
    if stance.status is None:
        return None
    for index, item in stance.evidence:
        if text_of(item.get("date")) or date_of(item.get("date")):
            continue
        dated = stance.published.get(text_of(item.get("source")) or "") is not None
        for text in words_of(item):
            words = tuple(
                w for w in relative_days_in(text) if not (dated and w.lower() in _TODAY)
            )
            if words:
                return Finding(
                    "relative-day",
                    words,
                    "date",
                    f"the quote says {_quoted(words)} but has no date of its own",
                    "work out the day from the source's date and give it as the evidence's "
                    "'date:' (set --said-on DATE); if the source does not let you, say so in the "
                    "source's date_note",
                    index,
                )
    return None


def review_too_old(stance: Stance) -> Finding | None:
    """A `reviewed:` day before the evidence it reviews was said or
    published: the review cannot have seen it."""
    reviewed = date_of(stance.data.get("reviewed"))
    if reviewed is None:
        return None
    newest: datetime.date | None = None
    for _, item in stance.evidence:
        day = date_of(item.get("date")) or stance.published.get(text_of(item.get("source")) or "")
        if day is not None and (newest is None or day > newest):
            newest = day
    if newest is None or reviewed >= newest:
        return None
    return Finding(
        "review-too-old",
        (reviewed.isoformat(),),
        "reviewed",
        f"reviewed on {reviewed.isoformat()}, before its newest evidence ({newest.isoformat()})",
        "review the stance again against its evidence (coalition review), or remove the old "
        "'reviewed:'",
    )


STANCE_READINGS = (
    hedge_missing,
    scope_missing,
    role_missing,
    outlet_forecast,
    joint_statement,
    status_understated,
    undecided_off_topic,
    relative_day,
    review_too_old,
)
"""Every reading of one stance, in the order a fact-checker reads: the
words' qualifiers, who speaks, the status, then the dates."""


def read_stance(stance: Stance) -> list[Finding]:
    """What a fact-checker would stop at in one stance. Checked evidence is
    taken as read, except for the dates, which reading cannot settle."""
    findings = []
    for reading in STANCE_READINGS:
        if stance.checked and reading not in (relative_day, review_too_old):
            continue
        found = reading(stance)
        if found is not None:
            findings.append(found)
    return findings


def overall_inconsistent(overall: Status | None, domains: Mapping[str, Status]) -> str | None:
    """Why an overall status disagrees with the domains, or None: weaker
    than a domain committed to, or committed with no domain above
    considering."""
    if overall is None or not domains:
        return None
    strongest = max(domains.values(), key=lambda s: s.rank)
    if strongest.rank >= Status.COMMITTED.rank and overall.rank < strongest.rank:
        named = [d for d, s in domains.items() if s is strongest]
        return (
            f"overall is {overall.value}, weaker than its {strongest.value} "
            f"{' and '.join(named)} stance"
        )
    if overall.rank >= Status.COMMITTED.rank and strongest.rank <= Status.CONSIDERING.rank:
        return f"overall is {overall.value}, but no domain is stronger than {strongest.value}"
    return None
