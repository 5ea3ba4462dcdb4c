"""Edits of the ledger as a whole: its as_of date, its corrections, and a new
ledger that explains itself."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coalition.edit.evidence import Quote, add_evidence, evidence_entry
from coalition.edit.nodes import EditError, append_item, insert_entry, root_of
from coalition.edit.roundtrip import canonical, dump_text, field_order, kind_of, styled
from coalition.model.fields import Shape

CORRECTION = Shape(model="Correction")


@dataclass(frozen=True)
class Correction:
    """A correction entry to record with an edit: what it corrects and why."""

    date: str
    reason: str
    country: str | None = None
    domain: str | None = None
    source: str | None = None


def add_correction(data: CommentedMap, correction: Correction) -> None:
    """Append a correction to the ledger's list of corrections (created at
    the end of the file when there is none)."""
    if not correction.reason.strip():
        raise EditError("a correction needs a reason: say what was wrong")
    entry: dict[str, Any] = {"date": correction.date}
    for key in ("country", "domain", "source"):
        if getattr(correction, key):
            entry[key] = getattr(correction, key)
    entry["reason"] = correction.reason
    item = canonical(CommentedMap(entry), CORRECTION)
    corrections = data.get("corrections")
    if corrections is None:
        corrections = CommentedSeq([item])
        corrections.fa.set_block_style()
        insert_entry(data, "corrections", corrections, field_order("Ledger"))
        return
    if not isinstance(corrections, CommentedSeq):
        raise EditError("'corrections' is not a list in the ledger; fix it by hand first")
    corrections.fa.set_block_style()
    append_item(corrections, item)


def set_as_of(text: str, day: str) -> str:
    """Move the date the ledger was last reviewed as a whole."""
    data = root_of(text)
    data["as_of"] = styled(day, "date")
    return dump_text(data)


def new_ledger(title: str, today: datetime.date) -> str:
    """The text of a new, empty, valid ledger that explains itself."""
    return f'''# yaml-language-server: $schema=contributions.schema.json
# A ledger of what each country has said or done, each claim with the exact
# words of a source. Check it with `coalition validate`; add to it by hand or
# with `coalition add-source` and `coalition set`.

title: "{title}"
as_of: {today.isoformat()}  # when the ledger was last reviewed as a whole

# Every document the ledger cites, by a short id of your choice:
#   politico-2025-09-04:
#     publisher: Politico
#     title: "Ukraine allies ready to commit to post-war security guarantees"
#     published: 2025-09-04
#     url: https://…      # optional: leave it out rather than guess
#     archive: sources/politico-2025-09-04.txt   # optional: a plain-text copy;
#                         # every quote citing the source must be found in it
sources: {{}}

# Figures a source gives without naming countries ("26 countries"), if any:
#   - value: 26
#     counts: "countries formally committed"
#     status: committed
#     source: politico-2025-09-04
#     quote: "…"
reported: []

# Countries by ISO 3166-1 alpha-2 code (FR, GB — not UK —, NO, US):
#   FI:
#     group: coalition    # coalition, partner or other
#     role: co-host       # optional
#     overall:            # optional: a stance about the mission as a whole
#     stances:            # land, sea, air, cyber, logistics, financing
#       land:
#         status: ruled_out   # ruled_out, undecided, considering, offered,
#                             # committed, delivering (weakest to strongest)
#         detail: "No Finnish troops at the war front"   # optional
#         conditions: ["ceasefire"]                      # optional
#         evidence:                                      # at least one
#           - source: politico-2025-09-04
#             quote: "We are not sending Finns to the war front in Ukraine."
#             speaker: Alexander Stubb                   # optional
#             attribution: on_record   # on_record, spokesperson, anonymous, reported
countries: {{}}
'''


def add_precondition(
    text: str, precondition: str, evidence: Quote, correction: Correction | None = None
) -> str:
    """Record a precondition the sources state for everyone, with its quote
    (added to the evidence of the same precondition if it is there)."""
    from coalition.check.quotes import normalise

    data = root_of(text)
    items = data.get("preconditions")
    for item in items if isinstance(items, CommentedSeq) else []:
        if isinstance(item, CommentedMap) and normalise(str(item.get("text"))) == normalise(
            precondition
        ):
            add_evidence(item, evidence)
            if correction is not None:
                add_correction(data, correction)
            return dump_text(data)
    entry = canonical(
        CommentedMap({"text": precondition, "evidence": CommentedSeq([evidence_entry(evidence)])}),
        Shape(model="Precondition"),
    )
    if isinstance(items, CommentedSeq):
        append_item(items, entry)
    else:
        items = CommentedSeq([entry])
        items.fa.set_block_style()
        insert_entry(data, "preconditions", items, field_order("Ledger"))
    if correction is not None:
        add_correction(data, correction)
    return dump_text(data)


def add_ignored(
    text: str,
    source_id: str | None,
    sentence: str | None,
    country: str | None,
    reason: str,
    *,
    update: bool = False,
) -> str:
    """Say why something a source names is not recorded: a sentence of one
    source, or a country (for one source, or for all when no source is given).
    What is ignored there already is refused (a second entry would say the
    same twice); with `update`, its reason is reworded instead."""
    from coalition.edit.nodes import mapping_at

    data = root_of(text)
    holder = data
    if source_id is not None:
        holder = mapping_at(data, "sources", create=False).get(source_id)
        if not isinstance(holder, CommentedMap):
            raise EditError(f"there is no source '{source_id}'")
    items = holder.get("ignored")
    where = f"source '{source_id}'" if source_id is not None else "the ledger"
    what = repr(sentence) if sentence is not None else f"country {country}"
    found = _ignored_entry(items, sentence, country)
    if update:
        if found is None:
            raise EditError(f"{where} ignores no {what}; leave out --update to add it")
        if str(found.get("reason", "")) == reason:
            raise EditError(f"{where} ignores {what} for that reason already")
        found["reason"] = styled(reason, kind_of("Ignored", "reason"))
        return dump_text(data)
    if found is not None:
        raise EditError(
            f"{where} ignores {what} already, because {str(found.get('reason', ''))!r}; "
            "to reword the reason, add --update"
        )
    entry: dict[str, Any] = {"text": sentence, "country": country, "reason": reason}
    item = canonical(CommentedMap({k: v for k, v in entry.items() if v}), Shape(model="Ignored"))
    if isinstance(items, CommentedSeq):
        append_item(items, item)
    else:
        items = CommentedSeq([item])
        items.fa.set_block_style()
        insert_entry(holder, "ignored", items, field_order("Source" if source_id else "Ledger"))
    return dump_text(data)


def _ignored_entry(items: Any, sentence: str | None, country: str | None) -> CommentedMap | None:
    """The entry that ignores this sentence (its words, as quotes are
    compared) or this country, if there is one."""
    from coalition.check.quotes import quote_key

    for item in items if isinstance(items, CommentedSeq) else []:
        if not isinstance(item, CommentedMap):
            continue
        if sentence is not None and item.get("text") is not None:
            if quote_key(str(item["text"])) == quote_key(sentence):
                return item
        elif country is not None and sentence is None and str(item.get("country")) == country:
            return item
    return None
