"""`coalition timeline`: each stance's statuses in the order its sources said
them, dated by the news rather than by the commits that recorded them."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Annotated, Literal, Optional

import typer

from coalition.cli.app import (
    DomainsOption,
    LedgerOption,
    app,
    load_valid,
    no_such_country,
    parse_column,
    render_view,
    resolve_country,
    split_values,
)
from coalition.render import formats

if TYPE_CHECKING:
    TimelineFormat = str
else:  # the choices come from the renderers themselves
    TimelineFormat = Literal[formats("timeline")]


def parse_day(text: str | None, param_hint: str) -> datetime.date | None:
    """A YYYY-MM-DD option, or a usage error that says how to write it."""
    if text is None:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter("write the date as YYYY-MM-DD", param_hint=param_hint) from None


@app.command()
def timeline(
    country: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="CODE", help="Only this country (a code or a name).", show_default=False
        ),
    ] = None,
    ledger: LedgerOption = None,
    domains: DomainsOption = None,
    since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--since",
            metavar="DATE",
            help="Only stances the sources moved on or after this day (YYYY-MM-DD), by the "
            "date said or published.",
        ),
    ] = None,
    output_format: Annotated[
        TimelineFormat,
        typer.Option("--format", "-f", help="table for a terminal, markdown to paste, or json."),
    ] = "table",
) -> None:
    """Each stance's statuses over time, dated by its sources: superseded and
    contradicted evidence told apart, undated evidence never placed on a date."""
    from coalition.analyse.timeline import timeline_view
    from coalition.model.countries import find_country

    day = parse_day(since, "'--since'")
    columns = [parse_column(d) for d in split_values(domains)]
    book = load_valid(ledger)
    codes = []
    if country is not None:
        code = resolve_country(country, [book], param_hint="'CODE'")
        if code not in book.countries:
            match = find_country(book, country)
            typer.echo(f"coalition: {no_such_country(book, country, match)}", err=True)
            raise typer.Exit(1)
        codes.append(code)
    render_view("timeline", timeline_view(book, codes, columns, day), output_format)
