"""Commands that change the ledger's record: add-source, as-of."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from coalition.cli.app import LedgerOption, app, ledger_path, parse_choice
from coalition.cli.edits import (
    AttributionOption,
    CorrectionOption,
    DateOption,
    ParaphraseOption,
    SaidOnOption,
    SpeakerCountryOption,
    SpeakerOption,
    TranslationOption,
    ViaOption,
    apply_edit_command,
    correction_of,
    evidence_of,
    parse_day,
)
from coalition.cli.parameters import completed

if TYPE_CHECKING:
    from coalition.edit.record import Correction

OptionalText = Optional[str]  # noqa: UP045 - Typer reads these annotations at run time


PublisherOption = Annotated[OptionalText, typer.Option("--publisher", help="Who published it.")]
TitleOption = Annotated[OptionalText, typer.Option("--title", help="Its headline, as published.")]
PublishedOption = Annotated[
    OptionalText,
    typer.Option("--published", metavar="DATE", help="YYYY-MM-DD, or 'unknown' (never guess)."),
]
UrlOption = Annotated[
    OptionalText, typer.Option("--url", help='Where it can be read; "" removes it.')
]
ArchiveOption = Annotated[
    OptionalText,
    typer.Option("--archive", help='A plain-text copy, relative to the ledger; "" removes it.'),
]
DateBasisOption = Annotated[
    OptionalText,
    typer.Option(
        "--date-basis",
        help="How the date is known: stated (default), url, index, inferred, unknown.",
    ),
]
DateNoteOption = Annotated[
    OptionalText, typer.Option("--date-note", help="How an inferred date was arrived at.")
]
ExcerptOption = Annotated[
    Optional[bool],  # noqa: UP045
    typer.Option(
        "--excerpt/--whole", help="The archive holds only part of the text, or all of it."
    ),
]
RetrievedOption = Annotated[
    OptionalText,
    typer.Option("--retrieved", metavar="DATE", help="When the archived copy was retrieved."),
]
LanguageOption = Annotated[
    OptionalText,
    typer.Option("--language", metavar="LANG", help="The text's language, ISO 639-1 (de, fr)."),
]
UpdateOption = Annotated[
    bool, typer.Option("--update", help="Change the given fields of an existing source.")
]


@app.command(name="add-source")
def add_source(
    source_id: Annotated[
        str,
        typer.Argument(
            **completed("ID"),
            help="A short id, e.g. politico-2025-09-04.",
        ),
    ],
    publisher: PublisherOption = None,
    title: TitleOption = None,
    published: PublishedOption = None,
    date_basis: DateBasisOption = None,
    date_note: DateNoteOption = None,
    url: UrlOption = None,
    archive: ArchiveOption = None,
    excerpt: ExcerptOption = None,
    retrieved: RetrievedOption = None,
    language: LanguageOption = None,
    update: UpdateOption = False,
    correction: CorrectionOption = None,
    date: DateOption = None,
    ledger: LedgerOption = None,
) -> None:
    """Define a source that evidence can cite, or change one with --update.
    An archived copy's SHA-256 is recorded, so a later change to it is seen."""
    from coalition.analyse.change import Kind
    from coalition.edit.sources import add_source as add

    path = ledger_path(ledger)
    fields = _source_fields(
        path,
        {"publisher": publisher, "title": title, "published": published, "url": url},
        {"date_basis": date_basis, "date_note": date_note, "archive": archive},
        {"excerpt": excerpt, "retrieved": retrieved, "language": language},
    )
    if update:
        _update_source(path, source_id, fields, correction_of(correction, date, source=source_id))
        return
    missing = [f"--{name}" for name in ("publisher", "title", "published") if name not in fields]
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


