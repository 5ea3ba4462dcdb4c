"""Edits of the ledger as a whole: its as_of date, its corrections, and a new
ledger that explains itself."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coalition.edit.nodes import EditError, append_item, insert_entry, root_of
from coalition.edit.roundtrip import canonical, dump_text, field_order, styled
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
