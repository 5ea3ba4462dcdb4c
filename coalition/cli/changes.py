"""Commands about change over time: diff, log, textconv."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from coalition.cli.app import (
    CorrectionsOption,
    CountriesOption,
    DomainsOption,
    LedgerOption,
    app,
    format_option,
    ledger_path,
    parse_column,
    render_view,
    resolve_country,
    split_values,
    valid_or_exit,
)
from coalition.cli.parameters import completed
from coalition.cli.timeline import SinceOption, diff_since, released_commits
from coalition.render import RenderOptions

if TYPE_CHECKING:
    from coalition.git import Snapshot
    from coalition.model.ledger import Ledger


@app.command()
def diff(
    old: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            help="A file, a git revision (HEAD~1, a release, a tag, a hash), REVISION:PATH, or a "
            "date (YYYY-MM-DD: the ledger as last committed on or before that day).",
            show_default=False,
        ),
    ] = None,
    new: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help="The same kinds as OLD. Default: the ledger file as it is now."),
    ] = None,
    ledger: LedgerOption = None,
    countries: CountriesOption = None,
    domains: DomainsOption = None,
    output_format: Annotated[
        str,
        format_option(
            "diff",
            help="table for a terminal, markdown for a pull request, json, csv for a "
            "spreadsheet, oneline for a commit message.",
        ),
    ] = "table",
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when there are changes, as git diff does.")
    ] = False,
    corrections: CorrectionsOption = True,
    since: SinceOption = None,
) -> None:
    """What changed between two versions of the ledger, or since a day by the news."""
    from coalition.analyse.diff import diff_ledgers, diff_view, filter_changes
    from coalition.git import GitError, read_file, read_side

    if since is not None or old is None:  # by the news, not by the commits
        return diff_since(old, new, since, ledger, countries, domains, output_format, exit_code)
    ledger_file = ledger_path(ledger)
    try:
        sides = [
            read_side(old, ledger_file),
            read_side(new, ledger_file) if new else read_file(ledger_file),
        ]
    except GitError as error:
        typer.echo(f"coalition: {error}", err=True)
        raise typer.Exit(2) from None
    before, after = (_valid_side(side) for side in sides)
    columns = [parse_column(d) for d in split_values(domains)]
    # A name is looked up in either side (a country may be new, or gone).
    codes = [
        resolve_country(q, [after, before], param_hint="'--country'")
        for q in split_values(countries)
    ]
    changes = filter_changes(diff_ledgers(before, after), codes, columns, corrections=corrections)
    archived = any(s.archive for book in (before, after) for s in book.sources.values())
    notes = [UNCHECKED_QUOTES] if archived else []
    view = diff_view(sides[0].label, sides[1].label, before, after, changes, notes)
    render_view("diff", view, output_format)
    if exit_code and changes:
        raise typer.Exit(1)


UNCHECKED_QUOTES = (
    "quotes were compared as written, not checked against their archived sources "
    "(coalition validate checks them)"
)


def _valid_side(side: Snapshot) -> Ledger:
    """A side of a diff as a ledger, or its problems and exit 1: a diff is
    never computed from a half-read file. Archives are not read: a diff
    compares what two versions say; `validate` checks quotes."""
    from coalition.load import load_ledger_bytes

    loaded = load_ledger_bytes(side.data, side.label, base=None, errors_only=True)
    return valid_or_exit(loaded, "not a valid ledger, so it cannot be compared")


@app.command()
def log(
    country: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            **completed("CODE"),
            help="Only the history of this country.",
            show_default=False,
        ),
    ] = None,
    ledger: LedgerOption = None,
    domains: DomainsOption = None,
    since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--since",
            metavar="DATE",
            help="Only commits on or after this day (YYYY-MM-DD), or after a release (YEAR.N).",
        ),
    ] = None,
    output_format: Annotated[
        str,
        format_option("log", help="table for a terminal, markdown, or json."),
    ] = "table",
    corrections: CorrectionsOption = True,
) -> None:
    """The history of the ledger from git: each commit and what it changed."""
    import datetime

    from coalition.analyse.log import build_log
    from coalition.git import GitError, blob_reader, versions

    day = None
    released = released_commits(since, ledger_path(ledger)) if since else set()
    if since is not None and not released:
        try:
            day = datetime.date.fromisoformat(since)
        except ValueError:
            raise typer.BadParameter(
                "write the date as YYYY-MM-DD", param_hint="'--since'"
            ) from None
    columns = [parse_column(d) for d in split_values(domains)]
    codes = [resolve_country(country, param_hint="'CODE'")] if country else []
    try:
        path = ledger_path(ledger)
        found = versions(path)
        view = build_log(
            str(path),
            found,
            blob_reader(path),
            codes,
            columns,
            day,
            corrections=corrections,
            released=released,
        )
    except GitError as error:
        typer.echo(f"coalition: {error}", err=True)
        raise typer.Exit(2) from None
    render_view("log", view, output_format)


@app.command()
def textconv(
    file: Annotated[Path, typer.Argument(help="A version of the ledger, as git passes it.")],
) -> None:
    """The ledger as one line per fact, for git's textconv: with it, `git diff`
    and `git log -p` show changed facts rather than changed YAML lines."""
    from coalition.load import load_ledger
    from coalition.problems import Level
    from coalition.render import render

    loaded = load_ledger(file)
    fatal = [p for p in loaded.problems if p.level is Level.FATAL]
    if fatal:
        typer.echo(f"coalition: {fatal[0].location}: {fatal[0].message}", err=True)
        raise typer.Exit(2)
    if loaded.ledger is None:
        # Git shows whatever we print: show the file as it is, so a broken
        # version still diffs as text.
        sys.stdout.write(file.read_bytes().decode("utf-8", errors="replace"))
        return
    render("facts", "text", loaded.ledger, sys.stdout, RenderOptions())
