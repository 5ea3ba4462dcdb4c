"""The history of the ledger: for each commit that changed it, what changed.

Built on `history.versions` (one `git log`) and `history.read_blobs` (one
`git cat-file --batch`); each distinct version of the file is parsed once.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from coalition.diff import Change, diff_ledgers, filter_changes
from coalition.history import Version, read_blobs, versions
from coalition.load import load_ledger_bytes
from coalition.models import Ledger
from coalition.problems import Level
from coalition.summary import display_name


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
    ledger: Path,
    countries: Sequence[str] = (),
    domains: Sequence[str] = (),
    since: datetime.date | None = None,
) -> LogView:
    found = versions(ledger)
    contents = read_blobs([v.blob for v in found if v.blob], ledger)
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
        changes = filter_changes(changes, countries, domains)
        if (countries or domains) and not changes:
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
    return LogView(str(ledger), tuple(entries), names, bool(countries or domains or since))
