"""What a source still holds: its sentences that name a country and that no
evidence quotes, grouped by country, so that a journalist adding an article
sees what is left to record. A sentence deliberately left out is listed in
the source's `ignored:` with a reason, and then not shown again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from coalition.check.quotes import normalise
from coalition.model.countries import display_name
from coalition.model.ledger import Evidence, Ledger, Source, stances_by_column
from coalition.model.names import countries_named
from coalition.read.files import Unreadable, read_bytes
from coalition.read.text import decode

# A sentence ends at . ! ? (and a closing quote mark) before a space and a
# capital, a quote mark or a digit; a line that ends a paragraph ends one too.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')\]]*\s+(?=[A-Z0-9“\"‘'(ÄÖÜÉ])|\n\s*\n")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")


@dataclass(frozen=True)
class Uncovered:
    code: str
    name: str
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class SourceCoverage:
    source_id: str
    source: Source
    countries: tuple[Uncovered, ...]  # by first mention
    covered: int  # sentences naming a country that evidence quotes
    ignored: int  # sentences left out on purpose, with a reason
    problem: str | None = None  # why the archive could not be read
    left: tuple[str, ...] = ()  # the sentences not recorded, in the order of the text


@dataclass(frozen=True)
class CoverageView:
    as_of: str
    sources: tuple[SourceCoverage, ...]

    @property
    def uncovered(self) -> int:
        return sum(len(c.sentences) for s in self.sources for c in s.countries)


# Abbreviations a sentence does not end at ("U.S. President", "Mr. Merz").
_ABBREVIATIONS = re.compile(
    r"(?:\b[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Prof|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|etc|e\.g|i\.e)\.$"
)


def sentences(text: str) -> list[str]:
    """The sentences of a text, each on one line."""
    found: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if _ABBREVIATIONS.search(text[start : match.start()]):
            continue
        found.append(text[start : match.start()])
        start = match.end()
    found.append(text[start:])
    return [" ".join(part.split()) for part in found if part.strip()]


def _evidence(ledger: Ledger) -> Iterator[Evidence]:
    for precondition in ledger.preconditions:
        yield from precondition.evidence
    yield from ledger.reported
    for country in ledger.countries.values():
        yield from country.evidence
        for stance in stances_by_column(country).values():
            yield from stance.evidence


def _fragments(ledger: Ledger, source_id: str) -> list[str]:
    return [
        fragment
        for evidence in _evidence(ledger)
        if evidence.source == source_id
        for fragment in _ELLIPSIS.split(normalise(evidence.quote).strip("\"'"))
        if len(fragment) >= 12
    ]


def _quoted(sentence: str, fragments: list[str]) -> bool:
    plain = normalise(sentence)
    return any(f in plain or plain in f for f in fragments)


def cover_source(ledger: Ledger, source_id: str, base: Path) -> SourceCoverage:
    source = ledger.sources[source_id]
    if source.archive is None:
        return SourceCoverage(source_id, source, (), 0, 0, "no archived copy to read")
    try:
        text, _ = decode(read_bytes(base / source.archive), source.archive)
    except Unreadable as error:
        return SourceCoverage(source_id, source, (), 0, 0, f"cannot read the archive: {error}")
    if text is None:
        return SourceCoverage(source_id, source, (), 0, 0, "the archive is not UTF-8 text")
    fragments = _fragments(ledger, source_id)
    ignored = [normalise(i.text) for i in (*source.ignored, *ledger.ignored) if i.text]
    untracked = {i.country for i in (*source.ignored, *ledger.ignored) if i.country}
    left: dict[str, list[str]] = {}
    in_order: list[str] = []
    covered = skipped = 0
    for sentence in sentences(text):
        named = [code for code in countries_named(sentence) if code not in untracked]
        if not named:
            continue
        if _quoted(sentence, fragments):
            covered += 1
        elif any(i in normalise(sentence) for i in ignored):
            skipped += 1
        else:
            in_order.append(sentence)
            for code in named:
                left.setdefault(code, []).append(sentence)
    countries = tuple(
        Uncovered(code, display_name(code, _given(ledger, code)), tuple(found))
        for code, found in left.items()
    )
    return SourceCoverage(source_id, source, countries, covered, skipped, None, tuple(in_order))


def _given(ledger: Ledger, code: str) -> str | None:
    country = ledger.countries.get(code)
    return country.name if country else None


def coverage(ledger: Ledger, base: Path, source_ids: list[str] | None = None) -> CoverageView:
    wanted = source_ids or list(ledger.sources)
    return CoverageView(
        ledger.as_of.isoformat(), tuple(cover_source(ledger, s, base) for s in wanted)
    )
