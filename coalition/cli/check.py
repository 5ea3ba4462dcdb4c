"""Commands that check the ledger: validate, schema."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from coalition.cli.app import (
    LedgerOption,
    ReportFormat,
    app,
    ledger_path,
    use_colour,
)

if TYPE_CHECKING:
    pass


@app.command()
def validate(
    files: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(
            metavar="FILE",
            help="Ledger files to check. Default: the ledger (see --ledger).",
            show_default=False,
        ),
    ] = None,
    ledger: LedgerOption = None,
    output_format: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="text for people, json for programs, github for Actions annotations.",
        ),
    ] = "text",
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    stale_after: Annotated[
        int,
        typer.Option(
            "--stale-after",
            metavar="DAYS",
            min=0,
            help="Warn about a stance whose newest evidence is older than this many days "
            "before as_of.",
        ),
    ] = 90,
) -> None:
    """Check the ledger and report every problem with its file, line and column.

    Exit status: 0 valid, 1 invalid, 2 a file could not be read.
    """
    from coalition.load import load_ledger
    from coalition.problems import exit_code
    from coalition.report import Options, write_report

    paths = files or [str(ledger_path(ledger))]
    results = [load_ledger(path, stale_after=stale_after) for path in paths]
    options = Options(strict=strict, colour=output_format == "text" and use_colour())
    write_report(output_format, results, options)
    raise typer.Exit(exit_code([p for r in results for p in r.problems], strict=strict))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the ledger, for editors and other validators."""
    from coalition.schema import schema_text

    sys.stdout.write(schema_text())
