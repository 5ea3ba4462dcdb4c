"""The published site's feed of changes: one entry per release and per
change of a country's stance, dated by the news, and one per correction,
flagged as a correction. Derived from the ledger (its timelines and its
corrections) and the releases git holds: nothing is typed twice.

Each entry's id is a tag URI (RFC 4151) built from what the entry is about
and its own date, so that a rebuild, or a later build with more entries,
gives a reader's feed program the same ids for the same news and it never
shows an entry twice.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from coalition.analyse.timeline import Move, moves, stance_timelines
from coalition.model.countries import display_name
from coalition.model.ledger import Ledger
from coalition.model.vocabulary import Status

# The authority of the ids when the site's address is not given: a name
# reserved never to be anyone's (RFC 2606), so that no id claims a domain.
NO_AUTHORITY = "coalition-ledger.invalid"


@dataclass(frozen=True)
class ReleaseInfo:
    """A release as the feed tells it (from `git.Release`)."""

    name: str
    date: datetime.date
    notes: str


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    updated: datetime.date
    summary: str
    link: str  # relative to the site, or absolute with a base address
    category: str  # release, new-stance, escalation, downgrade, change, correction
    correction: bool = False


@dataclass(frozen=True)
class Feed:
    id: str
    title: str
    updated: datetime.date
    link: str
    entries: tuple[Entry, ...]  # newest first


def _word(status: Status | None) -> str:
    return status.value.replace("_", " ") if status else ""


def _move_entry(move: Move, tag: str, base: str) -> Entry:
    timeline, step = move.timeline, move.step
    where = f"{timeline.name}, {timeline.column}"
    if move.before is None:
        title, category = f"{where}: {_word(step.status)}", "new-stance"
    else:
        title = f"{where}: {_word(move.before)} → {_word(step.status)}"
        category = move.direction or "change"
    quotes = [f"“{q.evidence.quote}” ({q.evidence.source})" for q in step.evidence]
    day = step.first_seen.isoformat()
    return Entry(
        f"{tag},{day}:stance/{timeline.country}/{timeline.column}/{step.status.value}",
        title,
        step.first_seen,
        " ".join(quotes),
        f"{base}countries.html#{timeline.country}-{timeline.column}",
        category,
    )


def build_feed(ledger: Ledger, releases: Sequence[ReleaseInfo] = (), base_url: str = "") -> Feed:
    """Every entry, newest first; links relative to the site unless
    `base_url` (the address it is published at) is given."""
    base = base_url.rstrip("/") + "/" if base_url else ""
    authority = urlsplit(base_url).hostname if base_url else None
    tag = f"tag:{authority or NO_AUTHORITY}"
    entries = [_move_entry(m, tag, base) for m in moves(stance_timelines(ledger))]
    seen: dict[str, int] = {}
    for correction in ledger.corrections:
        if correction.country:
            what = display_name(correction.country, _name(ledger, correction.country))
            what += f", {correction.domain}" if correction.domain else ""
            anchor = f"-{correction.domain}" if correction.domain else ""
            page = f"countries.html#{correction.country}{anchor}"
        else:
            what = f"source {correction.source}" if correction.source else "reported figures"
            page = "sources.html#corrections"
        day = correction.date.isoformat()
        seen[day] = seen.get(day, 0) + 1
        entries.append(
            Entry(
                f"{tag},{day}:correction/{seen[day]}",
                f"Correction: {what}",
                correction.date,
                correction.reason,
                f"{base}{page}",
                "correction",
                correction=True,
            )
        )
    for release in releases:
        entries.append(
            Entry(
                f"{tag},{release.date.isoformat()}:release/{release.name}",
                f"Release {release.name}",
                release.date,
                release.notes,
                f"{base}index.html",
                "release",
            )
        )
    # Newest first; on one day, the later step of a timeline first.
    order = {id(e): i for i, e in enumerate(entries)}
    entries.sort(key=lambda e: (e.updated, order[id(e)]), reverse=True)
    updated = max((e.updated for e in entries), default=ledger.as_of)
    first = min((e.updated for e in entries), default=ledger.as_of)
    return Feed(
        f"{tag},{first.year}:feed",
        ledger.title,
        max(updated, ledger.as_of),
        f"{base}index.html",
        tuple(entries),
    )


def _name(ledger: Ledger, code: str) -> str | None:
    country = ledger.countries.get(code)
    return country.name if country else None
