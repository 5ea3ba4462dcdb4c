"""A piece of evidence as an edit gives it, and how it joins an entry's
evidence: the one set of options every edit that takes a quote shares
(`set`, `country`, `precondition`), and the one way each is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coalition.check.quotes import quote_key
from coalition.edit.nodes import append_item, delete_entry, delete_item, insert_entry
from coalition.edit.roundtrip import canonical, field_order, kind_of, styled
from coalition.model.fields import Shape

EVIDENCE = Shape(model="Evidence")


@dataclass(frozen=True)
class EvidenceDetails:
    """What evidence says besides its source and words; None (or False)
    for what was not given. Written in the order the fields are declared."""

    translation: str | None = None
    speaker: str | None = None
    speaker_country: str | None = None  # a country code, already resolved
    attribution: str | None = None
    paraphrase: bool = False
    via: str | None = None
    date: str | None = None  # YYYY-MM-DD, when said, if before the source's date
    checked: bool = False

    def fields(self) -> tuple[tuple[str, str], ...]:
        """The fields given, by their name in the ledger, as the ledger writes them."""
        given = []
        for name, value in vars(self).items():
            if isinstance(value, bool):
                value = "true" if value else None
            if value is not None:
                given.append((name, value))
        return tuple(given)


@dataclass(frozen=True)
class Quote:
    """A piece of evidence: the source, the words, and the rest."""

    source: str
    quote: str
    details: EvidenceDetails = field(default_factory=EvidenceDetails)


def set_text(entry: CommentedMap, key: str, value: str | None, kind: str, order: list[str]) -> None:
    """Set a text field; None leaves it, "" removes it."""
    if value is None:
        return
    if value == "":
        if key in entry:
            delete_entry(entry, key)
        return
    if key in entry:
        entry[key] = styled(value, kind)
    else:
        insert_entry(entry, key, styled(value, kind), order)


def evidence_entry(quote: Quote) -> Any:
    evidence: dict[str, Any] = {"source": quote.source, "quote": quote.quote}
    evidence.update((key, value) for key, value in quote.details.fields())
    return canonical(CommentedMap(evidence), EVIDENCE)


def same_quote(item: Any, quote: Quote) -> bool:
    return (
        isinstance(item, CommentedMap)
        and str(item.get("source")) == quote.source
        and quote_key(str(item.get("quote", ""))) == quote_key(quote.quote)
    )


def same_passage(item: Any, quote: Quote) -> bool:
    """The same quote, or one inside the other: one piece of evidence (the
    check `duplicate-evidence` compares them so)."""
    if not isinstance(item, CommentedMap) or str(item.get("source")) != quote.source:
        return False
    there, new = quote_key(str(item.get("quote", ""))), quote_key(quote.quote)
    return there == new or there in new or new in there


def add_evidence(
    entry: CommentedMap, quote: Quote, *, replace: bool = False, order: str = "Stance"
) -> None:
    """Add a quote to an entry's evidence. The same quote again (as the quote
    check compares quotes), or a part of one there, updates the one there; a
    longer quote that contains one there takes its place: evidence is a set
    of passages."""
    items = entry.get("evidence")
    if not isinstance(items, CommentedSeq):
        items = CommentedSeq([evidence_entry(quote)])
        insert_entry(entry, "evidence", items, field_order(order))
        return
    if replace:
        for index in range(len(items) - 1, -1, -1):
            delete_item(items, index)
    for item in items:
        if same_passage(item, quote):
            if len(quote_key(quote.quote)) > len(quote_key(str(item.get("quote", "")))):
                set_text(
                    item,
                    "quote",
                    quote.quote,
                    kind_of("Evidence", "quote"),
                    field_order("Evidence"),
                )
            for key, value in quote.details.fields():
                set_text(item, key, value, kind_of("Evidence", key), field_order("Evidence"))
            return
    append_item(items, evidence_entry(quote))
