"""Commands that change what countries say: set, remove, review."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from coalition.cli.app import (
    LedgerOption,
    app,
    ledger_path,
    parse_choice,
    parse_column,
    resolve_country,
)
from coalition.cli.edits import (
    AttributionOption,
    CheckedOption,
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
from coalition.cli.stance_options import (
    AmountOption,
    AmountWordsOption,
    RemoveAmountsOption,
    SupportsOption,
    amounts_of,
    checked_supports,
)

if TYPE_CHECKING:
    from pathlib import Path

    from coalition.analyse.change import Change
    from coalition.edit.stances import StanceEdit

CountryArgument = Annotated[
    str,
    typer.Argument(**completed("CODE"), help="A country: a code or a name (FR, France, UK)."),
]
ColumnArgument = Annotated[
    str,
    typer.Argument(
        **completed("DOMAIN"), help="land, sea, air, cyber, logistics, financing or overall."
    ),
]
OptionalText = Optional[str]  # noqa: UP045 - Typer reads these annotations at run time
Texts = Optional[list[str]]  # noqa: UP045


StatusArgument = Annotated[
    str,
    typer.Argument(
        **completed("STATUS"),
        help="ruled_out, undecided, considering, offered, committed or delivering.",
    ),
]
SourceOption = Annotated[
    str,
    typer.Option(
        "--source",
        **completed("ID"),
        help="The id of the source (see add-source).",
    ),
]
QuoteOption = Annotated[str, typer.Option("--quote", help="The source's exact words.")]
ScopeOption = Annotated[
    OptionalText,
    typer.Option(
        "--scope",
        help='Where or to what the stance applies, as the source limits it; "" removes it.',
    ),
]
HedgeOption = Annotated[
    OptionalText,
    typer.Option(
        "--hedge", help='The hedge the source uses (likely, possible, could); "" removes it.'
    ),
]
ReplaceOption = Annotated[
    bool,
    typer.Option("--replace-evidence", help="The new quote supersedes the stance's evidence."),
]
DetailOption = Annotated[
    OptionalText, typer.Option("--detail", help='A short description; "" removes it.')
]
ConditionsOption = Annotated[
    Texts, typer.Option("--condition", help="What it depends on; repeat for several.")
]
RemoveConditionsOption = Annotated[
    Texts, typer.Option("--remove-condition", help="A condition that no longer holds.")
]
GroupOption = Annotated[
    OptionalText,
    typer.Option("--group", help="The country's group: coalition (new: default), partner, other."),
]
RoleOption = Annotated[
    OptionalText, typer.Option("--role", help='The country\'s role; "" removes it.')
]


@app.command(name="set")
def set_stance(
    ctx: typer.Context,
    country: CountryArgument,
    column: ColumnArgument,
    status: StatusArgument,
    source: SourceOption,
    quote: QuoteOption,
    speaker: SpeakerOption = None,
    speaker_country: SpeakerCountryOption = None,
    attribution: AttributionOption = None,
    translation: TranslationOption = None,
    paraphrase: ParaphraseOption = False,
    via: ViaOption = None,
    said_on: SaidOnOption = None,
    checked: CheckedOption = False,
    replace_evidence: ReplaceOption = False,
    detail: DetailOption = None,
    scope: ScopeOption = None,
    hedge: HedgeOption = None,
    conditions: ConditionsOption = None,
    remove_conditions: RemoveConditionsOption = None,
    group: GroupOption = None,
    role: RoleOption = None,
    amount: AmountOption = None,
    amount_words: AmountWordsOption = None,
    remove_amounts: RemoveAmountsOption = None,
    supports: SupportsOption = None,
    correction: CorrectionOption = None,
    date: DateOption = None,
    ledger: LedgerOption = None,
) -> None:
    """Create or update one stance. A quote already there is updated (evidence
    is a set); others are added, or replace the old with --replace-evidence."""
    from coalition.edit.evidence import Quote
    from coalition.edit.stances import StanceEdit
    from coalition.model.vocabulary import Group, Status

    code = resolve_country(country, param_hint="'CODE'")
    parse_choice(status, Status, "'STATUS'")
    parse_choice(group, Group, "'--group'")
    domain = parse_column(column)
    edit = StanceEdit(
        code=code,
        column=domain,
        status=status,
        evidence=Quote(source, quote, evidence_of(ctx.params)),
        detail=detail,
        conditions=tuple(conditions or ()),
        remove_conditions=tuple(remove_conditions or ()),
        replace_evidence=replace_evidence,
        scope=scope,
        hedge=hedge,
        group=group,
        role=role,
        correction=correction_of(correction, date, country=code, domain=domain),
        **amounts_of(amount, amount_words, remove_amounts),
        supports=checked_supports(status, supports, replace_evidence),
    )
    _apply_set(ledger_path(ledger), edit)


def _apply_set(path: Path, edit: StanceEdit) -> None:
    """Apply `set`, and say what --replace-evidence left of the old evidence."""
    from coalition.edit.stances import set_stance

    kept = _kept(path, edit)
    apply_edit_command(path, lambda text: set_stance(text, edit), _about_country(edit.code))
    _say_kept(path, kept)


def _kept(path: Path, edit: StanceEdit) -> dict[str, str]:
    from coalition.edit.stances import kept_from_old_evidence

    try:
        return kept_from_old_evidence(path.read_text(encoding="utf-8"), edit)
    except (OSError, UnicodeDecodeError, ValueError):
        return {}  # the edit itself says what is wrong with the file


def _say_kept(path: Path, kept: dict[str, str]) -> None:
    """What `--replace-evidence` left that only the old evidence bore."""
    for key, value in kept.items():
        typer.echo(
            f"{path}: note: {key} {value!r} was the old evidence's and stays; check it against "
            f"the new quote (--{key} '' removes it)",
            err=True,
        )


def _about_country(code: str) -> Callable[[Change], bool]:
    """What an edit of one country may change: that country, nothing else."""
    return lambda change: change.country == code


@app.command()
def remove(
    country: Annotated[
        OptionalText,
        typer.Argument(
            **completed("CODE"), help="The country: all of it, or what DOMAIN and --quote name."
        ),
    ] = None,
    column: Annotated[
        OptionalText,
        typer.Argument(**completed("DOMAIN"), help="One stance of the country (or overall)."),
    ] = None,
    source: Annotated[
        OptionalText,
        typer.Option(
            "--source",
            **completed("ID"),
            help="With --quote, one piece of evidence; alone, a source nobody cites.",
        ),
    ] = None,
    quote: Annotated[OptionalText, typer.Option("--quote", help="The quote to remove.")] = None,
    reported: Annotated[
        bool,
        typer.Option("--reported", help="A reported figure, named by its --source and --quote."),
    ] = False,
    correction: CorrectionOption = None,
    date: DateOption = None,
    ledger: LedgerOption = None,
) -> None:
    """Remove a piece of evidence, a stance, a country, a reported figure, or a
    source nobody cites."""
    from coalition.edit.evidence import Quote
    from coalition.edit.stances import remove

    if quote is not None and source is None:
        raise typer.BadParameter("give the quote's --source too", param_hint="'--quote'")
    path = ledger_path(ledger)
    if reported:
        from coalition.cli.figures import remove_figure_command

        if country is not None:
            raise typer.BadParameter("a reported figure names no country", param_hint="'CODE'")
        remove_figure_command(path, source, quote, correction_of(correction, date))
        return
    if country is None:
        _remove_source(path, source if quote is None else None, correction)
        return
    if source is not None and quote is None:
        raise typer.BadParameter(
            "to remove a piece of evidence, give its --quote too", param_hint="'--source'"
        )
    code = resolve_country(country, param_hint="'CODE'")
    domain = parse_column(column) if column is not None else None
    evidence = Quote(source, quote) if source is not None and quote is not None else None
    note = correction_of(correction, date, country=code, domain=domain)
    apply_edit_command(
        path, lambda text: remove(text, code, domain, evidence, note), _about_country(code)
    )


def _remove_source(path: Path, source: str | None, correction: str | None) -> None:
    """`remove --source ID` alone: a source nobody cites."""
    from coalition.analyse.change import Kind
    from coalition.edit.sources import remove_source

    if source is None:
        raise typer.BadParameter(
            "name a country (CODE), or a source to remove with --source alone",
            param_hint="'CODE'",
        )
    if correction is not None:
        raise typer.BadParameter(
            "removing a source nobody cites corrects nothing", param_hint="'--correction'"
        )
    apply_edit_command(
        path,
        lambda text: remove_source(text, source),
        lambda change: change.kind is Kind.SOURCE_REMOVED and change.field == source,
    )


@app.command()
def review(
    country: CountryArgument,
    column: ColumnArgument,
    on: Annotated[
        OptionalText,
        typer.Option("--on", metavar="DATE", help="The day it was checked. Default: today."),
    ] = None,
    clear: Annotated[
        bool,
        typer.Option("--clear", help="Remove the stance's reviewed date instead of setting it."),
    ] = False,
    correction: CorrectionOption = None,
    date: DateOption = None,
    ledger: LedgerOption = None,
) -> None:
    """Mark a stance as checked: it still holds on that day, so it is not stale.
    With --clear, take a review back (its age is then its evidence's again)."""
    import datetime

    from coalition.analyse.change import Kind
    from coalition.edit.stances import clear_review
    from coalition.edit.stances import review as mark_reviewed

    code = resolve_country(country, param_hint="'CODE'")
    domain = parse_column(column)
    if clear and on is not None:
        raise typer.BadParameter("--clear removes the date: give no --on", param_hint="'--on'")
    note = correction_of(correction, date, country=code, domain=domain)
    if clear:
        make: Callable[[str], str] = lambda text: clear_review(text, code, domain, note)  # noqa: E731
    else:
        day = parse_day(on, "'--on'") if on else datetime.date.today().isoformat()
        make = lambda text: mark_reviewed(text, code, domain, day, note)  # noqa: E731
    apply_edit_command(
        ledger_path(ledger),
        make,
        lambda change: change.kind is Kind.STANCE_REVIEWED and change.country == code,
    )


@app.command(name="country")
def set_country(
    ctx: typer.Context,
    country: CountryArgument,
    group: GroupOption = None,
    role: RoleOption = None,
    source: Annotated[
        OptionalText,
        typer.Option(
            "--source",
            **completed("ID"),
            help="The source of the evidence for them.",
        ),
    ] = None,
    quote: Annotated[
        OptionalText, typer.Option("--quote", help="The source's exact words.")
    ] = None,
    speaker: SpeakerOption = None,
    speaker_country: SpeakerCountryOption = None,
    attribution: AttributionOption = None,
    translation: TranslationOption = None,
    paraphrase: ParaphraseOption = False,
    via: ViaOption = None,
    said_on: SaidOnOption = None,
    replace_evidence: ReplaceOption = False,
    correction: CorrectionOption = None,
    date: DateOption = None,
    ledger: LedgerOption = None,
) -> None:
    """A country's own entry: its group, its role, and the quotes they rest on."""
    from coalition.edit.evidence import Quote
    from coalition.edit.stances import CountryEdit
    from coalition.edit.stances import set_country as edit_country
    from coalition.model.vocabulary import Group

    code = resolve_country(country, param_hint="'CODE'")
    parse_choice(group, Group, "'--group'")
    if (source is None) != (quote is None):
        raise typer.BadParameter("give --source and --quote together", param_hint="'--quote'")
    details = evidence_of(ctx.params)
    evidence = Quote(source, quote, details) if source and quote else None
    if evidence is None and (details.fields() or replace_evidence):
        raise typer.BadParameter("these options describe a quote: give it", param_hint="'--quote'")
    edit = CountryEdit(
        code, group, role, evidence, replace_evidence, correction_of(correction, date, country=code)
    )
    apply_edit_command(
        ledger_path(ledger), lambda text: edit_country(text, edit), _about_country(code)
    )
