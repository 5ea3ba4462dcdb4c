"""The `coalition` command: options -> load -> analyse -> render -> exit code.

Nothing else lives here. Modules that are slow to import (pydantic, Rich) are
imported inside the commands that need them, so `coalition --help` and
`--version` start in a blink.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Optional

import typer

from coalition import __version__
from coalition.render import FORMATS, RenderOptions
from coalition.report import REPORTERS

if TYPE_CHECKING:
    from coalition.diff import Change
    from coalition.history import Snapshot
    from coalition.models import Ledger
    from coalition.summary import CountryMatch

    ReportFormat = str
    ViewFormat = str
    DiffFormat = str
    LogFormat = str
else:  # the choices come from the renderers themselves, never a second list
    ReportFormat = Literal[tuple(REPORTERS)]
    ViewFormat = Literal[FORMATS["summary"]]
    DiffFormat = Literal[FORMATS["diff"]]
    LogFormat = Literal[FORMATS["log"]]

DEFAULT_LEDGER = "contributions.yaml"
LEDGER_ENV = "COALITION_LEDGER"

app = typer.Typer(
    name="coalition",
    help="Track what each country contributes to security guarantees for Ukraine.",
    no_args_is_help=True,
    add_completion=False,
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


FormatOption = Annotated[
    ViewFormat,
    typer.Option(
        "--format",
        "-f",
        help="table for a terminal, markdown to paste, csv for a spreadsheet, json for programs.",
    ),
]


def _load_valid(option: Path | None) -> Ledger:
    """The ledger, or its errors on stderr and exit 1 (2 if unreadable): a
    summary of a half-read ledger would mislead."""
    from coalition.load import load_ledger
    from coalition.problems import Level, exit_code
    from coalition.report import problem_line

    loaded = load_ledger(ledger_path(option))
    errors = [p for p in loaded.problems if p.level >= Level.ERROR]
    if errors or loaded.ledger is None:
        for problem in errors:
            typer.echo(problem_line(problem), err=True)
        typer.echo(
            f"{loaded.file}: the ledger has errors; fix them first "
            "(`coalition validate` lists them too)",
            err=True,
        )
        raise typer.Exit(max(exit_code(errors), 1))
    return loaded.ledger


def _render(view_name: str, view: object, output_format: str) -> None:
    from coalition.render import RenderOptions, renderer

    colour = output_format == "table" and use_colour()
    getattr(renderer(output_format), view_name)(view, sys.stdout, RenderOptions(colour=colour))


def _split(values: list[str] | None) -> list[str]:
    """Repeated options and comma-separated lists both: `-d air,sea -d land`."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def _column(text: str) -> str:
    from coalition.suggest import did_you_mean
    from coalition.summary import COLUMNS

    if text.lower() in COLUMNS:
        return text.lower()
    guess = did_you_mean(text, COLUMNS)
    hint = f"did you mean {guess!r}?" if guess else "one of: " + ", ".join(COLUMNS)
    raise typer.BadParameter(f"{text!r} is not a domain; {hint}")


def _no_such_country(book: Ledger, query: str, match: CountryMatch) -> str:
    from coalition.problems import show_text
    from coalition.summary import display_name

    def named(code: str) -> str:
        return f"{display_name(code, book.countries[code].name)} ({code})"

    close = ", ".join(named(code) for code in match.suggestions)
    listed = ", ".join(sorted(book.countries))
    if match.known_elsewhere:
        return (
            f"{display_name(match.known_elsewhere, None)} ({match.known_elsewhere}) is not in "
            f"the ledger: no stance of it is recorded. It has: {listed}"
        )
    return f"no country {show_text(query)} in the ledger; " + (
        f"did you mean {close}?" if close else f"it has: {listed}"
    )


