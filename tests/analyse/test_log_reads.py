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
