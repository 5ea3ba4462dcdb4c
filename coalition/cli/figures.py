"""Commands for figures a source gives without naming countries (`report`)
and for how a stance's contradicting sources are resolved (`resolve`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

import typer

from coalition.cli.app import LedgerOption, app, ledger_path, parse_choice
from coalition.cli.edits import (
    AttributionOption,
    CorrectionOption,
    DateOption,
    ParaphraseOption,
    SpeakerCountryOption,
    SpeakerOption,
    TranslationOption,
    ViaOption,
    apply_edit_command,
    correction_of,
    evidence_of,
)
from coalition.cli.parameters import completed

if TYPE_CHECKING:
    from pathlib import Path

    from coalition.analyse.change import Change
    from coalition.edit.record import Correction

OptionalText = Optional[str]  # noqa: UP045 - Typer reads these annotations at run time


def _about_figures(change: Change) -> bool:
    from coalition.analyse.change import Kind

    return change.kind in (Kind.REPORTED_ADDED, Kind.REPORTED_REMOVED, Kind.REPORTED_CHANGED)


@app.command()
def report(
    ctx: typer.Context,
    source: Annotated[
        str, typer.Option("--source", **completed("ID"), help="The id of the source.")
    ],
    quote: Annotated[str, typer.Option("--quote", help="The source's exact words.")],
    value: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--value", metavar="N", min=0, help="The number, e.g. 26."),
    ] = None,
    counts: Annotated[
        OptionalText,
        typer.Option("--counts", help="What is counted, e.g. 'countries formally committed'."),
    ] = None,
    qualifier: Annotated[
        OptionalText,
        typer.Option(
            "--qualifier", help='How the source qualifies it: "more than", "about"; "" removes it.'
        ),
    ] = None,
    status: Annotated[
        OptionalText,
        typer.Option(
            "--status",
            **completed("STATUS"),
            help='The status the counted countries have, if the source says; "" removes it.',
        ),
    ] = None,
    speaker: SpeakerOption = None,
    speaker_country: SpeakerCountryOption = None,
    attribution: AttributionOption = None,
    translation: TranslationOption = None,
    paraphrase: ParaphraseOption = False,
    via: ViaOption = None,
    said_on: Annotated[
        OptionalText,
        typer.Option(
            "--said-on",
            metavar="DATE",
            help="When the figure was said, if before the source's date (the figure's date:).",
        ),
    ] = None,
    correction: CorrectionOption = None,
    date: DateOption = None,
    ledger: LedgerOption = None,
) -> None:
    """Record a figure a source gives without naming the countries it counts
    ("26 countries formally committed"), or update the one with this quote."""
    from coalition.edit.evidence import Quote
    from coalition.edit.reported import FigureEdit, report_figure
    from coalition.model.vocabulary import Status

    parse_choice(status or None, Status, "'--status'")
    evidence = Quote(source, quote, evidence_of(ctx.params))
    edit = FigureEdit(evidence, value, counts, qualifier, status, correction_of(correction, date))
    apply_edit_command(ledger_path(ledger), lambda text: report_figure(text, edit), _about_figures)


def remove_figure_command(
    path: Path, source: str | None, quote: str | None, correction: Correction | None
) -> None:
    """`remove --reported --source ID --quote "…"`: one reported figure."""
    from coalition.edit.reported import remove_figure

    if source is None or quote is None:
        raise typer.BadParameter(
            "name the figure by its --source and --quote", param_hint="'--reported'"
        )
    apply_edit_command(
        path, lambda text: remove_figure(text, source, quote, None, correction), _about_figures
    )
