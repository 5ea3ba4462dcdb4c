"""Rich tables for a terminal: colour and symbols there, plain text when piped.

Text from the ledger is only ever put into `rich.text.Text` objects after
`one_line()` (`clean()`, line breaks shown as ↵), on a Console with markup,
emoji and highlighting off: a note with `[red]`, `[link=…]` or `:warning:`
shows as written, and a role over several lines as one.
"""

from __future__ import annotations

from typing import TextIO

from rich import box
from rich.cells import cell_len
from rich.columns import Columns
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from coalition.analyse.country import CountryView, Quote
from coalition.analyse.summary import DomainView, Summary
from coalition.model.vocabulary import Status
from coalition.render import RenderOptions
from coalition.render.console import rich_console
from coalition.render.style import (
    LOOKS,
    citation,
    counts_text,
    label,
    legend_entries,
    precondition_sentence,
    reported_sentence,
    roles_sentence,
    shown_columns,
    stance_notes,
    totals_sentence,
)
from coalition.render.style import one_line as clean

EMPTY = "·"
# Column headings on a narrow terminal, where a status is shortened too.
SHORT_HEADINGS = {"logistics": "logist.", "financing": "financ."}


def _heading_of(column: str, *, short: bool) -> str:
    return SHORT_HEADINGS.get(column, column) if short else column


def _status(status: Status, *, short: bool = False) -> Text:
    return Text(label(status, short=short), style=LOOKS[status].colour)


def _heading(console: Console, title: str, as_of: str) -> None:
    console.print(Text(clean(title), style="bold"))
    console.print(Text(f"as of {as_of}", style="dim"))


def _name_width(summary: Summary, *, short: bool) -> int:
    """The country column's width: whole names up to 24 cells; where
    statuses are shortened, names fold between words ("United / Kingdom")."""
    if short:
        words = [cell_len(w) for row in summary.rows for w in clean(row.name).split()]
        return max([len("country"), *(min(w, 12) for w in words)])
    return max([len("country"), *(min(cell_len(clean(r.name)), 24) for r in summary.rows)])


def _fits(summary: Summary, columns: tuple[str, ...], width: int, *, short: bool) -> bool:
    """Whether the matrix fits the width without wrapping a status, in the
    cells a terminal gives each character (a CJK name takes two per glyph)."""
    name_width = _name_width(summary, short=short)
    # Each column but the first is set off by a space between two of padding.
    total = name_width + 3 * len(columns)
    for column in columns:
        cells = [
            cell_len(label(row.cells[column], short=short))
            for row in summary.rows
            if column in row.cells
        ]
        total += max([cell_len(_heading_of(column, short=short)), *cells])
    return total <= width


def summary(view: Summary, out: TextIO, options: RenderOptions) -> None:
    with rich_console(out, options) as console:
        _summary(view, console)


def _summary(view: Summary, console: Console) -> None:
    _heading(console, view.title, view.as_of.isoformat())
    if not view.rows:
        console.print(
            Text(
                "No country matches these filters."
                if view.filters.active
                else "The ledger names no country yet."
            )
        )
        return
    columns = shown_columns(view)
    short = not _fits(view, columns, console.width, short=False)
    if short and not _fits(view, columns, console.width, short=True):
        _stacked(view, columns, console)
    else:
        _matrix(view, columns, console, short=short)
    _footer(view, console, short=short)


def _stacked(view: Summary, columns: tuple[str, ...], console: Console) -> None:
    """Too narrow for the matrix: a block per country, its name first and
    whole, a line per stance; never a row without its country."""
    width = max(cell_len(column) for column in columns)
    for row in view.rows:
        console.print(Text(clean(row.name), style="bold"))
        for column in columns:
            if column in row.cells:
                line = Text("  " + column.ljust(width) + " ")
                line.append_text(_status(row.cells[column], short=False))
                console.print(line)


