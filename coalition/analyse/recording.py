"""A guided reading of one archived source: for each sentence `coverage`
finds naming a country that no evidence quotes and nothing ignores, the
command that would record it, guessed from the claim readings (the status
cues of `model/cues.py`, the hedges, scopes and leads of `model/wording.py`)
for a journalist to check, edit and run. Nothing here writes: the proposals
are data, each a command as a list of words (`argv`) with the readings that
chose it, and the renderers print them as shell lines.

A sentence with a status word proposes a `set` for each country it names
(a domain guessed from its words, else `overall`; `--hedge`, `--scope`; a
`--translation ""` to fill in for a source not in English; a lead word
hints at `country --role`). A sentence with none proposes an `ignore`, its
reason left for the journalist to write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from coalition.analyse.coverage import SourceCoverage, cover_source
from coalition.model.cues import cues_in
from coalition.model.ledger import Ledger, stances_by_column
from coalition.model.vocabulary import Status
from coalition.model.wording import hedges_in, leads_in, relative_days_in, scopes_in

REASON = "REASON"
"""The placeholder of an `ignore`'s reason: the journalist says why."""
ROLE = "ROLE"

# The words that point at a domain, strongest clue first; none: overall.
DOMAIN_WORDS: tuple[tuple[str, str], ...] = (
    ("cyber", r"cyber\w*"),
    (
        "financing",
        r"financ\w*|fund\w*|budget\w*|money|loans?|(?:billion|million) (?:euros?|dollars)",
    ),
    ("air", r"air ?(?:policing|patrols?|space|defen[cs]es?|force)|jets?|aircraft|fighters?|sky"),
    ("sea", r"naval|navy|maritime|minesweep\w*|Black Sea|ships?|warships?|at sea"),
    ("logistics", r"logistic\w*|transport\w*|supply|supplies|train(?:ing|ers?)|hubs?"),
    (
        "land",
        r"troops?|soldiers?|boots|ground forces|on the ground|brigades?|army|Truppen|Soldaten",
    ),
)
_DOMAINS = tuple((d, re.compile(rf"(?<!\w)(?:{w})(?!\w)", re.IGNORECASE)) for d, w in DOMAIN_WORDS)


@dataclass(frozen=True)
class Reading:
    """What the words of a sentence suggest, each with the words found."""

    status: Status | None
    cue: str | None
    domain: str  # a domain, or overall
    domain_words: str | None
    hedge: str | None
    scope: str | None
    lead: str | None
    relative_day: str | None


@dataclass(frozen=True)
class Proposal:
    """One sentence to record: the countries it names, how it reads, and the
    commands to check and run (`argv`, without `coalition`), with hints."""

    sentence: str
    countries: tuple[str, ...]
    reading: Reading
    commands: tuple[tuple[str, ...], ...]
    hints: tuple[str, ...]
    # Commands that may be meant too, printed commented out: a lead's role.
    alternatives: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class RecordingPlan:
    source_id: str
    coverage: SourceCoverage
    proposals: tuple[Proposal, ...]
    ledger_option: tuple[str, ...] = ()  # `-l PATH`, when the ledger was named


def read_sentence(sentence: str) -> Reading:
    """The status, domain, hedge, scope and lead the words suggest."""
    cues = cues_in(sentence)
    refusal = next((c for c in cues if c.status is Status.RULED_OUT), None)
    positive = [c for c in cues if c.status is not Status.RULED_OUT]
    cue = refusal or max(positive, key=lambda c: c.status.rank, default=None)
    domain, words = "overall", None
    for name, pattern in _DOMAINS:
        match = pattern.search(sentence)
        if match is not None:
            domain, words = name, match.group(0)
            break
    refused = cue is not None and cue.status is Status.RULED_OUT
    return Reading(
        cue.status if cue else None,
        cue.words if cue else None,
        domain,
        words,
        next(iter(hedges_in(sentence)), None),
        next(iter(scopes_in(sentence, refusal=refused)), None),
        next(iter(leads_in(sentence)), None),
        next(iter(relative_days_in(sentence)), None),
    )


def _propose(ledger: Ledger, source_id: str, sentence: str, codes: list[str]) -> Proposal:
    reading = read_sentence(sentence)
    source = ledger.sources[source_id]
    foreign = source.language is not None and source.language != "en"
    hints = []
    if reading.status is None:
        command = ("ignore", source_id, "--text", sentence, "--reason", REASON)
        return Proposal(sentence, tuple(codes), reading, (command,), ())
    commands, alternatives = [], []
    for code in codes:
        words = ["set", code, reading.domain, reading.status.value]
        words += ["--source", source_id, "--quote", sentence]
        if foreign:
            words += ["--translation", ""]
        if reading.hedge:
            words += ["--hedge", reading.hedge]
        if reading.scope:
            words += ["--scope", reading.scope]
        commands.append(tuple(words))
        stance = _stance_now(ledger, code, reading.domain)
        if stance is not None:
            hints.append(f"{code} {reading.domain} is {stance} now")
        if reading.lead:
            alternatives.append(
                ("country", code, "--role", ROLE, "--source", source_id, "--quote", sentence)
            )
    if reading.lead:
        hints.append(f"{reading.lead!r} may give a role: see the `country --role` line")
    if reading.relative_day:
        hints.append(f"{reading.relative_day!r} is not the source's date: add --said-on DATE")
    return Proposal(
        sentence, tuple(codes), reading, tuple(commands), tuple(hints), tuple(alternatives)
    )


def _stance_now(ledger: Ledger, code: str, column: str) -> str | None:
    country = ledger.countries.get(code)
    stance = stances_by_column(country).get(column) if country else None
    return stance.status.value if stance else None


def plan_recording(
    ledger: Ledger, source_id: str, base: Path, ledger_option: tuple[str, ...] = ()
) -> RecordingPlan:
    """The commands that would record what `coverage` finds left in a source,
    sentence by sentence in the order of the text."""
    found = cover_source(ledger, source_id, base)
    by_sentence: dict[str, list[str]] = {}
    for country in found.countries:
        for sentence in country.sentences:
            by_sentence.setdefault(sentence, []).append(country.code)
    proposals = tuple(
        _propose(ledger, source_id, sentence, by_sentence[sentence])
        for sentence in dict.fromkeys(found.left)
        if sentence in by_sentence
    )
    return RecordingPlan(source_id, found, proposals, ledger_option)
