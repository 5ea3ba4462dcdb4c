"""What the published site's front page leads with: what changed in the
latest release (its notes), since the last release, or, with none, what the
sources date and the corrections, each said as what it is."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from coalition.analyse.release import Item, ReleaseNotes
from coalition.analyse.timeline import moves, stance_timelines
from coalition.model.countries import country_name
from coalition.model.ledger import Correction, Ledger
from coalition.render.style import LOOKS, clean, label

COUNTRY_FOLDER = "countries"
UNRELEASED = "unreleased"
"""The name of the notes of what changed since the last release."""
NEWEST = 8  # new stances the front page lists when there is no release
SHOWN_CORRECTIONS = 3  # corrections it lists; the sources page has them all


def what_changed(ledger: Ledger, notes: ReleaseNotes | None) -> dict[str, Any]:
    """What the front page leads with. With a release: its notes (what it
    changed since the release before, or what the ledger changed since the
    last release). Without one: the moves the sources date, newest first,
    and every correction: a reader sees what moved and what was corrected,
    said as such."""
    found = _from_release(notes) if notes is not None else _from_sources(ledger)
    lead, sections, corrections, extra = found
    return {
        "lead": lead,
        "sections": [{"title": t, "kind": k, "items": items} for t, k, items in sections if items],
        "corrections": corrections,
        "shown": SHOWN_CORRECTIONS,
        "new_countries": extra.get("new_countries", []),
        "new_sources": extra.get("new_sources", 0),
    }


Changes = tuple[
    str, list[tuple[str, str, list[dict[str, Any]]]], list[dict[str, Any]], dict[str, Any]
]


def _from_release(notes: ReleaseNotes) -> Changes:
    if notes.name == UNRELEASED:
        cut = notes.previous_cut_off.isoformat() if notes.previous_cut_off else "unknown"
        lead = f"Changes since release {notes.previous} (cut-off {cut}), not yet released."
    elif notes.previous:
        cut = notes.previous_cut_off.isoformat() if notes.previous_cut_off else "unknown"
        lead = f"Release {notes.name}: changes since release {notes.previous} (cut-off {cut})."
    else:
        lead = f"Release {notes.name}, the first release: every stance is new in it."
    sections = [
        ("Escalations", "escalation", [_item(i) for i in notes.escalations]),
        ("Climb-downs", "downgrade", [_item(i) for i in notes.climb_downs]),
        ("New stances", "new", [_item(i) for i in notes.new_stances]),
        ("Withdrawn", "withdrawn", [_item(i) for i in notes.withdrawn]),
    ]
    corrections: list[dict[str, Any]] = [
        {"date": None, "what": clean(c.what), "reason": clean(c.reason), "href": None}
        for c in notes.corrections
    ]
    extra = {
        "new_countries": [clean(n) for n in notes.new_countries],
        "new_sources": len(notes.new_sources),
    }
    return lead, sections, corrections, extra


def _from_sources(ledger: Ledger) -> Changes:
    lead = (
        "No release has been cut yet, so this lists what the sources themselves date, newest "
        "first: each escalation and climb-down, and the newest stances, on the day their first "
        "quote was said or published; then the corrections of the ledger's own mistakes."
    )
    found = moves(stance_timelines(ledger))
    found.reverse()

    def moved(direction: str | None) -> list[dict[str, Any]]:
        return [
            {
                "name": clean(m.timeline.name),
                "domain": m.timeline.column,
                "moved": f"{LOOKS[m.before].word} → {label(m.step.status)}"
                if m.before
                else label(m.step.status),
                "status": m.step.status.value,
                "since": m.step.first_seen.isoformat(),
                "href": f"{COUNTRY_FOLDER}/{m.timeline.country}.html#{m.timeline.column}",
            }
            for m in found
            if m.direction == direction
        ][: None if direction else NEWEST]

    sections = [
        ("Escalations", "escalation", moved("escalation")),
        ("Climb-downs", "downgrade", moved("downgrade")),
        ("Newest stances", "new", moved(None)),
    ]
    corrections = [correction_of(c) for c in newest_first(ledger.corrections)]
    return lead, sections, corrections, {}


def _item(item: Item) -> dict[str, Any]:
    before = LOOKS[item.before].word if item.before else None
    after = label(item.after) if item.after else None
    moved = f"{before} → {after}" if before and after else (after or f"{before}, withdrawn")
    return {
        "name": clean(item.name),
        "domain": item.domain,
        "moved": moved,
        "status": item.after.value if item.after else None,
        "since": item.since.isoformat() if item.since else None,
        "href": f"{COUNTRY_FOLDER}/{item.country}.html#{item.domain}",
    }


def correction_of(correction: Correction) -> dict[str, Any]:
    what = ", ".join(
        part
        for part in (
            country_name(correction.country) if correction.country else None,
            str(correction.domain) if correction.domain else None,
            f"source {correction.source}" if correction.source else None,
        )
        if part
    )
    href = "sources.html#corrections"
    if correction.country:
        href = f"{COUNTRY_FOLDER}/{correction.country}.html#corrections"
    return {
        "date": correction.date.isoformat(),
        "what": clean(what) or "the ledger",
        "reason": clean(correction.reason),
        "href": href,
    }


def newest_first(corrections: Sequence[Correction]) -> list[Correction]:
    return sorted(corrections, key=lambda c: c.date, reverse=True)