@app.command()
def summary(
    ledger: LedgerOption = None,
    domains: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--domain",
            "-d",
            metavar="DOMAIN",
            help="Only these domains (overall, land, sea, air, cyber, logistics, financing); "
            "repeat or separate with commas.",
        ),
    ] = None,
    statuses: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--status",
            "-s",
            metavar="STATUS",
            help="Only stances with this status; 'considering+' means considering or stronger.",
        ),
    ] = None,
    countries: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option(
            "--country", "-c", metavar="CODE", help="Only these countries (codes or names)."
        ),
    ] = None,
    groups: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--group", "-g", metavar="GROUP", help="Only countries in this group."),
    ] = None,
    sort: Annotated[
        Literal["name", "code", "strength"],
        typer.Option("--sort", help="Order of the rows: name, code, or strength of commitment."),
    ] = "name",
    output_format: FormatOption = "table",
) -> None:
    """Who does what: a row per country, a column per domain."""
    from coalition.models import Group
    from coalition.summary import Filters, SortOrder, StatusFilter, find_country, summarise

    columns = tuple(_column(d) for d in _split(domains))
    try:
        status_filters = tuple(StatusFilter.parse(s) for s in _split(statuses))
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="'--status'") from None
    try:
        group_filters = tuple(Group(g.lower()) for g in _split(groups))
    except ValueError:
        raise typer.BadParameter(
            "groups are: " + ", ".join(g.value for g in Group), param_hint="'--group'"
        ) from None
    book = _load_valid(ledger)
    codes = []
    for query in _split(countries):
        match = find_country(book, query)
        if match.code is None:
            raise typer.BadParameter(_no_such_country(book, query, match), param_hint="'--country'")
        codes.append(match.code)
    filters = Filters(columns, status_filters, tuple(codes), group_filters)
    _render("summary", summarise(book, filters, SortOrder(sort)), output_format)


@app.command()
def show(
    country: Annotated[
        str, typer.Argument(metavar="CODE", help="A country code or name, any case.")
    ],
    ledger: LedgerOption = None,
    output_format: FormatOption = "table",
) -> None:
    """Every stance of one country, with its conditions and quoted evidence."""
    from coalition.summary import describe_country, find_country

    book = _load_valid(ledger)
    match = find_country(book, country)
    if match.code is None:
        typer.echo(f"coalition: {_no_such_country(book, country, match)}", err=True)
        raise typer.Exit(1)
    _render("country", describe_country(book, match.code), output_format)


@app.command()
def domain(
    name: Annotated[
        str,
        typer.Argument(
            metavar="DOMAIN", help="overall, land, sea, air, cyber, logistics or financing."
        ),
    ],
    ledger: LedgerOption = None,
    output_format: FormatOption = "table",
) -> None:
    """Who stands where in one domain, strongest first."""
    from coalition.summary import group_by_status

    column = _column(name)
    _render("domain", group_by_status(_load_valid(ledger), column), output_format)


@app.command()
def diff(
    old: Annotated[
        str,
        typer.Argument(
            help="A file, a git revision (HEAD~1, a tag, a hash), REVISION:PATH, or a date "
            "(YYYY-MM-DD: the ledger as last committed on or before that day).",
            show_default=False,
        ),
    ],
    new: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(help="The same kinds as OLD. Default: the ledger file as it is now."),
    ] = None,
    ledger: LedgerOption = None,
    countries: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--country", "-c", metavar="CODE", help="Only changes about these countries."),
    ] = None,
    domains: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--domain", "-d", metavar="DOMAIN", help="Only changes in these domains."),
    ] = None,
    output_format: Annotated[
        DiffFormat,
        typer.Option(
            "--format",
            "-f",
            help="table for a terminal, markdown for a pull request, json, csv for a "
            "spreadsheet, oneline for a commit message.",
        ),
    ] = "table",
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when there are changes, as git diff does.")
    ] = False,
) -> None:
    """What changed between two versions of the ledger, as facts, not lines."""
    from coalition.diff import diff_ledgers, diff_view, filter_changes
    from coalition.history import GitError, read_file, read_side

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
    columns = [_column(d) for d in _split(domains)]
    codes = [c.upper() for c in _split(countries)]
    changes = filter_changes(diff_ledgers(before, after), codes, columns)
    _render(
        "diff", diff_view(sides[0].label, sides[1].label, before, after, changes), output_format
    )
    if exit_code and changes:
        raise typer.Exit(1)


def _valid_side(side: Snapshot) -> Ledger:
    """A side of a diff as a ledger, or its problems and exit 1: a diff is
    never computed from a half-read file."""
    from coalition.load import load_ledger_bytes
    from coalition.problems import Level
    from coalition.report import problem_line

    loaded = load_ledger_bytes(side.data, side.label, base=side.base)
    errors = [p for p in loaded.problems if p.level >= Level.ERROR]
    if errors or loaded.ledger is None:
        for problem in errors:
            typer.echo(problem_line(problem), err=True)
        typer.echo(f"{side.label}: not a valid ledger, so it cannot be compared", err=True)
        raise typer.Exit(1)
    return loaded.ledger


