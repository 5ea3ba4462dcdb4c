"""The `coalition` app, its shared options, and the entry point.

Nothing else lives here. Modules that are slow to import (pydantic, Rich) are
imported inside the commands that need them, so `coalition --help` and
`--version` start in a blink.
"""

from __future__ import annotations

import enum
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from coalition import __version__
from coalition.cli.defaults import DEFAULT_LEDGER, LEDGER_ENV
from coalition.cli.parameters import PlainTyper, choice_option, completed
from coalition.render import RenderOptions, formats

if TYPE_CHECKING:
    from coalition.load import Loaded
    from coalition.model.countries import CountryMatch
    from coalition.model.ledger import Ledger


def format_option(view: str, help: str) -> Any:
    """`--format`/`-f`: one of the formats the renderers of `view` have,
    never a second list."""
    return choice_option("--format", "-f", choices=formats(view), help=help)


app = PlainTyper(
    name="coalition",
    help="Track what each country contributes to security guarantees for Ukraine.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain help and usage errors: quick to start, and readable in CI logs
    # and pipes, where a boxed panel is cut into pieces.
    rich_markup_mode=None,
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


def _out_dir(value: str) -> Path:
    """OUT_DIR, named: an empty one would be the current folder, where the
    ledger and its repository are."""
    if not value.strip():
        raise typer.BadParameter("name the folder to write; an empty name is not one")
    folder = Path(value)
    if folder.exists() and not folder.is_dir():
        raise typer.BadParameter(f"{value!r} is a file, not a folder")
    return folder


OutDirArgument = Annotated[
    Path,
    typer.Argument(
        metavar="OUT_DIR", help="The folder to write (made if missing).", parser=_out_dir
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


CountriesOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--country",
        "-c",
        **completed("CODE"),
        help="Only these countries (codes or names); repeat or separate with commas.",
    ),
]

DomainsOption = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Option(
        "--domain",
        "-d",
        **completed("DOMAIN"),
        help="Only these domains (overall, land, sea, air, cyber, logistics, financing); "
        "repeat or separate with commas.",
    ),
]

CorrectionsOption = Annotated[
    bool,
    typer.Option(
        "--corrections/--no-corrections",
        help="Show corrections of the ledger's own mistakes beside the news (default), or "
        "only the news.",
    ),
]

FormatOption = Annotated[
    str,
    format_option(
        "summary",
        help="table for a terminal, markdown to paste, csv for a spreadsheet, json for programs.",
    ),
]


def valid_or_exit(loaded: Loaded, why: str) -> Ledger:
    """The loaded ledger, or its errors on stderr and exit 1 (2 if it could
    not be read): nothing is shown or compared from a half-read file."""
    from coalition.problems import Level, exit_code
    from coalition.render.report import problem_line

    errors = [p for p in loaded.problems if p.level >= Level.ERROR]
    if errors or loaded.ledger is None:
        for problem in errors:
            typer.echo(problem_line(problem), err=True)
        typer.echo(f"{loaded.file}: {why}", err=True)
        raise typer.Exit(max(exit_code(errors), 1))
    return loaded.ledger


def load_valid(option: Path | None) -> Ledger:
    """The ledger the option names, valid, or its errors and exit."""
    from coalition.load import load_ledger

    return valid_or_exit(
        load_ledger(ledger_path(option), errors_only=True),
        "the ledger has errors; fix them first (`coalition validate` lists them too)",
    )


def render_view(view_name: str, view: object, output_format: str) -> None:
    from coalition.render import render

    colour = output_format in ("table", "text") and use_colour()
    render(view_name, output_format, view, sys.stdout, RenderOptions(colour=colour))


def split_values(values: list[str] | None) -> list[str]:
    """Repeated options and comma-separated lists both: `-d air,sea -d land`."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def parse_column(text: str) -> str:
    from coalition.model.suggest import did_you_mean
    from coalition.model.vocabulary import COLUMNS

    if text.lower() in COLUMNS:
        return text.lower()
    guess = did_you_mean(text, COLUMNS)
    hint = f"did you mean {guess!r}?" if guess else "one of: " + ", ".join(COLUMNS)
    raise typer.BadParameter(f"{text!r} is not a domain; {hint}")


def parse_choice(value: str | None, kind: type[enum.Enum], param_hint: str) -> None:
    """Refuse a word that is not one of `kind`'s values, with "did you mean"."""
    from coalition.cli.parameters import unknown_choice

    values = [str(member.value) for member in kind]
    if value is None or value in values:
        return
    raise typer.BadParameter(unknown_choice(value, values), param_hint=param_hint)


def no_such_country(book: Ledger | None, query: str, match: CountryMatch) -> str:
    """Why `query` names no country (of the ledger, when `book` is given)."""
    from coalition.model.countries import display_name
    from coalition.problems import show_text

    def named(code: str) -> str:
        given = book.countries[code].name if book is not None and code in book.countries else None
        return f"{display_name(code, given)} ({code})"

    close = ", ".join(named(code) for code in match.suggestions)
    if match.known_elsewhere and book is not None:
        listed = ", ".join(sorted(book.countries))
        return (
            f"{named(match.known_elsewhere)} is not in the ledger: no stance of it is "
            f"recorded. It has: {listed}"
        )
    where = " in the ledger" if book is not None else ""
    hint = f"did you mean {close}?" if close else "use a country's code or name, e.g. FR or France"
    return f"no country {show_text(query)}{where}; {hint}"


def resolve_country(query: str, books: Sequence[Ledger] = (), *, param_hint: str) -> str:
    """The code of the country `query` names: a code, a name, a common or
    former name, an alias, or the name a ledger gives it. Any ISO country
    will do without `books`; with them, a country of any of them, or one
    known elsewhere (it simply has nothing recorded). Anything else is a
    usage error with the closest countries."""
    from coalition.model.countries import find_country

    for book in books:
        match = find_country(book, query)
        if match.code is not None:
            return match.code
    match = find_country(None, query)
    if match.code is not None:
        return match.code
    raise typer.BadParameter(
        no_such_country(books[0] if books else None, query, match), param_hint=param_hint
    )


def undecodable_argument(arguments: list[str]) -> str | None:
    """The first argument that is not UTF-8 text (the system hands such bytes
    over as lone surrogates), shown with its bad bytes escaped."""
    for argument in arguments:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return os.fsencode(argument).decode("utf-8", errors="backslashreplace")
    return None


def main() -> None:
    """Console entry point: never a traceback for the person at the keyboard."""
    bad = undecodable_argument(sys.argv[1:])
    if bad is not None:
        print(
            f"coalition: the argument {bad!r} is not UTF-8 text; type it again, or set the "
            "terminal's encoding to UTF-8",
            file=sys.stderr,
        )
        sys.exit(2)
    # One command, then exit: collect cycles rarely. With Python's default
    # (every 700 new objects) a 10 MB ledger's ~2 million objects are walked
    # again and again for cycles they do not have, a quarter of the run.
    gc.set_threshold(50_000, 20, 100)
    # pydantic looks for plugins in every installed package's metadata the
    # first time it builds a validator (~40 ms with a few hundred packages);
    # none is meant for this program's models. An explicit setting wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        app.narrowed(sys.argv[1:])()
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
