"""Edits of what countries say: set a stance, remove evidence, a stance or a
country, mark a stance reviewed. Each is a function from the ledger's text to
the new text; `apply.py` checks the result before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coalition.edit.amounts import AmountEdit, new_amounts, set_amounts
from coalition.edit.evidence import Quote, add_evidence, evidence_entry, same_quote, set_text
from coalition.edit.nodes import (
    EditError,
    append_item,
    delete_entry,
    delete_item,
    insert_entry,
    mapping_at,
    root_of,
)
from coalition.edit.record import Correction, add_correction
from coalition.edit.roundtrip import (
    canonical,
    dump_text,
    field_order,
    kind_of,
    put_end,
    styled,
    take_end,
)
from coalition.model.fields import Shape, Style
from coalition.model.vocabulary import Domain

DEFAULT_GROUP = "coalition"

COUNTRY = Shape(model="Country")
STANCE = Shape(model="Stance")
PROSE = Shape(style=Style.PROSE)


@dataclass(frozen=True)
class StanceEdit:
    code: str
    column: str  # a domain, or "overall"
    status: str
    evidence: Quote
    detail: str | None = None  # "" clears it
    conditions: tuple[str, ...] = ()
    remove_conditions: tuple[str, ...] = ()
    replace_evidence: bool = False  # the new quote supersedes the stance's evidence
    scope: str | None = None  # "" clears it
    hedge: str | None = None  # "" clears it
    group: str | None = None
    role: str | None = None  # "" clears it
    correction: Correction | None = None
    amount: AmountEdit | None = None  # a figure, added or (same words) updated
    remove_amounts: tuple[str, ...] = ()  # the words of figures to remove
    # The status the quote supported on its date, when not the stance's own
    # (an earlier position, a contradicting speaker): the stance keeps its status.
    supports: str | None = None


def _new_country(data: CommentedMap, edit: StanceEdit) -> None:
    """A country new to the ledger, whole (its stance included), inserted in
    order: built first, so that the blank lines around it fall where they
    fall around every other country."""
    countries = mapping_at(data, "countries")
    country = CommentedMap({"group": edit.group or DEFAULT_GROUP})
    if edit.role:
        country["role"] = edit.role
    stance = _stance_entry(edit)
    if edit.column == "overall":
        country["overall"] = stance
    else:
        country["stances"] = CommentedMap({edit.column: stance})
    order = sorted([*map(str, countries), edit.code])
    insert_entry(countries, edit.code, canonical(country, COUNTRY), order)


def _country(data: CommentedMap, edit: StanceEdit) -> CommentedMap:
    """An existing country's entry, its group and role set as asked."""
    country = mapping_at(data, "countries").get(edit.code)
    if not isinstance(country, CommentedMap):
        raise EditError(f"countries.{edit.code} is not a set of keys; fix it by hand first")
    if edit.group:
        country["group"] = styled(edit.group, "text")
    set_text(country, "role", edit.role, "label", field_order("Country"))
    return country


def _holder(country: CommentedMap, column: str) -> tuple[CommentedMap, list[str]]:
    """The mapping a stance of `column` lives in, and the order of its keys."""
    if column == "overall":
        return country, field_order("Country")
    return mapping_at(country, "stances"), [d.value for d in Domain]


def _stance_entry(edit: StanceEdit) -> CommentedMap:
    if edit.remove_conditions:
        raise EditError(
            f"{edit.code} has no {edit.column} stance yet, so it has no condition to remove"
        )
    stance = CommentedMap({"status": edit.status})
    for key in ("detail", "scope", "hedge"):
        if getattr(edit, key):
            stance[key] = getattr(edit, key)
    if edit.conditions:
        stance["conditions"] = CommentedSeq(edit.conditions)
    amounts = new_amounts(edit.amount, edit.remove_amounts, f"{edit.code} {edit.column}")
    if amounts:
        stance["amounts"] = amounts
    stance["evidence"] = CommentedSeq([evidence_entry(edit.evidence)])
    return canonical(stance, STANCE)  # type: ignore[no-any-return]


def _conditions(stance: CommentedMap, edit: StanceEdit) -> None:
    conditions = stance.get("conditions")
    if edit.conditions and not isinstance(conditions, CommentedSeq):
        conditions = CommentedSeq()
        insert_entry(stance, "conditions", conditions, field_order("Stance"))
    for condition in edit.conditions:
        if condition not in (conditions or []):
            append_item(conditions, canonical(condition, PROSE))
    for condition in edit.remove_conditions:
        present = [str(c) for c in conditions] if isinstance(conditions, CommentedSeq) else []
        if condition not in present:
            listed = "; ".join(present) or "none"
            raise EditError(
                f"{edit.code} {edit.column} has no condition {condition!r} (it has: {listed})"
            )
        delete_item(conditions, present.index(condition))
    if isinstance(conditions, CommentedSeq) and not conditions:
        delete_entry(stance, "conditions")


