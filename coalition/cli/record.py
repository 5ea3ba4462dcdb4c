"""Commands that change the ledger's record: add-source, as-of."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from coalition.cli.app import LedgerOption, app, ledger_path
from coalition.cli.edits import (
    CorrectionOption,
    DateOption,
    apply_edit_command,
    correction_of,
    parse_day,
)

if TYPE_CHECKING:
    from coalition.edit.record import Correction

OptionalText = Optional[str]  # noqa: UP045 - Typer reads these annotations at run time


PublisherOption = Annotated[OptionalText, typer.Option("--publisher", help="Who published it.")]
TitleOption = Annotated[OptionalText, typer.Option("--title", help="Its headline, as published.")]
PublishedOption = Annotated[
    OptionalText, typer.Option("--published", metavar="DATE", help="YYYY-MM-DD.")
]
UrlOption = Annotated[
    OptionalText, typer.Option("--url", help='Where it can be read; "" removes it.')
]
ArchiveOption = Annotated[
    OptionalText,
    typer.Option("--archive", help='A plain-text copy, relative to the ledger; "" removes it.'),
]
UpdateOption = Annotated[
    bool, typer.Option("--update", help="Change the given fields of an existing source.")
]


@app.command(name="add-source")
def add_source(
    source_id: Annotated[
        str, typer.Argument(metavar="ID", help="A short id, e.g. politico-2025-09-04.")
    ],
    publisher: PublisherOption = None,
    title: TitleOption = None,
    published: PublishedOption = None,
    url: UrlOption = None,
    archive: ArchiveOption = None,
    update: UpdateOption = False,
    correction: CorrectionOption = None,
    date: DateOption = None,
    ledger: LedgerOption = None,
) -> None:
    """Define a source that evidence can cite, or change one with --update."""
    from coalition.analyse.change import Kind
    from coalition.edit.sources import add_source as add

    if published is not None:
        published = parse_day(published, "'--published'")
    fields = {
        name: value
        for name, value in (
            ("publisher", publisher),
            ("title", title),
            ("published", published),
            ("url", url),
            ("archive", archive),
        )
        if value is not None
    }
    path = ledger_path(ledger)
    if update:
        _update_source(path, source_id, fields, correction_of(correction, date, source=source_id))
        return
    missing = [f"--{name}" for name in ("publisher", "title", "published") if not fields.get(name)]
    if missing:
        raise typer.BadParameter(
            "a new source needs " + ", ".join(missing) + " (or --update to change one)",
            param_hint="'ID'",
        )
    if correction is not None:
        raise typer.BadParameter(
            "a new source corrects nothing; use it with --update", param_hint="'--correction'"
        )
    apply_edit_command(
        path,
        lambda text: add(text, source_id, fields),
        lambda change: change.kind is Kind.SOURCE_ADDED,
    )


def _update_source(
    path: Path, source_id: str, fields: dict[str, str], note: Correction | None
) -> None:
    from coalition.analyse.change import Kind
    from coalition.edit.sources import update_source

    if not fields:
        raise typer.BadParameter("say what to change (--title, --url…)", param_hint="'--update'")
    apply_edit_command(
        path,
        lambda text: update_source(text, source_id, fields, note),
        lambda change: (
            change.kind is Kind.SOURCE_CHANGED and str(change.field).startswith(f"{source_id}.")
        ),
    )


@app.command(name="as-of")
def as_of(
    day: Annotated[
        str, typer.Argument(metavar="DATE", help="When the ledger was last reviewed as a whole.")
    ],
    ledger: LedgerOption = None,
) -> None:
    """Move the ledger's as_of date, after reviewing it as a whole."""
    from coalition.analyse.change import Kind
    from coalition.edit.record import set_as_of

    when = parse_day(day, "'DATE'")
    apply_edit_command(
        ledger_path(ledger),
        lambda text: set_as_of(text, when),
        lambda change: change.kind is Kind.LEDGER_CHANGED and change.field == "as_of",
    )
