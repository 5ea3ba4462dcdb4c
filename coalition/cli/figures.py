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


@app.command()
def resolve(
    country: Annotated[
        str, typer.Argument(**completed("CODE"), help="A country: a code or a name.")
    ],
    column: Annotated[str, typer.Argument(**completed("DOMAIN"), help="A domain, or overall.")],
    follows: Annotated[
        OptionalText,
        typer.Option(
            "--follows",
            **completed("ID"),
            help="The source, among the stance's own, whose account the status follows.",
        ),
    ] = None,
    reason: Annotated[
        OptionalText, typer.Option("--reason", help="Why that source, in a reader's words.")
    ] = None,
    clear: Annotated[
        bool, typer.Option("--clear", help="Take the stance's resolution away.")
    ] = False,
    correction: CorrectionOption = None,
    date: DateOption = None,
    ledger: LedgerOption = None,
) -> None:
    """Say which source a stance's status follows when its sources contradict
    each other, and why (the stance's `resolution:`)."""
    from coalition.cli.app import parse_column, resolve_country
    from coalition.edit.resolution import resolve as resolve_stance

    code = resolve_country(country, param_hint="'CODE'")
    domain = parse_column(column)
    if clear and (follows is not None or reason is not None):
        raise typer.BadParameter("--clear takes no --follows or --reason", param_hint="'--clear'")
    if not clear and (follows is None or not (reason or "").strip()):
        raise typer.BadParameter(
            "give the source it --follows and the --reason (or --clear)", param_hint="'--follows'"
        )
    note = correction_of(correction, date, country=code, domain=domain)
    apply_edit_command(
        ledger_path(ledger),
        lambda text: resolve_stance(text, code, domain, follows, reason, note),
        lambda change: change.country == code and change.domain == domain,
    )
