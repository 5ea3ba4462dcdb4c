"""The history of the ledger: for each commit that changed it, what changed.

A pure fold over the versions of the file, newest first, with their contents
(`coalition/git.py` reads them: one `git log`, one `git cat-file --batch`);
each distinct version is parsed once. Nothing here runs git, so the log can
be tested with versions made up in a test.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from coalition.analyse.change import Change
from coalition.analyse.diff import diff_ledgers, filter_changes
from coalition.load import Versions, load_ledger_bytes
from coalition.model.countries import display_name
from coalition.model.ledger import Ledger, Source
from coalition.problems import errors_of

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
    committed: str = ""  # the committer date: when the change was recorded
    # The sources of this version, to date its evidence by the news.
    sources: Mapping[str, Source] = field(default_factory=dict, compare=False, repr=False)


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


Reader = Callable[[Sequence[str]], Mapping[str, bytes]]


def build_log(
    ledger: str,
    found: Sequence[Version],
    contents: Mapping[str, bytes] | Reader,
    countries: Sequence[str] = (),
    domains: Sequence[str] = (),
    since: datetime.date | None = None,
    *,
    corrections: bool = True,
    released: Collection[str] = (),
) -> LogView:
    """What each version changed, newest first. `found` are the versions
    (newest first); `contents` the bytes of each blob, or a function that
    reads the blobs asked for. Versions are read and parsed only when needed,
    a few at a time, and forgotten once no later step needs them: with
    `since`, nothing older than the window and the one version before it is
    read, and memory stays flat however long the history. `released`: the
    commits a release holds, left out (`log --since RELEASE`)."""
    history = _History(found, contents)
    entries = []
    for index, version in enumerate(found):
        if since is not None and version.date[:10] < since.isoformat():
            continue  # author dates need not be in order (a rebase): look at each
        if version.commit in released:
            continue  # `log --since RELEASE`: what the release holds already
        new = history.valid(index)
        # Compare with the nearest older version that was a valid ledger.
        old = next(
            (v for i in range(index + 1, len(found)) if (v := history.valid(i)) is not None), None
        )
        problem = None
        changes: list[Change] = []
        if version.blob is None:
            problem = "the ledger file was deleted in this commit"
        elif new is None:
            problem = f"this version is not a valid ledger ({history.errors(index)} errors)"
        else:
            changes = diff_ledgers(old if old is not None else _empty_like(new), new)
        history.done(index)
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
                version.committed,
                new.sources if new is not None else {},
            )
        )
    filtered = bool(countries or domains or since or released)
    return LogView(ledger, tuple(entries), history.names, filtered)


class _History:
    """The versions' ledgers, parsed on first use and dropped after the last."""

    CHUNK = 32  # blobs read from git at a time

    def __init__(self, found: Sequence[Version], contents: Mapping[str, bytes] | Reader) -> None:
        self.found = found
        self.read: Reader = contents if callable(contents) else lambda blobs: contents
        self.parsed: dict[str, tuple[Ledger | None, int]] = {}
        self.last_use = {v.blob: i for i, v in enumerate(found) if v.blob}
        self.names: dict[str, str] = {}
        # Consecutive versions share most of their text: parse only what changed.
        self.versions = Versions()

    def _load(self, index: int) -> tuple[Ledger | None, int]:
        blob = self.found[index].blob
        if blob is None:
            return None, 0
        if blob not in self.parsed:
            upcoming = [v.blob for v in self.found[index : index + self.CHUNK] if v.blob]
            wanted = [b for b in dict.fromkeys(upcoming) if b not in self.parsed]
            data = self.read(wanted)
            for each in wanted:
                loaded = load_ledger_bytes(
                    data.get(each, b""), each, errors_only=True, versions=self.versions
                )
                self.parsed[each] = (loaded.ledger, len(errors_of(loaded.problems)))
                if loaded.ledger is not None:
                    for code, country in loaded.ledger.countries.items():
                        self.names.setdefault(code, display_name(code, country.name))
        return self.parsed[blob]

    def valid(self, index: int) -> Ledger | None:
        ledger, errors = self._load(index)
        return ledger if not errors else None

    def errors(self, index: int) -> int:
        return self._load(index)[1]

    def done(self, index: int) -> None:
        """Forget what no step after `index` reads (older versions come later)."""
        for blob in [b for b in self.parsed if self.last_use.get(b, -1) < index]:
            del self.parsed[blob]