@app.command()
def log(
    country: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="[CODE]", help="Only the history of this country.", show_default=False
        ),
    ] = None,
    ledger: LedgerOption = None,
    domains: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--domain", "-d", metavar="DOMAIN", help="Only changes in these domains."),
    ] = None,
    since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--since", metavar="DATE", help="Only commits on or after this day (YYYY-MM-DD)."
        ),
    ] = None,
    output_format: Annotated[
        LogFormat,
        typer.Option("--format", "-f", help="table for a terminal, markdown, or json."),
    ] = "table",
) -> None:
    """The history of the ledger from git: each commit and what it changed."""
    import datetime

    from coalition.history import GitError
    from coalition.timeline import build_log

    day = None
    if since is not None:
        try:
            day = datetime.date.fromisoformat(since)
        except ValueError:
            raise typer.BadParameter(
                "write the date as YYYY-MM-DD", param_hint="'--since'"
            ) from None
    columns = [_column(d) for d in _split(domains)]
    try:
        view = build_log(ledger_path(ledger), [country.upper()] if country else [], columns, day)
    except GitError as error:
        typer.echo(f"coalition: {error}", err=True)
        raise typer.Exit(2) from None
    _render("log", view, output_format)


@app.command()
def textconv(
    file: Annotated[Path, typer.Argument(help="A version of the ledger, as git passes it.")],
) -> None:
    """The ledger as one line per fact, for git's textconv: with it, `git diff`
    and `git log -p` show changed facts rather than changed YAML lines."""
    from coalition.facts import ledger_facts
    from coalition.load import load_ledger

    loaded = load_ledger(file)
    if loaded.ledger is None:
        # Git shows whatever we print: show the file as it is, so a broken
        # version still diffs as text.
        sys.stdout.write(file.read_text(encoding="utf-8", errors="replace"))
        return
    for line in ledger_facts(loaded.ledger):
        typer.echo(line)


@app.command()
def fmt(
    files: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Argument(
            metavar="[FILE]...",
            help="Ledger files. Default: the ledger (see --ledger).",
            show_default=False,
        ),
    ] = None,
    ledger: LedgerOption = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Change nothing; print what would change and exit 1 if anything would."
        ),
    ] = False,
) -> None:
    """Rewrite the ledger in its canonical layout, keeping every comment."""
    from coalition.fmt import format_ledger
    from coalition.problems import Level
    from coalition.report import problem_line
    from coalition.write import WriteError, replace_file

    worst = 0
    for path in files or [ledger_path(ledger)]:
        try:
            data = path.read_bytes()
        except OSError as error:
            typer.echo(f"coalition: cannot read {path}: {error.strerror or error}", err=True)
            worst = 2
            continue
        result = format_ledger(data, str(path), path.parent)
        if result.formatted is None:
            for problem in result.problems:
                typer.echo(problem_line(problem), err=True)
            fatal = any(p.level is Level.FATAL for p in result.problems)
            typer.echo(f"{path}: not formatted: fix the errors first", err=True)
            worst = max(worst, 2 if fatal else 1)
        elif check:
            if result.changed:
                sys.stdout.write(result.diff())
                worst = max(worst, 1)
        elif result.changed:
            try:
                replace_file(path, result.formatted, expected=data)
            except WriteError as error:
                typer.echo(f"coalition: {error}", err=True)
                worst = 2
                continue
            typer.echo(f"formatted {path}", err=True)
    raise typer.Exit(worst)


def _apply_edit(path: Path, make: Callable[[str], str], meant: Callable[[Change], bool]) -> None:
    """Change the ledger at `path`, write it if the result is valid and
    changed only what was meant, and say what changed."""
    from coalition.edit import prepare_edit
    from coalition.render.oneline import diff as oneline
    from coalition.write import WriteError, replace_file

    try:
        data = path.read_bytes()
    except OSError as error:
        typer.echo(f"coalition: cannot read {path}: {error.strerror or error}", err=True)
        raise typer.Exit(2) from None
    edit = prepare_edit(data, str(path), path.parent, make, meant)
    if edit.new is None:
        typer.echo(f"coalition: {edit.refusal}; nothing written", err=True)
        for problem in edit.problems:
            where = f"{problem.path}: " if problem.path else ""
            typer.echo(f"  {where}{problem.text}", err=True)
        raise typer.Exit(1)
    try:
        replace_file(path, edit.new, expected=data)
    except WriteError as error:
        typer.echo(f"coalition: {error}", err=True)
        raise typer.Exit(2) from None
    if edit.view is not None:
        sys.stderr.write(f"{path}: ")
        oneline(edit.view, sys.stderr, RenderOptions())


