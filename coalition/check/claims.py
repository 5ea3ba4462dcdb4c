"""Claim checks: the quote must bear the claim.

The quote check proves that the words exist in the source; these check that
the words say what the entry says. `status-unsupported`: the status is
stronger than any wording in its evidence supports (the cue lexicon is in
`coalition/model/cues.py`). `country-not-named`: no piece of a stance's
evidence names its country (by a name, a demonym, a capital, or a speaker on
record for it), so a quote pasted under the wrong country is caught. Evidence
marked `checked: true` was read by a person and is taken as it is: the checks
must never make a journalist change a true entry.
"""

from __future__ import annotations

from typing import Any

from coalition.check.context import Context, check, items_of, stances_as_written, text_of
from coalition.model.countries import country_name, iso_countries
from coalition.model.cues import strongest_support
from coalition.model.names import names_country
from coalition.model.vocabulary import Status
from coalition.problems import Level, Problem
from coalition.read.document import Path

_STATUSES = {s.value: s for s in Status}


def _evidence(stance: dict[str, Any]) -> list[dict[str, Any]]:
    """The quotes for the stance's status: one with a status of its own (an
    earlier position, or a contradicting source) bears that one, not this."""
    status = stance.get("status")
    return [
        item
        for _, item in items_of(stance.get("evidence"))
        if isinstance(item, dict) and item.get("status") in (None, status)
    ]


def _words(item: dict[str, Any]) -> list[str]:
    return [text for text in (text_of(item.get("quote")), text_of(item.get("translation"))) if text]


def _checked(items: list[dict[str, Any]]) -> bool:
    return any(str(item.get("checked", "")).strip().lower() in ("true", "yes") for item in items)


def _claims(context: Context) -> list[tuple[Path, str, Status, list[dict[str, Any]]]]:
    """(path, country code, status, evidence) of every stance that can be
    checked; both claim checks read them."""
    if "claims" not in context.shared:
        context.shared["claims"] = _find_claims(context)
    found: list[tuple[Path, str, Status, list[dict[str, Any]]]] = context.shared["claims"]
    return found


def _find_claims(context: Context) -> list[tuple[Path, str, Status, list[dict[str, Any]]]]:
    found = []
    for path, stance in stances_as_written(context.section("countries")):
        status = _STATUSES.get(str(stance.get("status")))
        items = _evidence(stance)
        # Only whole evidence: a quote the model refuses has been reported already.
        whole = items and all(text_of(item.get("quote")) for item in items)
        if status is not None and whole and not _checked(items):
            found.append((path, str(path[1]), status, items))
    return found


@check("status-unsupported")
def check_status_supported(context: Context) -> list[Problem]:
    problems = []
    for path, _, status, items in _claims(context):
        supported, cue = strongest_support([w for item in items for w in _words(item)], status)
        if supported:
            continue
        says = (
            f"the evidence says {cue.words!r} ({cue.status.value})"
            if cue is not None
            else "the evidence holds no word for it"
        )
        problems.append(
            context.problem(
                (*path, "status"),
                Level.WARNING,
                f"{says}; the status says {status.value}",
                "record the weakest status the words support; if they do bear this status, "
                "mark the evidence 'checked: true' after reading it",
                rule="status-unsupported",
            )
        )
    return problems


def _named(item: dict[str, Any], code: str) -> bool:
    if text_of(item.get("speaker_country")) == code:
        return True
    return any(names_country(text, code) for text in _words(item))


@check("country-not-named")
def check_country_named(context: Context) -> list[Problem]:
    problems = []
    for path, code, _, items in _claims(context):
        if code not in iso_countries() or any(_named(item, code) for item in items):
            continue
        problems.append(
            context.problem(
                path,
                Level.WARNING,
                f"no quote of this stance names {country_name(code)}: by a name, a demonym, its "
                "capital, or a speaker on record for it",
                "check that the quote is about this country; if the speaker speaks for it, say "
                f"'speaker_country: {code}'; if it is right as it is, mark the evidence "
                "'checked: true'",
                rule="country-not-named",
                at_key=True,
            )
        )
    return problems