def _matrix(view: Summary, columns: tuple[str, ...], console: Console, *, short: bool) -> None:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, header_style="bold")
    table.add_column("country", overflow="fold", min_width=_name_width(view, short=True))
    for column in columns:
        table.add_column(_heading_of(column, short=short), no_wrap=True)
    for row in view.rows:
        cells = [
            _status(row.cells[c], short=short) if c in row.cells else Text(EMPTY, style="dim")
            for c in columns
        ]
        table.add_row(Text(clean(row.name)), *cells)
    console.print(table)


def _footer(view: Summary, console: Console, *, short: bool) -> None:
    totals = Text()
    for index, column in enumerate(view.columns):
        if index:
            totals.append("; ")
        totals.append(f"{column}: ", style="bold")
        totals.append(counts_text(view.totals[column]))
    console.print(totals)
    for column, found in view.amounts.items():
        line = Text(f"figures, {column}: ", style="bold")
        line.append(totals_sentence(found, clean))
        console.print(line)
    roles = roles_sentence(view.rows, clean)
    if roles:
        line = Text("roles: ", style="bold")
        line.append(roles)
        console.print(line)
    for figure in view.reported:
        line = Text("reported: ", style="bold")
        line.append(reported_sentence(figure, clean))
        console.print(line)
    for precondition in view.preconditions:
        line = Text("precondition for all: ", style="bold")
        line.append(precondition_sentence(precondition, clean))
        console.print(line)
    console.print(_legend(short=short))


def _legend(*, short: bool) -> Columns:
    """One entry per status; an entry is never split across lines."""
    return Columns(
        [
            Text(text.split(":")[0], style=LOOKS[status].colour)
            for status, text in legend_entries(short=short)
        ],
        padding=(0, 2),
    )


def _quote(quote: Quote) -> Padding:
    text = Text("“", style="italic")
    text.append(clean(quote.quote), style="italic")
    text.append("”", style="italic")
    if quote.evidence.translation:
        text.append(f"\n(translation) “{clean(quote.evidence.translation)}”", style="italic")
    said = citation(quote.evidence, quote.source, clean)
    text.append(f"\n— {said}", style="dim")
    return Padding(text, (0, 0, 0, 2))


def country(view: CountryView, out: TextIO, options: RenderOptions) -> None:
    with rich_console(out, options) as console:
        _country(view, console)


def _country(view: CountryView, console: Console) -> None:
    heading = Text(f"{clean(view.name)} ({view.code})", style="bold")
    heading.append(f"  {view.group.value}" + (f", {clean(view.role)}" if view.role else ""))
    console.print(heading)
    console.print(Text(f"as of {view.as_of.isoformat()}", style="dim"))
    for quote in view.evidence:
        console.print(_quote(quote))
    if not view.stances:
        console.print(Text("No stance recorded."))
    for stance in view.stances:
        console.print()
        line = Text(f"{stance.column}: ", style="bold")
        line.append_text(_status(stance.status))
        if stance.detail:
            line.append(f" — {clean(stance.detail)}")
        console.print(line)
        for note in stance_notes(stance, clean):
            console.print(Padding(Text(note), (0, 0, 0, 2)))
        for quote in stance.evidence:
            console.print(_quote(quote))


def domain(view: DomainView, out: TextIO, options: RenderOptions) -> None:
    with rich_console(out, options) as console:
        _domain(view, console)


def _domain(view: DomainView, console: Console) -> None:
    _heading(console, view.title, view.as_of.isoformat())
    if not view.groups:
        console.print(Text(f"No country has a stance on {view.column}."))
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False, header_style="bold")
    table.add_column(view.column, no_wrap=True)
    table.add_column("countries", overflow="fold")
    for status, rows in view.groups:
        table.add_row(_status(status), Text(", ".join(clean(row.name) for row in rows)))
    console.print(table)
    if view.amounts:
        line = Text("figures: ", style="bold")
        line.append(totals_sentence(view.amounts, clean))
        console.print(line)
