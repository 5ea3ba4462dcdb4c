"""What the claim checks read: the quote must bear the claim.

The quote check proves that the words exist in the source; the claim checks
(`status-unsupported`, `country-not-named`, in `coalition/rules/check/`) check
that the words say what the entry says. Evidence marked `checked: true` was
read by a person and is taken as it is: the checks must never make a
journalist change a true entry.
"""

from __future__ import annotations

from typing import Any

from coalition.check.context import Context, items_of, stances_as_written, text_of
from coalition.model.vocabulary import Status
from coalition.read.document import Path

_STATUSES = {s.value: s for s in Status}

Claim = tuple[Path, str, Status, list[dict[str, Any]]]


def _evidence(stance: dict[str, Any]) -> list[dict[str, Any]]:
    """The quotes for the stance's status: one with a status of its own (an
    earlier position, or a contradicting source) bears that one, not this."""
    status = stance.get("status")
    return [
        item
        for _, item in items_of(stance.get("evidence"))
        if isinstance(item, dict) and item.get("status") in (None, status)
    ]


def words(item: dict[str, Any]) -> list[str]:
    """The texts of a piece of evidence that can bear a claim: its quote and
    its translation."""
    return [text for text in (text_of(item.get("quote")), text_of(item.get("translation"))) if text]


def _checked(items: list[dict[str, Any]]) -> bool:
    return any(str(item.get("checked", "")).strip().lower() in ("true", "yes") for item in items)


def claims(context: Context) -> list[Claim]:
    """(path, country code, status, evidence) of every stance that can be
    checked; both claim checks read them, so they are found once per run."""
    if "claims" not in context.shared:
        context.shared["claims"] = _find_claims(context)
    found: list[Claim] = context.shared["claims"]
    return found


def _find_claims(context: Context) -> list[Claim]:
    found = []
    for path, stance in stances_as_written(context.section("countries")):
        status = _STATUSES.get(str(stance.get("status")))
        items = _evidence(stance)
        # Only whole evidence: a quote the model refuses has been reported already.
        whole = items and all(text_of(item.get("quote")) for item in items)
        if status is not None and whole and not _checked(items):
            found.append((path, str(path[1]), status, items))
    return found
