"""The options of `set` about figures and about a quote of another status
than the stance's, and what they become in a `StanceEdit`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional, TypedDict

import typer

from coalition.cli.app import parse_choice
from coalition.cli.parameters import completed

if TYPE_CHECKING:
    from coalition.edit.amounts import AmountEdit

OptionalText = Optional[str]  # noqa: UP045 - Typer reads these annotations at run time
Texts = Optional[list[str]]  # noqa: UP045

AmountOption = Annotated[
    OptionalText,
    typer.Option(
        "--amount",
        help="A figure the source gives, with --amount-words: '100-200 soldiers', 'up to 100 "
        "trainers', 'at least 2 ships', '20000000 EUR' (money as its ISO 4217 code). A figure "
        "with the same words is updated.",
    ),
]
AmountWordsOption = Annotated[
    OptionalText,
    typer.Option(
        "--amount-words",
        help="The source's own words for the --amount figure, as they are in the quote.",
    ),
]
RemoveAmountsOption = Annotated[
    Texts,
    typer.Option("--remove-amount", help="Remove the figure with these words; repeat for several."),
]
SupportsOption = Annotated[
    OptionalText,
    typer.Option(
        "--supports",
        **completed("STATUS"),
        help="The quote supported this other status on its date (an earlier position, a "
        "contradicting speaker): added with it, the stance keeps STATUS.",
    ),
]


class Figures(TypedDict):
    amount: AmountEdit | None
    remove_amounts: tuple[str, ...]


def amounts_of(amount: str | None, words: str | None, remove: list[str] | None) -> Figures:
    """The figures part of a StanceEdit: one to record, those to remove."""
    return {"amount": _amount_of(amount, words), "remove_amounts": tuple(remove or ())}


def _amount_of(amount: str | None, words: str | None) -> AmountEdit | None:
    """`--amount` and `--amount-words` as a figure to record: one needs the other."""
    from coalition.edit.amounts import parse_amount

    if amount is None and words is None:
        return None
    if amount is None or words is None or not words.strip():
        missing = "'--amount-words'" if amount is not None else "'--amount'"
        raise typer.BadParameter(
            "a figure needs both: --amount (the figure, e.g. '100-200 soldiers') and "
            "--amount-words (the source's words for it)",
            param_hint=missing,
        )
    try:
        return parse_amount(amount, words.strip())
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="'--amount'") from None


def checked_supports(status: str, supports: str | None, replace_evidence: bool) -> str | None:
    """`--supports`, checked: another status than STATUS, added beside the
    evidence."""
    from coalition.model.vocabulary import Status

    parse_choice(supports, Status, "'--supports'")
    if supports is not None and supports == status:
        raise typer.BadParameter(
            f"the quote supports {status}, the status given: leave out --supports",
            param_hint="'--supports'",
        )
    if supports is not None and replace_evidence:
        raise typer.BadParameter(
            "a quote of another status adds to the evidence; it replaces none",
            param_hint="'--supports'",
        )
    return supports
