"""Markdown a journalist pastes into a draft or a pull-request comment.

Tables are GitHub-flavoured; nothing is indented (an indented line would turn
into a code block); text from the ledger is escaped so that it cannot open a
link, an image, emphasis or HTML, or break a table cell.
"""

from __future__ import annotations

import re
from typing import TextIO
from urllib.parse import quote as percent_encoded

from coalition.analyse.change import Change
from coalition.analyse.country import CountryView, Quote
from coalition.analyse.diff import DiffView
from coalition.analyse.log import LogView
from coalition.analyse.summary import DomainView, Summary
from coalition.model.ledger import Evidence
from coalition.render import RenderOptions
from coalition.render.style import (
    citation,
    clean,
    counts_text,
    label,
    legend_entries,
    precondition_sentence,
    reported_sentence,
    roles_sentence,
    shown_columns,
    stance_notes,
    totals_sentence,
    web_address,
)
from coalition.render.words import change_words, summary_words

_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+!|~]|&(?=#?\w+;))")
# What opens a list, a heading underline or a rule at the start of a line only.
_LEADING = re.compile(r"^(\d+)([.)])|^([-=])")
# What GitHub turns into a link or a notification although nobody wrote a
# link: a URL, a bare `www.` address, an e-mail address, an @mention, an
# issue reference (`#12`, `owner/repo#12`). Inside a code span it stays text,
# which no backslash can promise (a mention is found after rendering). A pipe
# ends one: inside a code span in a table cell it would need an escape that a
# paragraph would show.
_LIVE = re.compile(
    r"(?:[A-Za-z][A-Za-z0-9+.-]*:/?/[^\s|]+|www\.[^\s|]+|[^\s|]+@[^\s|]+|@[\w-]+"
    r"|(?:[\w.-]+/[\w.-]+)?#\d+)"
)


def escape(text: str) -> str:
    """Ledger text as inert Markdown: every punctuation mark that could open
    a construct is escaped, and what GitHub would link is set as code."""
    text = clean(text).replace("\n", " ")
    parts: list[str] = []
    position = 0
    while match := _LIVE.search(text, position):
        live = match.group().rstrip(".,;:!?)]'\"") or match.group()
        while (following := _LIVE.match(text, match.start() + len(live))) is not None:
            live += following.group()  # two code spans in a row would be one
        parts.append(_SPECIAL.sub(r"\\\1", text[position : match.start()]))
        parts.append(_code(live))
        position = match.start() + len(live)
    parts.append(_SPECIAL.sub(r"\\\1", text[position:]))
    return _LEADING.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", "".join(parts))


def _code(text: str) -> str:
    """A code span that survives any run of backticks inside it."""
    text = clean(text).replace("\n", " ")
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {text} " if longest or text.startswith(" ") else text
    return f"{fence}{padded}{fence}"


def _write(out: TextIO, *lines: str) -> None:
    for line in lines:
        out.write(line + "\n")


def summary(view: Summary, out: TextIO, options: RenderOptions) -> None:
    _write(out, f"## {escape(view.title)}", "", f"As of {view.as_of.isoformat()}.", "")
    if not view.rows:
        _write(
            out,
            "No country matches these filters."
            if view.filters.active
            else "The ledger names no country yet.",
        )
        return
    columns = shown_columns(view)
    _write(
        out,
        "| country | " + " | ".join(columns) + " |",
        "| --- | " + " | ".join("---" for _ in columns) + " |",
    )
    for row in view.rows:
        cells = [label(row.cells[c]) if c in row.cells else "" for c in columns]
        _write(out, f"| {escape(row.name)} | " + " | ".join(cells) + " |")
    _write(out, "")
    for column in view.columns:
        _write(out, f"- **{column}**: {counts_text(view.totals[column])}")
    for column, found in view.amounts.items():
        _write(out, f"- **figures, {column}**: {totals_sentence(found, escape)}")
    roles = roles_sentence(view.rows, escape)
    if roles:
        _write(out, f"- **roles**: {roles}")
    for figure in view.reported:
        _write(out, f"- **reported**: {reported_sentence(figure, escape)}")
    for precondition in view.preconditions:
        _write(out, f"- **precondition for all**: {precondition_sentence(precondition, escape)}")
    _write(out, "", "Legend: " + "; ".join(text for _, text in legend_entries()) + ".")


def link(text: str, url: str) -> str:
    """`[text](<url>)` for a web address; anything else (a `javascript:`
    address, say) is not made a link. The address goes between angle
    brackets, so `_`, `(` and `)` in it stay as they are; only what would end
    it is encoded."""
    address = web_address(url)
    if address is None:
        return text
    url = address
    ends = {c for c in url if c in "<> " or not c.isprintable()}
    safe = "".join(
        percent_encoded(c, safe="") if c in ends else "\\\\" if c == "\\" else c for c in url
    )
    return f"[{text}](<{safe}>)"


def _quote(quote: Quote) -> str:
    said = citation(quote.evidence, quote.source, escape, link=link)
    translation = quote.evidence.translation
    translated = f"  \n> (translation) “{escape(translation)}”" if translation else ""
    return f"> “{escape(quote.quote)}”{translated}  \n> — {said}"


def country(view: CountryView, out: TextIO, options: RenderOptions) -> None:
    role = f", {escape(view.role)}" if view.role else ""
    _write(
        out,
        f"## {escape(view.name)} ({view.code})",
        "",
        f"Group: {view.group.value}{role}. As of {view.as_of.isoformat()}.",
    )
    for quote in view.evidence:
        _write(out, "", _quote(quote))
    if not view.stances:
        _write(out, "", "No stance recorded.")
    for stance in view.stances:
        detail = f" — {escape(stance.detail)}" if stance.detail else ""
        _write(out, "", f"### {stance.column}: {label(stance.status)}{detail}")
        notes = stance_notes(stance, escape)
        if notes:
            _write(out, "", "  \n".join(note[:1].upper() + note[1:] for note in notes))
        for quote in stance.evidence:
            _write(out, "", _quote(quote))


def domain(view: DomainView, out: TextIO, options: RenderOptions) -> None:
    _write(
        out, f"## {view.column}: {escape(view.title)}", "", f"As of {view.as_of.isoformat()}.", ""
    )
    if not view.groups:
        _write(out, f"No country has a stance on {view.column}.")
        return
    for status, rows in view.groups:
        _write(out, f"- **{label(status)}**: " + ", ".join(escape(row.name) for row in rows))
    if view.amounts:
        _write(out, "", f"Figures: {totals_sentence(view.amounts, escape)}.")


def diff(view: DiffView, out: TextIO, options: RenderOptions) -> None:
    """Made to be posted as a pull-request comment: a summary table, then the
    changes by country, each changed stance with the quotes behind it."""
    words = summary_words(view.summary)
    _write(
        out,
        f"### Ledger changes: {_code(view.old)} → {_code(view.new)}",
        "",
        words[:1].upper() + words[1:] + ".",
    )
    groups: dict[str | None, list[Change]] = {}
    for change in view.changes:
        groups.setdefault(change.country, []).append(change)
    countries = [code for code in groups if code]
    if countries:
        _write(out, "", "| country | changes | headline |", "| --- | --- | --- |")
        for code in countries:
            headline = escape(change_words(groups[code][0], str))
            name = escape(view.names.get(code, code))
            _write(out, f"| {name} ({code}) | {len(groups[code])} | {headline} |")
    for country, changes in groups.items():
        heading = f"{escape(view.names.get(country, country))} ({country})" if country else "Ledger"
        _write(out, "", f"#### {heading}", "")
        for change in changes:
            _write(out, f"- {change_words(change, escape)}")
            # Quotes as block quotes at the margin: an indented line could
            # turn into a code block in some renderers.
            quotes = [_evidence_line(evidence, view) for evidence in change.evidence]
            if quotes:
                _write(out, "", "\n>\n".join(quotes), "")
    for note in view.notes:
        _write(out, "", f"Note: {escape(note)}")


def _evidence_line(evidence: Evidence, view: DiffView) -> str:
    source = view.sources.get(evidence.source)
    said = citation(evidence, source, escape, title=False)
    return f"> “{escape(evidence.quote)}” — {said}"


def log(view: LogView, out: TextIO, options: RenderOptions) -> None:
    _write(out, f"### History of {_code(view.ledger)}")
    if not view.entries:
        _write(out, "", "No commit matches." if view.filtered else "No commit changed it yet.")
    for entry in view.entries:
        _write(out, "", f"#### {entry.date[:10]} {_code(entry.short)} {escape(entry.subject)}", "")
        if entry.problem:
            _write(out, f"- {escape(entry.problem)}")
        for change in entry.changes:
            where = (
                f"{escape(view.names.get(change.country, change.country))}: "
                if change.country
                else ""
            )
            _write(out, f"- {where}{change_words(change, escape)}")
