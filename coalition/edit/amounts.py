"""Figures of a stance, as `set --amount` records them.

A figure is written on the command line as a journalist says it: "100-200
soldiers", "up to 100 trainers", "at least 2 ships", "20000000 EUR", with
the source's words beside it (`--amount-words`). The words identify the
figure: the same words again update it, `--remove-amount WORDS` removes it.
What the figure must be (a unit, a bound, min not above max, money as a
code) the model says when the edit is checked, in the words `validate` uses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coalition.check.quotes import normalise
from coalition.edit.nodes import EditError, append_item, delete_entry, delete_item, insert_entry
from coalition.edit.roundtrip import canonical, field_order
from coalition.model.fields import Shape

AMOUNT = Shape(model="Amount")

_NUMBER = r"([0-9][0-9_,]*(?:\.[0-9]+)?)"
_SHAPES = (
    (re.compile(rf"(?:up to|at most|max(?:imum)?)\s+{_NUMBER}\s+(.+)", re.I), (None, 1)),
    (re.compile(rf"(?:at least|min(?:imum)?)\s+{_NUMBER}\s+(.+)", re.I), (1, None)),
    (re.compile(rf"{_NUMBER}\s*(?:-|–|—|to)\s*{_NUMBER}\s+(.+)", re.I), (1, 2)),
    (re.compile(rf"{_NUMBER}\s+(.+)"), (1, 1)),
)
FORMS = '"100-200 soldiers", "up to 100 trainers", "at least 2 ships", "20000000 EUR"'


@dataclass(frozen=True)
class AmountEdit:
    """A figure to record: bounds as digits (None: not given)."""

    unit: str
    min: str | None
    max: str | None
    words: str


def parse_amount(text: str, words: str) -> AmountEdit:
    """`--amount TEXT --amount-words WORDS` as a figure; ValueError (its
    message for people) when TEXT is none of the forms."""
    spaced = " ".join(text.split())
    for pattern, (low, high) in _SHAPES:
        found = pattern.fullmatch(spaced)
        if found is None:
            continue
        groups = found.groups()

        def bound(index: int | None, groups: tuple[str, ...] = groups) -> str | None:
            return None if index is None else groups[index - 1].replace(",", "").replace("_", "")

        return AmountEdit(groups[-1].strip(), bound(low), bound(high), words)
    raise ValueError(f"{text!r} is not a figure; write it as {FORMS}")


def _entry(amount: AmountEdit) -> CommentedMap:
    entry = CommentedMap({"unit": amount.unit})
    if amount.min is not None:
        entry["min"] = amount.min
    if amount.max is not None:
        entry["max"] = amount.max
    entry["words"] = amount.words
    return canonical(entry, AMOUNT)  # type: ignore[no-any-return]


def _key(words: object) -> str:
    return normalise(str(words)).casefold()


def set_amounts(
    stance: CommentedMap, amount: AmountEdit | None, remove: tuple[str, ...], where: str
) -> None:
    """Record `amount` in `stance` (replacing the figure with the same
    words) and remove the figures whose words are in `remove`."""
    amounts = stance.get("amounts")
    if amount is None and not remove:
        return
    if not isinstance(amounts, CommentedSeq):
        if remove:
            raise EditError(f"{where} has no figure to remove")
        amounts = CommentedSeq()
        insert_entry(stance, "amounts", amounts, field_order("Stance"))
    for words in remove:
        present = [
            _key(item.get("words")) if isinstance(item, CommentedMap) else None for item in amounts
        ]
        if _key(words) not in present:
            listed = "; ".join(
                repr(str(item.get("words"))) for item in amounts if isinstance(item, CommentedMap)
            )
            raise EditError(
                f"{where} has no figure with the words {words!r} (it has: {listed or 'none'})"
            )
        delete_item(amounts, present.index(_key(words)))
    if amount is not None:
        entry = _entry(amount)
        same = [
            index
            for index, item in enumerate(amounts)
            if isinstance(item, CommentedMap) and _key(item.get("words")) == _key(amount.words)
        ]
        if same:
            amounts[same[0]] = entry
        else:
            append_item(amounts, entry)
    if not amounts:
        delete_entry(stance, "amounts")


def new_amounts(amount: AmountEdit | None, remove: tuple[str, ...], where: str) -> CommentedSeq:
    """The figures of a new stance."""
    if remove:
        raise EditError(f"{where} has no stance yet, so it has no figure to remove")
    return CommentedSeq([_entry(amount)] if amount is not None else [])
