"""Edits of the figures a source gives without naming countries ("26
countries formally committed"): add one, update one, remove one. A figure is
found by its source and its quote (as quotes are compared), or by its source
and what it counts; each is a function from the ledger's text to the new
text, checked by `apply.py` before anything is written."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coalition.check.quotes import normalise, quote_key
from coalition.edit.evidence import Quote, set_text
from coalition.edit.nodes import EditError, append_item, delete_item, insert_entry, root_of
from coalition.edit.record import Correction, add_correction
from coalition.edit.roundtrip import canonical, dump_text, field_order, kind_of, take_end
from coalition.model.fields import Shape

REPORTED = Shape(model="Reported")


@dataclass(frozen=True)
class FigureEdit:
    """A reported figure as `coalition report` gives it: None leaves a field
    of an existing figure as it is; "" removes an optional one."""

    evidence: Quote  # the source, its words, and who said them (date: when)
    value: int | None = None
    counts: str | None = None
    qualifier: str | None = None
    status: str | None = None
    correction: Correction | None = None


def _figures(data: CommentedMap) -> CommentedSeq | None:
    figures = data.get("reported")
    if figures is not None and not isinstance(figures, CommentedSeq):
        raise EditError("'reported' is not a list in the ledger; fix it by hand first")
    return figures


def find_figure(figures: Any, source: str, quote: str | None, counts: str | None) -> int | None:
    """The index of the figure from `source` with this quote (or, with no
    quote, counting this), if there is one."""
    for index, item in enumerate(figures if isinstance(figures, CommentedSeq) else []):
        if not isinstance(item, CommentedMap) or str(item.get("source")) != source:
            continue
        if quote is not None and quote_key(str(item.get("quote", ""))) == quote_key(quote):
            return index
        if (
            quote is None
            and counts is not None
            and normalise(str(item.get("counts", ""))) == normalise(counts)
        ):
            return index
    return None


def _new_figure(edit: FigureEdit) -> Any:
    if edit.value is None or not edit.counts:
        raise EditError(
            "a new figure needs its --value and what it --counts (this quote of "
            f"{edit.evidence.source!r} is not one the ledger reports yet)"
        )
    entry: dict[str, Any] = {"value": edit.value}
    if edit.qualifier:
        entry["qualifier"] = edit.qualifier
    entry["counts"] = edit.counts
    if edit.status:
        entry["status"] = edit.status
    entry.update(source=edit.evidence.source, quote=edit.evidence.quote)
    entry.update(edit.evidence.details.fields())
    return canonical(CommentedMap(entry), REPORTED)


def _update_figure(item: CommentedMap, edit: FigureEdit) -> None:
    order = field_order("Reported")
    if edit.value is not None:
        item["value"] = edit.value
    if edit.counts == "":
        raise EditError("a figure says what it counts: --counts cannot be empty")
    for key in ("qualifier", "counts", "status"):
        set_text(item, key, getattr(edit, key), kind_of("Reported", key), order)
    for key, value in edit.evidence.details.fields():
        set_text(item, key, value, kind_of("Reported", key), order)


def report_figure(text: str, edit: FigureEdit) -> str:
    """Add a reported figure, or update the one from the same source with the
    same quote: its value, what it counts, its status, who said it, when."""
    data = root_of(text)
    figures = _figures(data)
    found = find_figure(figures, edit.evidence.source, edit.evidence.quote, None)
    if figures is not None and found is not None:
        _update_figure(figures[found], edit)
    elif figures is not None:
        figures.fa.set_block_style()  # `reported: []` of a new ledger grows into a list
        append_item(figures, _new_figure(edit))
    else:
        figures = CommentedSeq([_new_figure(edit)])
        figures.fa.set_block_style()
        insert_entry(data, "reported", figures, field_order("Ledger"))
    if edit.correction is not None:
        add_correction(data, edit.correction)
    return dump_text(data)


def remove_figure(
    text: str,
    source: str,
    quote: str | None,
    counts: str | None = None,
    correction: Correction | None = None,
) -> str:
    """Remove the figure from `source` with this quote (or counting this)."""
    data = root_of(text)
    figures = _figures(data)
    found = find_figure(figures, source, quote, counts)
    if figures is None or found is None:
        what = "with that quote" if quote is not None else f"counting {counts!r}"
        raise EditError(f"the ledger reports no figure from {source!r} {what}")
    if len(figures) == 1:
        # The last figure: `reported: []`, as a new ledger has it, with what
        # followed the list (a blank line, the next key's comment) after it.
        end = take_end(figures)
        figures = CommentedSeq()
        figures.fa.set_flow_style()
        data["reported"] = figures
        if end is not None:
            data.ca.items["reported"] = [None, None, end, None]
    else:
        delete_item(figures, found)
    if correction is not None:
        add_correction(data, correction)
    return dump_text(data)
