"""The edits: each a function from the ledger's text to the new text.

Each reads the text with ruamel.yaml's round trip, changes only what it was
asked to (new entries in the canonical style and order, everything else as it
was: comments, order, quoting), and returns the new text. Nothing here checks
or writes: `apply.py` does, for every edit alike.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coalition.edit.roundtrip import canonical, dump_text, field_order, load_text, styled
from coalition.model.fields import Shape, Style
from coalition.model.vocabulary import Domain

DEFAULT_GROUP = "coalition"

COUNTRY = Shape(model="Country")
STANCE = Shape(model="Stance")
EVIDENCE = Shape(model="Evidence")
SOURCE = Shape(model="Source")
PROSE = Shape(style=Style.PROSE)


class EditError(Exception):
    """The edit cannot be made as asked; the message says why."""


@dataclass(frozen=True)
class StanceEdit:
    code: str
    column: str  # a domain, or "overall"
    status: str
    source: str
    quote: str
    detail: str | None = None
    conditions: tuple[str, ...] = ()
    speaker: str | None = None
    attribution: str | None = None
    group: str | None = None  # for a country that is new to the ledger


def _mapping(parent: CommentedMap, key: str) -> CommentedMap:
    value = parent.get(key)
    if value is None:
        value = CommentedMap()
        parent[key] = value
    if not isinstance(value, CommentedMap):
        raise EditError(f"'{key}' is not a set of keys in the ledger; fix it by hand first")
    return value


def _insert_in_order(mapping: CommentedMap, key: str, value: Any, order: list[str]) -> None:
    """Add `key` where the order says, if the mapping follows that order;
    at the end otherwise (the writer's own order is kept)."""
    keys = [str(k) for k in mapping]
    rank = {k: i for i, k in enumerate(order)}
    follows = all(k in rank for k in keys) and keys == sorted(keys, key=rank.__getitem__)
    position = len(keys)
    if follows and key in rank:
        position = sum(1 for k in keys if rank[k] < rank[key])
    # A key is styled like any text: `NO` is written "NO", never read as False.
    mapping.insert(position, styled(key, "text"), value)


def _root(text: str) -> CommentedMap:
    data = load_text(text)
    if not isinstance(data, CommentedMap):
        raise EditError("the ledger is not a set of keys; fix it by hand first")
    return data


def set_stance(text: str, edit: StanceEdit) -> str:
    """Create or update one stance, creating the country when it is new. New
    evidence is appended; nothing is taken away."""
    data = _root(text)
    countries = _mapping(data, "countries")
    country = countries.get(edit.code)
    if country is None:
        country = CommentedMap()
        country["group"] = edit.group or DEFAULT_GROUP
        _insert_in_order(
            countries,
            edit.code,
            canonical(country, COUNTRY),
            sorted([*map(str, countries), edit.code]),
        )
        country = countries[edit.code]
    elif not isinstance(country, CommentedMap):
        raise EditError(f"countries.{edit.code} is not a set of keys; fix it by hand first")
    if edit.column == "overall":
        holder, key, order = country, "overall", field_order("Country")
    else:
        holder, key, order = _mapping(country, "stances"), edit.column, [d.value for d in Domain]
    evidence: dict[str, Any] = {"source": edit.source, "quote": edit.quote}
    if edit.speaker:
        evidence["speaker"] = edit.speaker
    if edit.attribution:
        evidence["attribution"] = edit.attribution
    new_evidence = canonical(CommentedMap(evidence), EVIDENCE)
    stance = holder.get(key)
    if stance is None:
        stance = CommentedMap({"status": edit.status})
        if edit.detail:
            stance["detail"] = edit.detail
        if edit.conditions:
            stance["conditions"] = CommentedSeq(edit.conditions)
        stance["evidence"] = CommentedSeq([new_evidence])
        _insert_in_order(holder, key, canonical(stance, STANCE), order)
        return dump_text(data)
    if not isinstance(stance, CommentedMap):
        raise EditError(
            f"the stance {edit.code} {edit.column} is not a set of keys; fix it by hand"
        )
    stance["status"] = edit.status
    if edit.detail:
        stance["detail"] = canonical(edit.detail, PROSE)
    if edit.conditions:
        conditions = stance.get("conditions")
        if not isinstance(conditions, CommentedSeq):
            conditions = CommentedSeq()
            _insert_in_order(stance, "conditions", conditions, field_order("Stance"))
        for condition in edit.conditions:
            if condition not in conditions:
                conditions.append(canonical(condition, PROSE))
    items = stance.get("evidence")
    if not isinstance(items, CommentedSeq):
        items = CommentedSeq()
        stance["evidence"] = items
    items.append(new_evidence)
    return dump_text(data)


def add_source(
    text: str,
    source_id: str,
    publisher: str,
    title: str,
    published: str,
    url: str | None = None,
    archive: str | None = None,
) -> str:
    data = _root(text)
    sources = _mapping(data, "sources")
    if source_id in sources:
        raise EditError(f"the source '{source_id}' is already defined; choose another id")
    source: dict[str, Any] = {"publisher": publisher, "title": title, "published": published}
    if url:
        source["url"] = url
    if archive:
        source["archive"] = archive
    _insert_in_order(sources, source_id, canonical(CommentedMap(source), SOURCE), [])
    sources.fa.set_block_style()
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