def _source_fields(path: Path, *groups: dict[str, object]) -> dict[str, str | None]:
    """The fields given on the command line, checked and written as the
    ledger writes them; `--published unknown` is an empty date whose basis is
    unknown, and an archive brings its SHA-256."""
    from coalition.model.vocabulary import DateBasis

    given = {k: v for group in groups for k, v in group.items() if v is not None}
    fields: dict[str, str | None] = {}
    for key, value in given.items():
        if key == "published" and value == "unknown":
            fields["published"] = None
            fields["date_basis"] = "unknown"
        elif key in ("published", "retrieved"):
            fields[key] = parse_day(str(value), f"'--{key}'")
        elif key == "excerpt":
            fields[key] = "true" if value else "false"
        else:
            fields[key] = str(value)
    parse_choice(fields.get("date_basis"), DateBasis, "'--date-basis'")
    if fields.get("archive"):
        fields["sha256"] = _sha256(path.parent / str(fields["archive"]))
    return fields


def _sha256(archive: Path) -> str:
    import hashlib

    from coalition.read.files import Unreadable, read_bytes

    try:
        return hashlib.sha256(read_bytes(archive)).hexdigest()
    except Unreadable as error:
        raise typer.BadParameter(
            f"cannot read {archive}: {error}; the path is relative to the ledger's folder",
            param_hint="'--archive'",
        ) from None


def _update_source(
    path: Path, source_id: str, fields: dict[str, str | None], note: Correction | None
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


@app.command()
def precondition(
    ctx: typer.Context,
    text: Annotated[
        str, typer.Argument(metavar="TEXT", help="The precondition, e.g. 'a ceasefire'.")
    ],
    source: Annotated[
        str,
        typer.Option(
            "--source",
            **completed("ID"),
            help="The id of the source that states it.",
        ),
    ],
    quote: Annotated[str, typer.Option("--quote", help="The source's exact words.")],
    speaker: SpeakerOption = None,
    speaker_country: SpeakerCountryOption = None,
    attribution: AttributionOption = None,
    translation: TranslationOption = None,
    paraphrase: ParaphraseOption = False,
    via: ViaOption = None,
    said_on: SaidOnOption = None,
    correction: CorrectionOption = None,
    date: DateOption = None,
    ledger: LedgerOption = None,
) -> None:
    """Record a precondition the sources state for every contribution."""
    from coalition.analyse.change import Kind
    from coalition.edit.evidence import Quote
    from coalition.edit.record import add_precondition

    details = evidence_of(ctx.params)
    evidence = Quote(source, quote, details)
    note = correction_of(correction, date)
    apply_edit_command(
        ledger_path(ledger),
        lambda ledger_text: add_precondition(ledger_text, text, evidence, note),
        lambda change: change.kind is Kind.PRECONDITION_ADDED or change.country is None,
    )


@app.command()
def ignore(
    source: Annotated[
        OptionalText,
        typer.Argument(
            **completed("SOURCE"),
            help="The source; none: every source.",
        ),
    ] = None,
    text: Annotated[
        OptionalText, typer.Option("--text", help="The sentence, or enough of it to find it.")
    ] = None,
    country: Annotated[
        OptionalText,
        typer.Option(
            "--country",
            "-c",
            **completed("CODE"),
            help="A country not tracked.",
        ),
    ] = None,
    reason: Annotated[str, typer.Option("--reason", help="Why it is not recorded.")] = "",
    update: Annotated[
        bool,
        typer.Option("--update", help="Reword the reason of what is ignored already."),
    ] = False,
    ledger: LedgerOption = None,
) -> None:
    """Say why a sentence, or a country, that a source names is not recorded
    (`coverage` then stops listing it); with --update, say it anew."""
    from coalition.cli.app import resolve_country
    from coalition.edit.record import add_ignored

    if (text is None) == (country is None):
        raise typer.BadParameter("give --text or --country (one of them)", param_hint="'--text'")
    if not reason.strip():
        raise typer.BadParameter("say why it is not recorded", param_hint="'--reason'")
    if source is None and text is not None:
        raise typer.BadParameter("a sentence belongs to a source: name it", param_hint="'SOURCE'")
    code = resolve_country(country, param_hint="'--country'") if country else None
    apply_edit_command(
        ledger_path(ledger),
        lambda ledger_text: add_ignored(ledger_text, source, text, code, reason, update=update),
        lambda change: change.country is None,
    )
