"""Commands that check the ledger and explain the checks: validate, rules, schema."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from coalition.cli.app import (
    LedgerOption,
    app,
    format_option,
    ledger_path,
    render_view,
)
from coalition.cli.parameters import completed

if TYPE_CHECKING:
    from coalition.load import Loaded


FilesArgument = Annotated[
    Optional[list[str]],  # noqa: UP045
    typer.Argument(
        metavar="FILE",
        help="Ledger files to check. Default: the ledger (see --ledger).",
        show_default=False,
    ),
]
ReportFormatOption = Annotated[
    str,
    format_option(
        "report", help="text for people, json for programs, github for Actions annotations."
    ),
]
SinceOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--since",
        metavar="REV",
        help="Also warn about each downgrade or removal since this git revision that neither "
        "a correction nor new evidence explains (errors with --strict).",
    ),
]
QuietOption = Annotated[
    bool,
    typer.Option(
        "--quiet", "-q", help="Only what fails: no warnings (unless --strict), no line when valid."
    ),
]
StaleOption = Annotated[
    int,
    typer.Option(
        "--stale-after",
        metavar="DAYS",
        min=0,
        help="Warn about a stance whose newest evidence is older than this many days before as_of.",
    ),
]


@app.command()
def validate(
    files: FilesArgument = None,
    ledger: LedgerOption = None,
    output_format: ReportFormatOption = "text",
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    since: SinceOption = None,
    quiet: QuietOption = False,
    stale_after: StaleOption = 90,
) -> None:
    """Check the ledger and report every problem with its file, line and column.

    Exit status: 0 valid, 1 invalid, 2 a file could not be read.
    """
    from coalition.analyse.validation import Validation
    from coalition.load import load_ledger
    from coalition.problems import exit_code

    paths = files or [str(ledger_path(ledger))]
    # Only `--since` compares models: otherwise each file's model and data
    # go as soon as its problems are known.
    loaded = tuple(
        load_ledger(path, stale_after=stale_after, strict=strict, keep=since is not None)
        for path in paths
    )
    if since is not None:
        for result in loaded:
            _check_history(result, since)
    report = Validation(loaded, strict, quiet)
    render_view("report", report, output_format)
    raise typer.Exit(exit_code(report.problems, strict=strict))


def _check_history(result: Loaded, since: str) -> None:
    """Add to `result` the changes since `since` that nothing explains."""
    from pathlib import Path

    from coalition.analyse.rewrites import unexplained_rewrites
    from coalition.git import GitError, read_side
    from coalition.load import load_ledger_bytes
    from coalition.problems import errors_of

    if result.ledger is None or result.document is None:
        return
    try:
        base = read_side(since, Path(result.file))
    except GitError as error:
        typer.echo(f"coalition: {error}", err=True)
        raise typer.Exit(2) from None
    old = load_ledger_bytes(base.data, base.label, base=None, errors_only=True)
    if old.ledger is None or errors_of(old.problems):
        typer.echo(f"coalition: {base.label} is not a valid ledger; nothing to compare", err=True)
        return
    found = unexplained_rewrites(old.ledger, since, result.ledger, result.document, result.file)
    result.problems = sorted({*result.problems, *found})


@app.command()
def rules(
    rule_id: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            **completed("RULE"),
            help="A rule's id, as printed in brackets: unknown-status.",
            show_default=False,
        ),
    ] = None,
    output_format: Annotated[
        str,
        format_option("rules", help="table for a terminal, markdown, or json."),
    ] = "table",
) -> None:
    """List the rules behind every problem, or explain one with examples."""
    from coalition.model.suggest import did_you_mean
    from coalition.rules.registry import RULES, find_rule

    if rule_id is None:
        render_view("rules", tuple(RULES.values()), output_format)
        return
    found = find_rule(rule_id)
    if found is None:
        guess = did_you_mean(rule_id, RULES)
        hint = f"did you mean {guess!r}?" if guess else "`coalition rules` lists them"
        raise typer.BadParameter(f"no rule {rule_id!r}; {hint}", param_hint="'RULE'")
    render_view("rule", found, output_format)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the ledger, for editors and other validators."""
    from coalition.model.schema import schema_text

    sys.stdout.write(schema_text())
