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
    ledger_path,
    load_valid,
    no_such_country,
    parse_column,
    render_view,
    resolve_country,
    split_values,
)
from coalition.render import formats

if TYPE_CHECKING:
    from pathlib import Path

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


SinceOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--since",
        metavar="DATE",
        help="What changed since this day (YYYY-MM-DD) by the news: the date said or "
        "published, not the commit's (which is shown as 'recorded on'). Instead of OLD and NEW.",
    ),
]


def diff_since(
    old: str | None,
    new: str | None,
    since: str | None,
    ledger: Path | None,
    countries: list[str] | None,
    domains: list[str] | None,
    output_format: str,
    exit_code: bool,
) -> None:
    """`diff --since DATE`: the ledger now against its own timelines on DATE."""
    from coalition.analyse.diff import diff_view
    from coalition.analyse.log import LogView, build_log
    from coalition.analyse.since import changes_since, recorded_dates, undated_stances
    from coalition.git import GitError, blob_reader, versions

    if old is not None or new is not None:
        raise typer.BadParameter("give OLD (and NEW), or --since DATE, not both", param_hint="OLD")
    if since is None:
        raise typer.BadParameter("give OLD, or --since DATE", param_hint="OLD")
    day = parse_day(since, "'--since'")
    assert day is not None
    book = load_valid(ledger)
    columns = [parse_column(d) for d in split_values(domains)]
    codes = [resolve_country(q, [book], param_hint="'--country'") for q in split_values(countries)]
    path = ledger_path(ledger)
    try:  # when the ledger recorded each change: from git, if the ledger is in a repository
        log = build_log(str(path), versions(path), blob_reader(path), codes, columns)
    except GitError:
        log = LogView(str(path), (), {}, False)
    changes = changes_since(book, day, recorded_dates(log), codes, columns)
    notes = [
        "dated by the sources (said or published), not by the commits; 'recorded on' is when "
        "the ledger recorded the change"
    ]
    undated = undated_stances(book)
    if undated:
        notes.append(
            f"{undated} stances have no dated quote and cannot be placed in time "
            "(coalition timeline lists them)"
        )
    view = diff_view(f"the sources up to {day - datetime.timedelta(days=1)}", str(path), book,
                     book, changes, notes)  # fmt: skip
    render_view("diff", view, output_format)
    if exit_code and changes:
        raise typer.Exit(1)


def released_commits(since: str, path: Path) -> set[str]:
    """The commits a release (YEAR.N) holds, for `log --since RELEASE`;
    empty when `since` names no release."""
    from coalition.git import RELEASE, GitError, releases, root_and_path, run_rev_list

    if not RELEASE.fullmatch(since):
        return set()
    try:
        root, _ = root_and_path(path)
        found = {r.name: r for r in releases(root)}
        if since not in found:
            raise typer.BadParameter(f"there is no release {since}", param_hint="'--since'")
        return set(run_rev_list(root, found[since].commit))
    except GitError as error:
        typer.echo(f"coalition: {error}", err=True)
        raise typer.Exit(2) from None


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
