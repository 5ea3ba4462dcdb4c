"""`log` reads only what it shows: with --since, the versions in the window
and the one before it, in a few batches, whatever the length of history."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from coalition.analyse.log import build_log
from coalition.git import Version
from tests.conftest import VALID

STATUSES = ["considering", "offered", "committed"]


def history(commits: int) -> tuple[list[Version], dict[str, bytes]]:
    found, blobs = [], {}
    start = datetime.date(2024, 1, 1)
    for number in range(commits):
        blob = f"{number:040x}"
        status = STATUSES[number % 3]
        blobs[blob] = VALID.replace("status: considering", f"status: {status}").encode()
        day = (start + datetime.timedelta(days=number)).isoformat()
        found.append(
            Version(
                f"{number:040d}",
                f"{number:07d}",
                f"{day}T12:00:00+00:00",
                f"c{number}",
                "l.yaml",
                blob,
            )
        )
    found.reverse()  # newest first, as git gives them
    return found, blobs


def test_since_reads_the_window_and_the_version_before() -> None:
    found, blobs = history(800)
    asked: list[str] = []

    def read(wanted: Sequence[str]) -> dict[str, bytes]:
        asked.extend(wanted)
        return {b: blobs[b] for b in wanted}

    since = datetime.date(2024, 1, 1) + datetime.timedelta(days=790)
    view = build_log("l.yaml", found, read, since=since)
    assert len(view.entries) == 10
    assert all(change.kind.value == "status_changed" for e in view.entries for change in e.changes)
    assert len(asked) <= 10 + 1 + 32  # the window, the base, and at most one batch ahead


def test_the_whole_history_is_the_same_read_lazily_or_all_at_once() -> None:
    found, blobs = history(60)
    lazy = build_log("l.yaml", found, lambda wanted: {b: blobs[b] for b in wanted})
    eager = build_log("l.yaml", found, blobs)
    assert lazy == eager
    assert len(lazy.entries) == 60


def test_each_entry_is_the_diff_of_its_versions_read_alone() -> None:
    """`log` reads each version with what the one before left (blocks of text,
    models of records); its changes are those of the versions read afresh,
    each valid one compared with the valid one before it."""
    from coalition.analyse.change import Change
    from coalition.analyse.diff import diff_ledgers
    from coalition.load import load_ledger_bytes
    from coalition.model.ledger import Ledger
    from coalition.problems import errors_of
    from tests.fuzz.mutants import mutants

    # A history of damage and repair: each version a mutant of the last valid one.
    texts, last_valid = [VALID], VALID
    for seed in range(200):
        text = next(mutants(last_valid, 1, seed=seed)).text
        text = text.replace(STATUSES[seed % 3], STATUSES[(seed + 1) % 3], 1)
        texts.append(text)
        if not errors_of(load_ledger_bytes(text.encode(), "l.yaml", errors_only=True).problems):
            last_valid = text
    found, blobs = history(len(texts))
    for version, text in zip(reversed(found), texts, strict=True):
        blobs[version.blob or ""] = text.encode()
    view = build_log("l.yaml", found, blobs)

    expected: list[list[Change]] = []
    last: Ledger | None = None
    for text in texts:
        loaded = load_ledger_bytes(text.encode(), "l.yaml", errors_only=True)
        valid = loaded.ledger if not errors_of(loaded.problems) else None
        expected.append(diff_ledgers(last, valid) if valid and last else [])
        last = valid or last
    assert sum(1 for changes in expected if changes) > 20
    assert sum(1 for entry in view.entries if entry.problem) > 20
    # The oldest entry is what the first version added to nothing.
    assert [list(entry.changes) for entry in reversed(view.entries)][1:] == expected[1:]