@app.command(name="set")
def set_stance(
    country: Annotated[str, typer.Argument(metavar="CODE", help="ISO 3166-1 alpha-2 code.")],
    column: Annotated[
        str,
        typer.Argument(
            metavar="DOMAIN", help="land, sea, air, cyber, logistics, financing or overall."
        ),
    ],
    status: Annotated[
        str,
        typer.Argument(
            metavar="STATUS",
            help="ruled_out, undecided, considering, offered, committed or delivering.",
        ),
    ],
    source: Annotated[str, typer.Option("--source", help="The id of the source (see add-source).")],
    quote: Annotated[str, typer.Option("--quote", help="The source's exact words.")],
    detail: Annotated[Optional[str], typer.Option("--detail", help="A short description.")] = None,  # noqa: UP045
    conditions: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Option("--condition", help="What it depends on; repeat for several."),
    ] = None,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Who said it.")] = None,  # noqa: UP045
    attribution: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--attribution", help="on_record, spokesperson, anonymous or reported."),
    ] = None,
    group: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--group",
            help="For a country new to the ledger: coalition (default), partner or other.",
        ),
    ] = None,
    ledger: LedgerOption = None,
) -> None:
    """Create or update one stance; the new evidence is added to the old."""
    from coalition.countries import country_code_problem
    from coalition.edit import StanceEdit, set_stance
    from coalition.models import Attribution, Group, Status

    code = country.strip().upper()
    problem = country_code_problem(code)
    if problem is not None:
        raise typer.BadParameter("; ".join(problem), param_hint="'CODE'")
    for value, kind, hint in (
        (status, Status, "'STATUS'"),
        (attribution, Attribution, "'--attribution'"),
        (group, Group, "'--group'"),
    ):
        if value is not None and value not in {m.value for m in kind}:
            raise typer.BadParameter(
                f"{value!r}: use one of " + ", ".join(m.value for m in kind), param_hint=hint
            )
    edit = StanceEdit(
        code, _column(column), status, source, quote, detail, tuple(conditions or ()),
        speaker, attribution, group,
    )  # fmt: skip
    _apply_edit(
        ledger_path(ledger),
        lambda text: set_stance(text, edit),
        lambda change: change.country == code,
    )


@app.command(name="add-source")
def add_source(
    source_id: Annotated[
        str, typer.Argument(metavar="ID", help="A short id, e.g. politico-2025-09-04.")
    ],
    publisher: Annotated[str, typer.Option("--publisher", help="Who published it.")],
    title: Annotated[str, typer.Option("--title", help="Its headline, as published.")],
    published: Annotated[str, typer.Option("--published", metavar="DATE", help="YYYY-MM-DD.")],
    url: Annotated[Optional[str], typer.Option("--url", help="Where it can be read.")] = None,  # noqa: UP045
    archive: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--archive", help="A plain-text copy, relative to the ledger."),
    ] = None,
    ledger: LedgerOption = None,
) -> None:
    """Define a source that evidence can cite."""
    import datetime

    from coalition.diff import Kind
    from coalition.edit import add_source as add

    try:
        datetime.date.fromisoformat(published)
    except ValueError:
        raise typer.BadParameter(
            "write the date as YYYY-MM-DD", param_hint="'--published'"
        ) from None
    _apply_edit(
        ledger_path(ledger),
        lambda text: add(text, source_id, publisher, title, published, url, archive),
        lambda change: change.kind is Kind.SOURCE_ADDED,
    )


@app.command()
def init(
    path: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Argument(metavar="[PATH]", help="Where to create it. Default: ./contributions.yaml."),
    ] = None,
    title: Annotated[
        str, typer.Option("--title", help="What the new ledger tracks.")
    ] = "Contributions to security guarantees",
) -> None:
    """Start a new ledger, with comments explaining each field. Never overwrites a file."""
    import datetime

    from coalition.edit import new_ledger
    from coalition.schema import SCHEMA_FILE, schema_text
    from coalition.write import WriteError, create_file

    target = path or Path(DEFAULT_LEDGER)
    if '"' in title or "\\" in title:
        raise typer.BadParameter('the title cannot contain " or \\', param_hint="'--title'")
    try:
        create_file(target, new_ledger(title, datetime.date.today()).encode("utf-8"))
    except WriteError as error:
        typer.echo(f"coalition: {error}", err=True)
        raise typer.Exit(1 if target.exists() else 2) from None
    typer.echo(f"created {target}", err=True)
    schema_path = target.parent / SCHEMA_FILE
    if not schema_path.exists():
        try:
            create_file(schema_path, schema_text().encode("utf-8"))
            typer.echo(f"created {schema_path} (for editors)", err=True)
        except WriteError:
            pass


@app.command()
def schema() -> None:
    """Print the JSON Schema of the ledger, for editors and other validators."""
    from coalition.schema import schema_text

    sys.stdout.write(schema_text())


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
