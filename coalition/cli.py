"""The `coalition` command: options -> load -> analyse -> render -> exit code.

Nothing else lives here. Modules that are slow to import (pydantic, Rich) are
imported inside the commands that need them, so `coalition --help` and
`--version` start in a blink.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Optional

import typer

from coalition import __version__
from coalition.report import REPORTERS

if TYPE_CHECKING:
    ReportFormat = str
else:  # the choices come from the reporters themselves, never a second list
    ReportFormat = Literal[tuple(REPORTERS)]

DEFAULT_LEDGER = "contributions.yaml"
LEDGER_ENV = "COALITION_LEDGER"

app = typer.Typer(
    name="coalition",
    help="Track what each country contributes to security guarantees for Ukraine.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

LedgerOption = Annotated[
    Optional[Path],  # noqa: UP045 - Typer reads this annotation at run time
    typer.Option(
        "--ledger",
        "-l",
        envvar=LEDGER_ENV,
        show_envvar=True,
        help=f"The ledger file. Default: ${LEDGER_ENV}, else ./{DEFAULT_LEDGER}.",
        dir_okay=False,
    ),
]


def ledger_path(option: Path | None) -> Path:
    """Which ledger a command reads: --ledger, else $COALITION_LEDGER (Typer
    reads it into the option), else contributions.yaml here."""
    return option if option is not None else Path(DEFAULT_LEDGER)


def use_colour(stream: object = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set
    (https://no-color.org); FORCE_COLOR forces it, as Rich does."""
    stream = stream or sys.stdout
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and os.environ.get("TERM") != "dumb"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"coalition {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Track what each country contributes to security guarantees for Ukraine."""


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
) -> None:
    """Check the ledger and report every problem with its file, line and column.

    Exit status: 0 valid, 1 invalid, 2 a file could not be read.
    """
    from coalition.load import load_ledger
    from coalition.problems import exit_code
    from coalition.report import Options, write_report

    paths = files or [str(ledger_path(ledger))]
    results = [load_ledger(path) for path in paths]
    options = Options(strict=strict, colour=output_format == "text" and use_colour())
    write_report(output_format, results, options)
    raise typer.Exit(exit_code([p for r in results for p in r.problems], strict=strict))


def main() -> None:
    """Console entry point: never a traceback for the person at the keyboard."""
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except BrokenPipeError:
        # The reader of a pipe (`| head`) went away: nothing left to say, and
        # nothing for Python to complain about when it flushes at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except Exception as error:
        if os.environ.get("COALITION_DEBUG"):
            raise
        from coalition.problems import show_text

        print(
            f"coalition: internal error ({type(error).__name__}: {show_text(error, 200)}). "
            "This is a bug in "
            "coalition, not in your ledger: please report it with the command you ran "
            "(set COALITION_DEBUG=1 to see the details).",
            file=sys.stderr,
        )
        sys.exit(2)
