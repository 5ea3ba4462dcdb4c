"""The history of the ledger: for each commit that changed it, what changed.

A pure fold over the versions of the file, newest first, with their contents
(`coalition/git.py` reads them: one `git log`, one `git cat-file --batch`);
each distinct version is parsed once. Nothing here runs git, so the log can
be tested with versions made up in a test.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coalition.analyse.change import Change
from coalition.analyse.diff import diff_ledgers, filter_changes
from coalition.load import load_ledger_bytes
from coalition.model.countries import display_name
from coalition.model.ledger import Ledger
from coalition.problems import Level

if TYPE_CHECKING:
    from coalition.git import Version


@dataclass(frozen=True)
class LogEntry:
    commit: str
    short: str
    date: str
    subject: str
    path: str
    changes: tuple[Change, ...]
    # Why the changes of this commit cannot be shown, if they cannot.
    problem: str | None = None


@dataclass(frozen=True)
class LogView:
    ledger: str
    entries: tuple[LogEntry, ...]  # newest first
    names: dict[str, str]
    filtered: bool


def _empty_like(ledger: Ledger) -> Ledger:
    """What there was before the first version: nothing but the same title."""
    return Ledger.model_construct(
        title=ledger.title, as_of=ledger.as_of, sources={}, reported=[], countries={}
    )


def build_log(
    ledger: str,
    found: Sequence[Version],
    contents: Mapping[str, bytes],
    countries: Sequence[str] = (),
    domains: Sequence[str] = (),
    since: datetime.date | None = None,
    *,
    corrections: bool = True,
) -> LogView:
    """What each version changed, newest first. `found` are the versions
    (newest first), `contents` the bytes of each blob."""
    parsed: dict[str, Ledger | None] = {}
    errors: dict[str, int] = {}
    for blob, data in contents.items():
        loaded = load_ledger_bytes(data, blob)
        parsed[blob] = loaded.ledger
        errors[blob] = sum(1 for p in loaded.problems if p.level >= Level.ERROR)

    def valid(version: Version) -> Ledger | None:
        return parsed.get(version.blob) if version.blob and not errors.get(version.blob) else None

    entries = []
    for index, version in enumerate(found):
        if since is not None and version.date[:10] < since.isoformat():
            continue
        new = valid(version)
        # Compare with the nearest older version that was a valid ledger.
        old = next((v for v in map(valid, found[index + 1 :]) if v is not None), None)
        problem = None
        changes: list[Change] = []
        if version.blob is None:
            problem = "the ledger file was deleted in this commit"
        elif new is None:
            problem = f"this version is not a valid ledger ({errors.get(version.blob, 0)} errors)"
        else:
            changes = diff_ledgers(old if old is not None else _empty_like(new), new)
        changes = filter_changes(changes, countries, domains, corrections=corrections)
        if (countries or domains or not corrections) and not changes:
            continue
        entries.append(
            LogEntry(
                version.commit,
                version.short,
                version.date,
                version.subject,
                version.path,
                tuple(changes),
                problem,
            )
        )
    names = {
        code: display_name(code, country.name)
        for book in parsed.values()
        if book is not None
        for code, country in book.countries.items()
    }
    return LogView(ledger, tuple(entries), names, bool(countries or domains or since))
