"""Commands that change the ledger file: fmt, set, add-source, init."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from coalition.cli.app import (
    DEFAULT_LEDGER,
    LedgerOption,
    app,
    ledger_path,
    parse_choice,
    parse_column,
    resolve_country,
)
from coalition.render import RenderOptions

if TYPE_CHECKING:
    from coalition.analyse.change import Change
    from coalition.edit.apply import Edited
    from coalition.problems import ExitCode


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
    from coalition.edit.apply import format_ledger
    from coalition.problems import ExitCode

    worst = ExitCode.OK
    for path in files or [ledger_path(ledger)]:
        data = _read(path)
        if isinstance(data, ExitCode):
            worst = max(worst, data)
            continue
        result = format_ledger(data, str(path), path.parent)
        if result.new is None:
            worst = max(worst, _refusal(result, f"{path}: not formatted: fix the errors first"))
        elif check:
            if result.changed:
                sys.stdout.write(result.unified_diff())
                worst = max(worst, ExitCode.INVALID)
        elif result.changed:
            worst = max(worst, _write(path, result))
            if worst is ExitCode.OK:
                typer.echo(f"formatted {path}", err=True)
    raise typer.Exit(worst)


def _read(path: Path) -> bytes | ExitCode:
    from coalition.problems import ExitCode

    try:
        return path.read_bytes()
    except OSError as error:
        typer.echo(f"coalition: cannot read {path}: {error.strerror or error}", err=True)
        return ExitCode.USAGE


def _refusal(edited: Edited, closing: str | None = None) -> ExitCode:
    """Say why an edit was refused; the exit code its problems call for."""
    from coalition.problems import ExitCode, exit_code
    from coalition.render.report import problem_line

    for problem in edited.problems:
        if problem.line:
            typer.echo(problem_line(problem), err=True)
        elif problem.path:
            typer.echo(f"  {problem.path}: {problem.text}", err=True)
        else:
            typer.echo(f"coalition: {problem.text}; nothing written", err=True)
    if closing:
        typer.echo(closing, err=True)
    return max(exit_code(edited.problems), ExitCode.INVALID)


def _write(path: Path, edited: Edited) -> ExitCode:
    from coalition.edit.write import WriteError, replace_file
    from coalition.problems import ExitCode

    assert edited.new is not None
    try:
        replace_file(path, edited.new, expected=edited.original)
    except WriteError as error:
        typer.echo(f"coalition: {error}", err=True)
        return ExitCode.USAGE
    return ExitCode.OK


def _apply_edit(path: Path, make: Callable[[str], str], meant: Callable[[Change], bool]) -> None:
    """Change the ledger at `path`, write it if the result is valid and
    changed only what was meant, and say what changed."""
    from coalition.edit.apply import apply_edit
    from coalition.problems import ExitCode
    from coalition.render import render

    data = _read(path)
    if isinstance(data, ExitCode):
        raise typer.Exit(data)
    edit = apply_edit(data, str(path), path.parent, make, meant)
    if edit.new is None:
        raise typer.Exit(_refusal(edit))
    written = _write(path, edit)
    if written is not ExitCode.OK:
        raise typer.Exit(written)
    if edit.view is not None:
        sys.stderr.write(f"{path}: ")
        render("diff", "oneline", edit.view, sys.stderr, RenderOptions())


@app.command(name="set")
def set_stance(
    country: Annotated[
        str, typer.Argument(metavar="CODE", help="A country code or name: FR, France, UK.")
    ],
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
    from coalition.edit.transforms import StanceEdit, set_stance
    from coalition.model.vocabulary import Attribution, Group, Status

    code = resolve_country(country, param_hint="'CODE'")
    parse_choice(status, Status, "'STATUS'")
    parse_choice(attribution, Attribution, "'--attribution'")
    parse_choice(group, Group, "'--group'")
    edit = StanceEdit(
        code, parse_column(column), status, source, quote, detail, tuple(conditions or ()),
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

    from coalition.analyse.change import Kind
    from coalition.edit.transforms import add_source as add

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

    from coalition.edit.transforms import new_ledger
    from coalition.edit.write import WriteError, create_file
    from coalition.model.schema import SCHEMA_FILE, schema_text

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
