"""Changing the ledger from the command line, keeping the rest of the file.

Each edit reads the file with ruamel.yaml's round trip, changes only what it
was asked to (new entries in the canonical style and order, everything else
as it was: comments, order, quoting), and returns the new text. Nothing here
writes: the CLI validates the result and writes it with `write.replace_file`.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coalition.diff import Change, DiffView, diff_ledgers, diff_view
from coalition.fmt import encode_like
from coalition.load import load_ledger_bytes
from coalition.problems import Level, Problem
from coalition.roundtrip import DOMAIN_ORDER, FIELDS, canonical, dump_text, load_text, styled
from coalition.textscan import decode

DEFAULT_GROUP = "coalition"


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
            canonical(country, "country"),
            sorted([*map(str, countries), edit.code]),
        )
        country = countries[edit.code]
    elif not isinstance(country, CommentedMap):
        raise EditError(f"countries.{edit.code} is not a set of keys; fix it by hand first")
    if edit.column == "overall":
        holder, key, order = country, "overall", list(FIELDS["country"])
    else:
        holder, key, order = _mapping(country, "stances"), edit.column, DOMAIN_ORDER
    evidence: dict[str, Any] = {"source": edit.source, "quote": edit.quote}
    if edit.speaker:
        evidence["speaker"] = edit.speaker
    if edit.attribution:
        evidence["attribution"] = edit.attribution
    new_evidence = canonical(CommentedMap(evidence), "evidence")
    stance = holder.get(key)
    if stance is None:
        stance = CommentedMap({"status": edit.status})
        if edit.detail:
            stance["detail"] = edit.detail
        if edit.conditions:
            stance["conditions"] = CommentedSeq(edit.conditions)
        stance["evidence"] = CommentedSeq([new_evidence])
        _insert_in_order(holder, key, canonical(stance, "stance"), order)
        return dump_text(data)
    if not isinstance(stance, CommentedMap):
        raise EditError(
            f"the stance {edit.code} {edit.column} is not a set of keys; fix it by hand"
        )
    stance["status"] = edit.status
    if edit.detail:
        stance["detail"] = canonical(edit.detail, "prose")
    if edit.conditions:
        conditions = stance.get("conditions")
        if not isinstance(conditions, CommentedSeq):
            conditions = CommentedSeq()
            _insert_in_order(stance, "conditions", conditions, list(FIELDS["stance"]))
        for condition in edit.conditions:
            if condition not in conditions:
                conditions.append(canonical(condition, "prose"))
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
    _insert_in_order(sources, source_id, canonical(CommentedMap(source), "source"), [])
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


@dataclass
class PreparedEdit:
    """An edit ready to write (`new`), or why it is refused."""

    new: bytes | None
    refusal: str = ""
    problems: list[Problem] = field(default_factory=list)  # of the result, when invalid
    view: DiffView | None = None  # what the edit changes


def prepare_edit(
    data: bytes,
    file: str,
    base: Path | None,
    make: Callable[[str], str],
    meant: Callable[[Change], bool],
) -> PreparedEdit:
    """Apply `make` to the ledger's text; accept the result only if it is a
    valid ledger and every change it makes is one `meant` expects."""
    text, _ = decode(data, file)
    if text is None:
        return PreparedEdit(None, f"{file} is not UTF-8 text (see coalition validate)")
    try:
        new_text = make(text)
    except EditError as error:
        return PreparedEdit(None, str(error))
    except Exception as error:  # noqa: BLE001 - ruamel.yaml's own parse errors
        return PreparedEdit(None, f"cannot read {file} ({error}); see coalition validate")
    new = encode_like(data, new_text)
    after = load_ledger_bytes(new, file, base=base)
    errors = [p for p in after.problems if p.level >= Level.ERROR]
    if errors or after.ledger is None:
        return PreparedEdit(None, f"the change would make {file} invalid", errors)
    before = load_ledger_bytes(data, file, base=base).ledger
    if before is None:
        return PreparedEdit(new)  # the edit mended an invalid ledger
    changes = diff_ledgers(before, after.ledger)
    if not all(meant(change) for change in changes):
        return PreparedEdit(
            None, "the edit would change more than was asked (a bug: please report it)"
        )
    return PreparedEdit(new, view=diff_view(file, file, before, after.ledger, changes))