def _keep_history(stance: CommentedMap, old: str, edit: StanceEdit) -> None:
    """When news moves a stance (a new status from a source the stance did
    not cite), the quotes it had supported its old status on their dates:
    each without a status of its own keeps the old one, so the stance's
    timeline stays in the ledger. A new status from the sources it has
    re-reads them, as a correction does: the old status was the mistake."""
    evidence = stance.get("evidence")
    if old == edit.status or not isinstance(evidence, CommentedSeq):
        return
    cited = {str(item.get("source")) for item in evidence if isinstance(item, CommentedMap)}
    if edit.evidence.source in cited:
        return
    order = field_order("StanceEvidence")
    for item in evidence:
        if isinstance(item, CommentedMap) and "status" not in item:
            insert_entry(item, "status", styled(old, "text"), order)


def _check_supports(data: CommentedMap, edit: StanceEdit) -> None:
    """A quote for another status joins a stance that has its own: the
    stance must be there, at the status the edit names."""
    if edit.supports is None:
        return
    if edit.supports == edit.status:
        raise EditError(f"the quote supports {edit.status}, the status given: leave out --supports")
    country = mapping_at(data, "countries").get(edit.code)
    holder = country.get("stances") if isinstance(country, CommentedMap) else None
    holder = country if edit.column == "overall" else holder
    stance = holder.get(edit.column) if isinstance(holder, CommentedMap) else None
    if not isinstance(stance, CommentedMap):
        raise EditError(
            f"{edit.code} has no {edit.column} stance yet: record the quote of its status "
            "first, then the one that supports another"
        )
    if str(stance.get("status")) != edit.status:
        raise EditError(
            f"{edit.code} {edit.column} is {stance.get('status')}, not {edit.status}: with "
            "--supports, STATUS is the stance's status as it stands"
        )


def _mark_supports(stance: CommentedMap, edit: StanceEdit) -> None:
    """The status the new quote supported, written on it."""
    from coalition.edit.evidence import same_passage

    for item in stance.get("evidence") or []:
        if same_passage(item, edit.evidence):
            set_text(item, "status", edit.supports, "text", field_order("StanceEvidence"))


def set_stance(text: str, edit: StanceEdit) -> str:
    """Create or update one stance, creating the country when it is new."""
    data = root_of(text)
    _check_supports(data, edit)
    countries = mapping_at(data, "countries")
    if edit.code not in countries:
        _new_country(data, edit)
    else:
        country = _country(data, edit)
        holder, order = _holder(country, edit.column)
        stance = holder.get(edit.column)
        if stance is None:
            insert_entry(holder, edit.column, _stance_entry(edit), order)
        elif not isinstance(stance, CommentedMap):
            raise EditError(f"the stance {edit.code} {edit.column} is not a set of keys")
        else:
            if edit.correction is None and not edit.replace_evidence:
                _keep_history(stance, str(stance.get("status")), edit)
            stance["status"] = styled(edit.status, "text")
            for key in ("detail", "scope", "hedge"):
                value = getattr(edit, key)
                set_text(stance, key, value, kind_of("Stance", key), field_order("Stance"))
            _conditions(stance, edit)
            set_amounts(stance, edit.amount, edit.remove_amounts, f"{edit.code} {edit.column}")
            if edit.replace_evidence and "reviewed" in stance:
                # A review vouched for the evidence it read, which is gone.
                del stance["reviewed"]
            add_evidence(stance, edit.evidence, replace=edit.replace_evidence)
            if edit.supports is not None:
                _mark_supports(stance, edit)
    if edit.correction is not None:
        add_correction(data, edit.correction)
    return dump_text(data)


def kept_from_old_evidence(text: str, edit: StanceEdit) -> dict[str, str]:
    """The hedge and scope a stance keeps when `--replace-evidence` replaces
    the evidence that bore them and the edit says nothing of them: the
    command says they stay (its `reviewed:` goes: a review vouched for what
    it read)."""
    if not edit.replace_evidence:
        return {}
    country = mapping_at(root_of(text), "countries", create=False).get(edit.code)
    if not isinstance(country, CommentedMap):
        return {}
    holder = country if edit.column == "overall" else country.get("stances")
    stance = holder.get(edit.column) if isinstance(holder, CommentedMap) else None
    if not isinstance(stance, CommentedMap):
        return {}
    return {
        key: str(stance[key])
        for key in ("hedge", "scope")
        if getattr(edit, key) is None and str(stance.get(key) or "").strip()
    }


def _find_country(data: CommentedMap, code: str) -> CommentedMap:
    country = mapping_at(data, "countries", create=False).get(code)
    if not isinstance(country, CommentedMap):
        raise EditError(f"{code} is not in the ledger")
    return country


