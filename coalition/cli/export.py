"""`coalition export`: the ledger as data for a newsroom's own tools."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coalition.cli.app import LedgerOption, OutDirArgument, app, ledger_path, load_valid
from coalition.cli.parameters import PlainTyper

if TYPE_CHECKING:
    from coalition.analyse.tables import Tables

export_app = PlainTyper(
    name="export",
    help="The ledger as data: a Frictionless data package, or SQLite for Datasette.",
    no_args_is_help=True,
)
app.add_typer(export_app)

ExcelOption = Annotated[
    bool,
    typer.Option(
        "--excel",
        help="For Excel: a byte-order mark so it reads UTF-8 (cells that would run as a formula "
        "are always prefixed with ').",
    ),
]


@export_app.command()
def datapackage(
    folder: OutDirArgument,
    ledger: LedgerOption = None,
    excel: ExcelOption = False,
) -> None:
    """One CSV per table and a datapackage.json that types every column."""
    from coalition.analyse.tables import ledger_tables
    from coalition.render.datapackage import write_datapackage

    book = load_valid(ledger)
    try:
        written = write_datapackage(_released(ledger_tables(book), ledger), folder, excel=excel)
    except OSError as error:
        typer.echo(f"coalition: cannot write in {folder}: {error.strerror or error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"wrote {len(written)} files in {folder} (as of {book.as_of.isoformat()})", err=True)


@export_app.command()
def sqlite(
    database: Annotated[
        Path,
        typer.Argument(metavar="FILE", help="The SQLite file (made if missing).", dir_okay=False),
    ],
    ledger: LedgerOption = None,
    history: Annotated[
        bool,
        typer.Option(
            "--history",
            help="Also a row per stance per commit that moved it, from git; run again after "
            "new commits, only those are added.",
        ),
    ] = False,
) -> None:
    """The tables in SQLite, with keys, indexes and full-text search, for Datasette."""
    import sqlite3

    from coalition.analyse.tables import history_rows, ledger_tables
    from coalition.render.sqlitefile import write_sqlite

    book = load_valid(ledger)
    rows = None
    if history:
        from coalition.analyse.log import build_log
        from coalition.git import (
            GitError,
            blob_reader,
            release_of_commits,
            releases,
            root_and_path,
            versions,
        )

        path = ledger_path(ledger)
        try:
            found = versions(path)
            root, inside = root_and_path(path)
            held = release_of_commits(root, releases(root), inside)
            rows = history_rows(build_log(str(path), found, blob_reader(path)), held)
        except GitError as error:
            typer.echo(f"coalition: {error}", err=True)
            raise typer.Exit(2) from None
    try:
        counts = write_sqlite(_released(ledger_tables(book), ledger), database, rows)
    except (OSError, sqlite3.Error) as error:
        typer.echo(f"coalition: cannot write {database}: {error}", err=True)
        raise typer.Exit(2) from None
    said = ", ".join(f"{name} {count}" for name, count in counts.items())
    typer.echo(f"wrote {database}: {said}", err=True)


def _released(tables: Tables, ledger: Path | None) -> Tables:
    """The tables, saying which release they are when the ledger file is
    one, byte for byte."""
    import dataclasses

    from coalition.git import release_of_file

    return dataclasses.replace(tables, release=release_of_file(ledger_path(ledger)))
