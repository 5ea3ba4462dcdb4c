"""Changes in the words a reader understands, shared by the text formats.

`escape` is the format's own escaping of text from the ledger (`clean` for a
terminal, Markdown escaping for Markdown); every value from the ledger goes
through it, and nothing else does.
"""

from __future__ import annotations

from collections.abc import Callable

from coalition.analyse.change import Change, Direction, Kind
from coalition.analyse.diff import DiffSummary
from coalition.model.vocabulary import Status
from coalition.render.style import LOOKS

Escape = Callable[[str], str]

ARROWS = {Direction.ESCALATION: "▲", Direction.DOWNGRADE: "▼"}


def _status(value: str | None) -> str:
    return LOOKS[Status(value)].word if value else "none"


def _quoted(value: object, escape: Escape) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"“{escape(str(value))}”" if value not in (None, "") else "(none)"


def change_words(change: Change, escape: Escape) -> str:
    """One change, without its country (the heading it is listed under names it):
    `air: considering → committed ▲`; a correction says so, with its reason,
    instead of an arrow: `air: committed → offered (correction: …)`."""
    words = _change_words(change, escape)
    if change.news_date is not None:
        recorded = f"; recorded on {change.recorded_on}" if change.recorded_on else ""
        words += f" (said since {change.news_date}{recorded})"
    if change.correction is not None:
        return f"{words} (correction: {escape(change.correction)})"
    return words


def _change_words(change: Change, escape: Escape) -> str:
    where = f"{change.domain}: " if change.domain else ""
    kind = change.kind
    if kind is Kind.STATUS_CHANGED:
        arrow = f" {ARROWS[change.direction]}" if change.direction and not change.corrected else ""
        return f"{where}{_status(change.old)} → {_status(change.new)}{arrow}"
    if kind is Kind.STANCE_CHANGED:
        return (
            f"{where}{change.field} {_quoted(change.old, escape)} → {_quoted(change.new, escape)}"
        )
    if kind is Kind.PRECONDITION_ADDED:
        return f"precondition added: {_quoted(change.new, escape)}"
    if kind is Kind.PRECONDITION_REMOVED:
        return f"precondition removed: {_quoted(change.old, escape)}"
    if kind is Kind.STANCE_REVIEWED:
        if change.new is None:
            return f"{where}review of {change.old} removed"
        return f"{where}reviewed on {change.new}: still holds"
    if kind is Kind.STANCE_ADDED:
        return f"{where}new stance, {_status(change.new)}"
    if kind is Kind.STANCE_REMOVED:
        return f"{where}stance removed (was {_status(change.old)})"
    if kind is Kind.COUNTRY_ADDED:
        return "new in the ledger"
    if kind is Kind.COUNTRY_REMOVED:
        return "removed from the ledger"
    if kind is Kind.COUNTRY_CHANGED:
        return f"{change.field}: {_quoted(change.old, escape)} → {_quoted(change.new, escape)}"
    if kind is Kind.DETAIL_CHANGED:
        return f"{where}detail {_quoted(change.old, escape)} → {_quoted(change.new, escape)}"
    if kind is Kind.CONDITION_ADDED:
        return f"{where}condition added: {_quoted(change.new, escape)}"
    if kind is Kind.CONDITION_REMOVED:
        return f"{where}condition removed: {_quoted(change.old, escape)}"
    if kind is Kind.EVIDENCE_ADDED:
        return f"{where}new evidence ({escape(str(change.field))}): {_quoted(change.new, escape)}"
    if kind is Kind.EVIDENCE_REMOVED:
        return (
            f"{where}evidence removed ({escape(str(change.field))}): {_quoted(change.old, escape)}"
        )
    if kind is Kind.EVIDENCE_CHANGED:
        old, new = _quoted(change.old, escape), _quoted(change.new, escape)
        return f"{where}evidence {change.field}: {old} → {new}"
    if kind is Kind.SOURCE_ADDED:
        return f"source added: {escape(str(change.field))} ({_quoted(change.new, escape)})"
    if kind is Kind.SOURCE_REMOVED:
        return f"source removed: {escape(str(change.field))} ({_quoted(change.old, escape)})"
    if kind is Kind.SOURCE_CHANGED:
        old, new = _quoted(change.old, escape), _quoted(change.new, escape)
        return f"source {escape(str(change.field))}: {old} → {new}"
    if kind in (Kind.REPORTED_ADDED, Kind.REPORTED_REMOVED, Kind.REPORTED_CHANGED):
        return _figure_words(change, escape)
    return f"{change.field}: {_quoted(change.old, escape)} → {_quoted(change.new, escape)}"


def _figure_words(change: Change, escape: Escape) -> str:
    """A reported figure added, removed, or changed (its value, or another field)."""
    kind = change.kind
    if kind is Kind.REPORTED_ADDED:
        return f"reported figure added: {change.new} {escape(str(change.field))}"
    if kind is Kind.REPORTED_REMOVED:
        return f"reported figure removed: {change.old} {escape(str(change.field))}"
    if kind is Kind.REPORTED_CHANGED and isinstance(change.new, str):
        return (
            f"reported figure ({escape(str(change.field))}): {escape(str(change.old))} → "
            f"{escape(change.new)}"
        )
    return f"reported figure: {change.old} → {change.new} {escape(str(change.field))}"


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary_words(summary: DiffSummary) -> str:
    """`3 countries changed: 2 escalations, 1 downgrade, 1 new country`."""
    parts = [
        _count(n, one, many)
        for n, one, many in (
            (summary.escalations, "escalation", "escalations"),
            (summary.downgrades, "downgrade", "downgrades"),
            (summary.new_countries, "new country", "new countries"),
            (summary.removed_countries, "country removed", "countries removed"),
            (summary.new_stances, "new stance", "new stances"),
            (summary.removed_stances, "stance removed", "stances removed"),
            (summary.corrections, "correction", "corrections"),
            (summary.other, "other change", "other changes"),
        )
        if n
    ]
    if not parts:
        return "no changes"
    head = _count(summary.countries, "country changed", "countries changed")
    return f"{head}: {', '.join(parts)}" if summary.countries else ", ".join(parts)


def oneline_token(change: Change, escape: Escape) -> str | None:
    """The headline changes in the shortest form (`IT air: considering →
    committed`, `+NO`, `−RO`); None for changes a commit subject leaves out."""
    code = change.country or ""
    token = _oneline_token(change, code)
    if token is not None and change.corrected:
        return f"{token} (correction)"
    return token


def _oneline_token(change: Change, code: str) -> str | None:
    if change.kind is Kind.COUNTRY_ADDED:
        return f"+{code}"
    if change.kind is Kind.COUNTRY_REMOVED:
        return f"−{code}"
    if change.kind is Kind.STATUS_CHANGED:
        return f"{code} {change.domain}: {change.old} → {change.new}"
    if change.kind is Kind.STANCE_ADDED:
        return f"{code} +{change.domain}: {change.new}"
    if change.kind is Kind.STANCE_REMOVED:
        return f"{code} −{change.domain}"
    return None
