"""How each status looks, in every format: symbol, word, short word, colour.

The symbols differ in shape, not only in colour, so the scale still reads in
black and white and for readers who do not tell red from green: they fill up
as a stance grows stronger.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coalition.model.vocabulary import STATUS_MEANINGS, Status
from coalition.read.text import SUSPECT

if TYPE_CHECKING:
    from coalition.analyse.summary import ReportedFigure, Row
    from coalition.model.ledger import Source


@dataclass(frozen=True)
class Look:
    symbol: str
    word: str
    short: str  # for narrow terminals; the legend spells it out
    colour: str  # a Rich style


LOOKS: dict[Status, Look] = {
    Status.RULED_OUT: Look("✗", "ruled out", "no", "red"),
    Status.UNDECIDED: Look("?", "undecided", "undec", "bright_black"),
    Status.CONSIDERING: Look("◔", "considering", "consid", "yellow"),
    Status.OFFERED: Look("◑", "offered", "offer", "cyan"),
    Status.COMMITTED: Look("●", "committed", "commit", "green"),
    Status.DELIVERING: Look("▶", "delivering", "deliv", "bold green"),
}


def label(status: Status, *, short: bool = False) -> str:
    look = LOOKS[status]
    return f"{look.symbol} {look.short if short else look.word}"


def legend_entries(*, short: bool = False) -> list[tuple[Status, str]]:
    """(status, explanation) weakest to strongest, for a legend."""
    entries = []
    for status in Status:
        look = LOOKS[status]
        named = f"{look.short} = {look.word}" if short and look.short != look.word else look.word
        entries.append((status, f"{look.symbol} {named}: {STATUS_MEANINGS[status]}"))
    return entries


def counts_text(counts: dict[Status, int]) -> str:
    """`1 committed, 2 considering`, strongest first; `–` when empty."""
    if not counts:
        return "–"
    return ", ".join(f"{n} {LOOKS[s].word}" for s, n in counts.items())


def clean(text: str) -> str:
    """Text from the ledger, without any character that could act on a
    terminal or hide text. The loader already refuses them; a renderer
    must not rely on that."""
    return SUSPECT.sub("", text)


def reported_sentence(figure: ReportedFigure, escape: Callable[[str], str]) -> str:
    """`26 countries formally committed (Politico, 2025-09-04); the ledger
    names 1 committed or stronger`: the figure next to what the ledger has."""
    text = f"{figure.value} {escape(figure.counts)}"
    if figure.source is not None:
        text += f" ({escape(figure.source.publisher)}, {figure.source.published.isoformat()})"
    which = f" {LOOKS[figure.status].word} or stronger" if figure.status else ""
    return f"{text}; the ledger names {figure.named}{which}"


def citation(
    speaker: str | None,
    attribution: str | None,
    source: Source | None,
    source_id: str,
    escape: Callable[[str], str],
    *,
    title: bool = True,
) -> str:
    """Who said it and where: `Alexander Stubb, on record; Politico, “…”,
    2025-09-04` (the title left out where space is short)."""
    who = [escape(speaker)] if speaker else []
    if attribution:
        who.append(attribution.replace("_", " "))
    if source is None:
        cited = escape(source_id)
    else:
        named = f", “{escape(source.title)}”" if title else ""
        cited = f"{escape(source.publisher)}{named}, {source.published.isoformat()}"
    return (", ".join(who) + "; " if who else "") + cited


def roles_sentence(rows: Sequence[Row], escape: Callable[[str], str]) -> str:
    """`France: co-host; United Kingdom: co-host`: why a country without a
    stance is in the table at all."""
    return "; ".join(f"{escape(row.name)}: {escape(row.role)}" for row in rows if row.role)