def remove(
    text: str,
    code: str,
    column: str | None = None,
    quote: Quote | None = None,
    correction: Correction | None = None,
) -> str:
    """Remove a piece of evidence (of a stance, or of the country), a whole
    stance, or a whole country."""
    data = root_of(text)
    country = _find_country(data, code)
    if column is None and quote is None:
        delete_entry(mapping_at(data, "countries"), code)
    else:
        # What follows the country (a blank line, the next country's comment)
        # stays after it, whatever part of it goes.
        end = take_end(country)
        if quote is not None:
            entry = country if column is None else _stance(country, code, column)
            _remove_evidence(entry, quote, f"{code} {column}" if column else code)
        elif column is not None:
            holder, _ = _holder(country, column)
            _stance(country, code, column)
            delete_entry(holder, column)
            if column != "overall" and not holder:
                delete_entry(country, "stances")
        put_end(country, end)
    if correction is not None:
        add_correction(data, correction)
    return dump_text(data)


def _stance(country: CommentedMap, code: str, column: str) -> CommentedMap:
    holder = country if column == "overall" else country.get("stances")
    stance = holder.get(column) if isinstance(holder, CommentedMap) else None
    if not isinstance(stance, CommentedMap):
        raise EditError(f"{code} has no {column} stance")
    return stance


def _remove_evidence(entry: CommentedMap, quote: Quote, where: str) -> None:
    items = entry.get("evidence")
    items = items if isinstance(items, CommentedSeq) else CommentedSeq()
    found = [index for index, item in enumerate(items) if same_quote(item, quote)]
    if not found:
        raise EditError(f"{where} has no evidence from {quote.source!r} with that quote")
    if len(items) == 1 and "status" in entry:
        raise EditError(
            f"that is the only evidence of {where}, and a stance needs evidence: remove the "
            "stance instead, or add the evidence that replaces it first"
        )
    delete_item(items, found[0])
    if not items:
        delete_entry(entry, "evidence")


def find_stance(data: CommentedMap, code: str, column: str) -> CommentedMap:
    """A stance of the ledger (`column`: a domain, or overall), or why not."""
    return _stance(_find_country(data, code), code, column)


def review(
    text: str, code: str, column: str, day: str, correction: Correction | None = None
) -> str:
    """Mark a stance as checked on `day`: it still holds. With a correction,
    the date it replaces was the ledger's mistake."""
    data = root_of(text)
    stance = _stance(_find_country(data, code), code, column)
    if "reviewed" in stance:
        stance["reviewed"] = styled(day, "date")
    else:
        insert_entry(stance, "reviewed", styled(day, "date"), field_order("Stance"))
    if correction is not None:
        add_correction(data, correction)
    return dump_text(data)


def clear_review(text: str, code: str, column: str, correction: Correction | None = None) -> str:
    """Take a stance's `reviewed:` stamp away: the review vouched for
    something it should not have (a wrong day, a stance that no longer
    holds), so the stance's age is again its evidence's."""
    data = root_of(text)
    stance = _stance(_find_country(data, code), code, column)
    if "reviewed" not in stance:
        raise EditError(f"{code} {column} has no reviewed date to remove")
    # What follows the stance (a blank line, the next country) stays after it.
    end = take_end(stance)
    delete_entry(stance, "reviewed")
    put_end(stance, end)
    if correction is not None:
        add_correction(data, correction)
    return dump_text(data)


@dataclass(frozen=True)
class CountryEdit:
    """A country's own entry: its group, role, and the evidence they rest on."""

    code: str
    group: str | None = None
    role: str | None = None  # "" clears it
    evidence: Quote | None = None
    replace_evidence: bool = False
    correction: Correction | None = None


def set_country(text: str, edit: CountryEdit) -> str:
    """Set a country's group or role, or add the evidence they rest on; a
    country new to the ledger needs its group and some evidence."""
    data = root_of(text)
    countries = mapping_at(data, "countries")
    if edit.code not in countries:
        if edit.evidence is None:
            raise EditError(f"{edit.code} is new to the ledger: give the evidence of its group")
        country = CommentedMap({"group": edit.group or DEFAULT_GROUP})
        if edit.role:
            country["role"] = edit.role
        country["evidence"] = CommentedSeq([evidence_entry(edit.evidence)])
        order = sorted([*map(str, countries), edit.code])
        insert_entry(countries, edit.code, canonical(country, COUNTRY), order)
    else:
        country = _find_country(data, edit.code)
        end = take_end(country)
        if edit.group:
            country["group"] = styled(edit.group, "text")
        set_text(country, "role", edit.role, "label", field_order("Country"))
        if edit.evidence is not None:
            add_evidence(country, edit.evidence, replace=edit.replace_evidence, order="Country")
        put_end(country, end)
    if edit.correction is not None:
        add_correction(data, edit.correction)
    return dump_text(data)
