"""Commands that show who does what: summary, show, domain."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

import typer

from coalition.cli.app import (
    CountriesOption,
    DomainsOption,
    FormatOption,
    LedgerOption,
    app,
    format_option,
    ledger_path,
    load_valid,
    no_such_country,
    parse_column,
    render_view,
    resolve_country,
    split_values,
)
from coalition.cli.parameters import choice_option, completed

if TYPE_CHECKING:
    pass


@app.command()
def summary(
    ledger: LedgerOption = None,
    domains: DomainsOption = None,
    statuses: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--status",
            "-s",
            **completed("STATUS"),
            help="Only stances with this status; 'considering+' means considering or stronger.",
        ),
    ] = None,
    countries: CountriesOption = None,
    groups: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--group",
            "-g",
            **completed("GROUP"),
            help="Only countries in this group.",
        ),
    ] = None,
    sort: Annotated[
        str,
        choice_option(
            "--sort",
            choices=("name", "code", "strength"),
            help="Order of the rows: name, code, or strength of commitment.",
        ),
    ] = "name",
    output_format: FormatOption = "table",
) -> None:
    """Who does what: a row per country, a column per domain."""
    from coalition.analyse.summary import Filters, SortOrder, StatusFilter, summarise
    from coalition.model.vocabulary import Group

    columns = tuple(parse_column(d) for d in split_values(domains))
    try:
        status_filters = tuple(StatusFilter.parse(s) for s in split_values(statuses))
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="'--status'") from None
    try:
        group_filters = tuple(Group(g.lower()) for g in split_values(groups))
    except ValueError:
        raise typer.BadParameter(
            "groups are: " + ", ".join(g.value for g in Group), param_hint="'--group'"
        ) from None
    book = load_valid(ledger)
    codes = [resolve_country(q, [book], param_hint="'--country'") for q in split_values(countries)]
    filters = Filters(columns, status_filters, tuple(codes), group_filters)
    render_view("summary", summarise(book, filters, SortOrder(sort)), output_format)


@app.command()
def show(
    country: Annotated[
        str,
        typer.Argument(
            **completed("CODE"),
            help="A country code or name, any case.",
        ),
    ],
    ledger: LedgerOption = None,
    output_format: FormatOption = "table",
) -> None:
    """Every stance of one country, with its conditions and quoted evidence."""
    from coalition.analyse.country import describe_country
    from coalition.model.countries import find_country

    book = load_valid(ledger)
    code = resolve_country(country, [book], param_hint="'CODE'")
    if code not in book.countries:
        match = find_country(book, country)
        typer.echo(f"coalition: {no_such_country(book, country, match)}", err=True)
        raise typer.Exit(1)
    render_view("country", describe_country(book, code), output_format)


@app.command()
def domain(
    name: Annotated[
        str,
        typer.Argument(
            **completed("DOMAIN"),
            help="overall, land, sea, air, cyber, logistics or financing.",
        ),
    ],
    ledger: LedgerOption = None,
    output_format: FormatOption = "table",
) -> None:
    """Who stands where in one domain, strongest first."""
    from coalition.analyse.summary import group_by_status

    column = parse_column(name)
    render_view("domain", group_by_status(load_valid(ledger), column), output_format)


@app.command()
def coverage(
    sources: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(
            **completed("SOURCE"),
            help="Source ids. Default: every source.",
            show_default=False,
        ),
    ] = None,
    ledger: LedgerOption = None,
    output_format: Annotated[
        str,
        format_option("coverage", help="table for a terminal, markdown, or json."),
    ] = "table",
) -> None:
    """What each archived source still holds: the sentences that name a
    country and that no evidence quotes (nor 'ignored:' explains)."""
    from coalition.analyse.coverage import coverage as cover
    from coalition.model.suggest import did_you_mean

    path = ledger_path(ledger)
    book = load_valid(ledger)
    for source_id in sources or []:
        if source_id not in book.sources:
            guess = did_you_mean(source_id, book.sources)
            hint = f"did you mean {guess!r}?" if guess else "it has: " + ", ".join(book.sources)
            raise typer.BadParameter(f"no source {source_id!r}; {hint}", param_hint="'SOURCE'")
    render_view("coverage", cover(book, path.parent, list(sources or [])), output_format)


@app.command(name="record")
def record_source(
    source: Annotated[
        str, typer.Argument(**completed("SOURCE"), help="The id of an archived source.")
    ],
    ledger: LedgerOption = None,
    output_format: Annotated[
        str, format_option("record", help="text: shell lines to edit and run; or json.")
    ] = "text",
) -> None:
    """A guided reading of one archived source: for each sentence `coverage`
    finds, the command that would record it, guessed from its words, to
    check, edit and run. Writes nothing."""
    from coalition.analyse.recording import plan_recording
    from coalition.model.suggest import did_you_mean

    path = ledger_path(ledger)
    book = load_valid(ledger)
    if source not in book.sources:
        guess = did_you_mean(source, book.sources)
        hint = f"did you mean {guess!r}?" if guess else "it has: " + ", ".join(book.sources)
        raise typer.BadParameter(f"no source {source!r}; {hint}", param_hint="'SOURCE'")
    option = ("-l", str(ledger)) if ledger is not None else ()
    render_view("record", plan_recording(book, source, path.parent, option), output_format)
