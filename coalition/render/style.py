"""How each status looks, in every format: symbol, word, short word, colour.

The symbols differ in shape, not only in colour, so the scale still reads in
black and white and for readers who do not tell red from green: they fill up
as a stance grows stronger.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coalition.analyse.amounts import Total, amount_text
from coalition.model.countries import country_name
from coalition.model.vocabulary import STATUS_MEANINGS, DateBasis, Status
from coalition.read.text import SUSPECT

if TYPE_CHECKING:
    from coalition.analyse.country import StanceView
    from coalition.analyse.summary import PreconditionView, ReportedFigure, Row, Summary
    from coalition.model.ledger import Evidence, Source
    from coalition.model.timeline import Contradiction, Dated


@dataclass(frozen=True)
class Look:
    symbol: str
    word: str
    short: str  # for narrow terminals; the legend spells it out
    colour: str  # a Rich style
    # On a page and a map: an ordinal scale that colour-blind readers can
    # order too (viridis, light to dark, for undecided to delivering;
    # vermillion, another hue, for a refusal), and the text colour that
    # meets WCAG AA on it.
    fill: str
    ink: str


LOOKS: dict[Status, Look] = {
    Status.RULED_OUT: Look("✗", "ruled out", "no", "red", "#d55e00", "#000000"),
    Status.UNDECIDED: Look("?", "undecided", "undec", "bright_black", "#d9d9d9", "#000000"),
    Status.CONSIDERING: Look("◔", "considering", "consid", "yellow", "#fde725", "#000000"),
    Status.OFFERED: Look("◑", "offered", "offer", "cyan", "#35b779", "#000000"),
    Status.COMMITTED: Look("●", "committed", "commit", "green", "#31688e", "#ffffff"),
    Status.DELIVERING: Look("▶", "delivering", "deliv", "bold green", "#440154", "#ffffff"),
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


_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
RETURN = "↵"


def one_line(text: str) -> str:
    """`clean(text)` with each line break shown as ↵: a change or a quote
    is one line of a terminal listing, and a role written over several
    lines must not look like several entries (or forge one)."""
    return _LINE_BREAK.sub(RETURN, clean(text))


_BASES = {
    DateBasis.URL: "date from the URL",
    DateBasis.INDEX: "date indexed",
    DateBasis.INFERRED: "date inferred",
}


def dated(source: Source) -> str:
    """A source's date as a reader should take it: `2026-01-06 (date
    inferred)`, or `date unknown`, never a guess."""
    if source.published is None:
        return "date unknown"
    basis = _BASES.get(source.date_basis)
    return f"{source.published.isoformat()} ({basis})" if basis else source.published.isoformat()


def reported_sentence(figure: ReportedFigure, escape: Callable[[str], str]) -> str:
    """`26 countries formally committed (Politico, 2025-09-04); on 2025-09-04
    the ledger names 1 committed or stronger (overall or in any domain)`: the
    figure next to what the ledger's sources had on the figure's date."""
    from coalition.analyse.figures import Counted

    qualifier = f"{escape(figure.qualifier)} " if figure.qualifier else ""
    text = f"{qualifier}{figure.value} {escape(figure.counts)}"
    if figure.source is not None:
        text += f" ({escape(figure.source.publisher)}, {dated(figure.source)})"
    if figure.counted is Counted.STATUS and figure.status is not None:
        which = f"{LOOKS[figure.status].word} or stronger (overall or in any domain)"
    else:
        which = "in the coalition group"
    when = f"on {figure.on.isoformat()} " if figure.on else ""
    said = f"{text}; {when}the ledger names {figure.named} {which}"
    if figure.on is None:
        said += " today, the figure's date being unknown"
    if figure.undated:
        said += f", and {figure.undated} more whose sources give no date"
    return said


def citation(
    evidence: Evidence,
    source: Source | None,
    escape: Callable[[str], str],
    *,
    title: bool = True,
    link: Callable[[str, str], str] | None = None,
    status: bool = True,
) -> str:
    """Who said it, how the source knows, and where: `Alexander Stubb, on
    record; Politico, “…”, 2025-09-04`; a paraphrase, the outlet it came via,
    a speaker speaking for another country and an earlier date are said, so
    that a reader can weigh the quote (the title left out where space is short;
    `link` makes it a link to the source's URL where the format has links); a
    quote that supports another status than its stance's says which, unless
    `status` is false (a timeline shows it already)."""
    who = [escape(evidence.speaker)] if evidence.speaker else []
    if evidence.speaker_country:
        country = escape(country_name(evidence.speaker_country))
        who[-1:] = [f"{who[-1]} ({country})" if who else f"for {country}"]
    if evidence.attribution:
        who.append(evidence.attribution.value.replace("_", " "))
    if evidence.paraphrase:
        who.append("paraphrased")
    if evidence.via:
        who.append(f"via {escape(evidence.via)}")
    if evidence.date:
        who.append(f"said {evidence.date.isoformat()}")
    own = getattr(evidence, "status", None)  # a stance's quote may support an earlier status
    if status and own is not None:
        who.append(f"supports {LOOKS[own].word}")
    if source is None:
        cited = escape(evidence.source)
    else:
        named = f", “{escape(source.title)}”" if title else ""
        if named and link is not None and source.url:
            named = ", " + link(f"“{escape(source.title)}”", source.url)
        cited = f"{escape(source.publisher)}{named}, {dated(source)}"
    return (", ".join(who) + "; " if who else "") + cited


def shown_columns(view: Summary) -> tuple[str, ...]:
    """The summary's columns worth a column: those nobody has a stance in
    are left out (the totals still say so), unless asked for by name."""
    return tuple(
        c
        for c in view.columns
        if c in view.filters.columns or any(c in row.cells for row in view.rows)
    )


def roles_sentence(rows: Sequence[Row], escape: Callable[[str], str]) -> str:
    """`France: co-host; United Kingdom: co-host`: why a country without a
    stance is in the table at all."""
    return "; ".join(f"{escape(row.name)}: {escape(row.role)}" for row in rows if row.role)


def totals_sentence(totals: Iterable[Total], escape: Callable[[str], str]) -> str:
    """'300–450 soldiers from 2 countries; up to 20,000,000 EUR from 1 country'."""
    return "; ".join(total.text(escape) for total in totals)


def stance_notes(stance: StanceView, escape: Callable[[str], str]) -> list[str]:
    """What limits a stance, one line each: its scope, the source's hedge,
    its conditions, when it was last reviewed."""
    notes = []
    if stance.scope:
        notes.append(f"scope: {escape(stance.scope)}")
    if stance.hedge:
        notes.append(f"hedge: {escape(stance.hedge)}")
    if stance.conditions:
        notes.append("conditions: " + "; ".join(escape(c) for c in stance.conditions))
    notes += [f"figure: {amount_text(amount, escape)}" for amount in stance.amounts]
    if stance.reviewed:
        notes.append(f"reviewed on {stance.reviewed.isoformat()}: still holds")
    history = stance.history
    if history is not None and len(history.steps) > 1:
        path = " → ".join(
            f"{LOOKS[s.status].word} since {s.first_seen.isoformat()}" for s in history.steps
        )
        notes.append(f"history: {path}")
    for found in history.contradictions if history is not None else ():
        notes.append(contradiction_words(found, escape))
    return notes


def _voice(quote: Dated, escape: Callable[[str], str]) -> str:
    who = f"{escape(quote.evidence.speaker)}, " if quote.evidence.speaker else ""
    return f"{LOOKS[quote.status].word} ({who}{escape(quote.evidence.source)})"


def contradiction_words(found: Contradiction, escape: Callable[[str], str]) -> str:
    """`contradiction, 2026-01-06: considering (Friedrich Merz, liga-net)
    against ruled out (…); resolved: follows liga-net: REASON`."""
    when = found.when.isoformat() if found.when else "date unknown"
    if found.second is not None and None in (found.first.date, found.second.date):
        when += " (one of them undated: it may be any day)"
    if found.second is None:
        what = f"{_voice(found.first, escape)} is later than every quote for the stance's status"
    else:
        what = f"{_voice(found.first, escape)} against {_voice(found.second, escape)}"
    if found.resolution is not None:
        how = (
            f"resolved: follows {escape(found.resolution.follows)}: "
            f"{escape(found.resolution.reason)}"
        )
    else:
        how = "not resolved"
    return f"contradiction, {when}: {what}; {how}"


def precondition_sentence(precondition: PreconditionView, escape: Callable[[str], str]) -> str:
    """`a ceasefire or peace agreement (Politico, 2025-09-04)`."""
    cited = [
        f"{escape(q.source.publisher)}, {dated(q.source)}"
        for q in precondition.evidence
        if q.source
    ]
    return escape(precondition.text) + (f" ({'; '.join(cited)})" if cited else "")


def web_address(url: str | None) -> str | None:
    """`url` if it is a web address; anything else (`javascript:`) is no link."""
    if url and url.strip().lower().startswith(("https://", "http://")):
        return url.strip()
    return None
