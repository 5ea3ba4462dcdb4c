"""fmt: one canonical layout, every comment kept, and never a lost file."""

from __future__ import annotations

import errno
import os
import stat
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from syrupy.assertion import SnapshotAssertion

from coalition.edit import write
from coalition.edit.apply import format_ledger
from coalition.edit.write import WriteError, create_file, replace_file
from coalition.load import load_ledger_bytes
from tests.analyse.test_diff import ledgers
from tests.conftest import FIXTURE_LEDGER, run_cli, strict_problems
from tests.render.test_golden import TextSnapshot

Write = Callable[..., Path]

MESSY = textwrap.dedent(
    """\
    # yaml-language-server: $schema=contributions.schema.json
    # The top comment stays on top.
    countries:
      NO:   # Norway, not False
        stances: {sea: {evidence: [{quote: "Ships", source: p}], status: offered}}
        group: coalition

      FR:
        group: coalition
        role: yes
        stances:
          land:
            status: committed   # since June
            conditions: [ceasefire, US backstop]
            detail: Troops
            evidence:
            - source: p
              quote: 'Troops: yes'
    sources:
      p: {publisher: P, title: Allies, published: 2025-09-04}
    as_of: 2025-09-04
    title: Test
    """
)


def comments(text: str) -> list[str]:
    return sorted(line.split("#", 1)[1].strip() for line in text.splitlines() if "# " in line)


def test_messy_ledger_in_canonical_layout(ledger_file: Write, snapshot: SnapshotAssertion) -> None:
    path = ledger_file(MESSY)
    run = run_cli("fmt", str(path))
    assert run.exit_code == 0, run.stderr
    formatted = path.read_text(encoding="utf-8")
    assert formatted == snapshot(extension_class=TextSnapshot)
    assert comments(formatted) == comments(MESSY)
    original = path.parent / "messy.yaml"
    original.write_text(MESSY, encoding="utf-8")
    assert strict_problems(path) == strict_problems(original)
    # What a YAML 1.1 reader makes of it: Norway is "NO", "yes" is text.
    data = yaml.safe_load(formatted)
    assert list(data["countries"]) == ["FR", "NO"]
    assert data["countries"]["FR"]["role"] == "yes"


def test_fmt_is_idempotent_and_check_says_so(ledger_file: Write) -> None:
    path = ledger_file(MESSY)
    check = run_cli("fmt", "--check", str(path))
    assert check.exit_code == 1
    assert check.stdout.startswith(f"--- a/{path}\n+++ b/{path}\n")
    assert path.read_text(encoding="utf-8") == MESSY  # --check changes nothing
    run_cli("fmt", str(path))
    once = path.read_bytes()
    assert run_cli("fmt", "--check", str(path)).exit_code == 0
    run_cli("fmt", str(path))
    assert path.read_bytes() == once


def test_the_shipped_ledger_is_formatted() -> None:
    run = run_cli("fmt", "--check", str(FIXTURE_LEDGER))
    assert (run.exit_code, run.stdout) == (0, "")


def test_an_invalid_ledger_is_left_untouched(ledger_file: Write) -> None:
    path = ledger_file(MESSY.replace("status: committed", "status: comitted"))
    before = path.read_bytes()
    run = run_cli("fmt", str(path))
    assert run.exit_code == 1
    assert "'comitted' is not a known status" in run.stderr
    assert path.read_bytes() == before


def test_line_endings_and_byte_order_mark_are_kept(ledger_file: Write) -> None:
    path = ledger_file(b"\xef\xbb\xbf" + MESSY.replace("\n", "\r\n").encode())
    assert run_cli("fmt", str(path)).exit_code == 0
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == data.count(b"\n")


def test_permissions_are_kept(ledger_file: Write) -> None:
    path = ledger_file(MESSY)
    path.chmod(0o640)
    run_cli("fmt", str(path))
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_symlinked_ledger_is_written_through(ledger_file: Write, tmp_path: Path) -> None:
    target = ledger_file(MESSY, "real.yaml")
    link = tmp_path / "contributions.yaml"
    link.symlink_to(target)
    assert run_cli("fmt", str(link)).exit_code == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") != MESSY


def test_a_file_changed_since_it_was_read_is_not_overwritten(ledger_file: Write) -> None:
    path = ledger_file(MESSY)
    with pytest.raises(WriteError, match="changed since it was read"):
        replace_file(path, b"new", expected=b"what it held before someone else saved")
    assert path.read_text(encoding="utf-8") == MESSY


def test_two_writers_at_once(ledger_file: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another writer (a thread here: the lock is not shared between
    threads) holds the lock longer than this one waits."""
    path = ledger_file(MESSY)
    monkeypatch.setattr(write, "LOCK_TIMEOUT", 0.05)
    holding, done = threading.Event(), threading.Event()

    def other_writer() -> None:
        with write.ledger_lock(path):
            holding.set()
            done.wait()

    other = threading.Thread(target=other_writer)
    other.start()
    holding.wait()
    try:
        with pytest.raises(WriteError, match="being written by another program"):
            replace_file(path, b"new", expected=MESSY.encode())
    finally:
        done.set()
        other.join()
    assert path.read_text(encoding="utf-8") == MESSY


def test_a_writer_that_waited_never_overwrites_the_one_before(ledger_file: Write) -> None:
    """The other writer holds the lock and replaces the file (a new inode)
    while this one waits: this one must see the new text and stop."""
    path = ledger_file(MESSY)
    holding, outcome = threading.Event(), {}
    lock = write.ledger_lock(path)

    def other_writer() -> None:
        with lock:
            holding.set()
            time_to_replace.wait()
            replacement = path.with_name("other.tmp")
            replacement.write_text("title: the other writer's\n", encoding="utf-8")
            replacement.replace(path)

    def this_writer() -> None:
        try:
            replace_file(path, b"mine", expected=MESSY.encode())
            outcome["result"] = "written"
        except WriteError as error:
            outcome["result"] = str(error)

    time_to_replace = threading.Event()
    first = threading.Thread(target=other_writer)
    first.start()
    holding.wait()
    second = threading.Thread(target=this_writer)
    second.start()
    time_to_replace.set()
    first.join()
    second.join()
    assert "changed since it was read" in outcome["result"]
    assert path.read_text(encoding="utf-8") == "title: the other writer's\n"


def test_a_read_only_ledger_and_a_hard_linked_one_are_refused(ledger_file: Write) -> None:
    path = ledger_file(MESSY)
    path.chmod(0o444)
    with pytest.raises(WriteError, match="read-only"):
        replace_file(path, b"new", expected=MESSY.encode())
    path.chmod(0o644)
    os.link(path, path.with_name("second-name.yaml"))
    with pytest.raises(WriteError, match="2 names"):
        replace_file(path, b"new", expected=MESSY.encode())
    assert path.read_text(encoding="utf-8") == MESSY


def test_a_full_disk_leaves_the_old_file_whole(
    ledger_file: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = ledger_file(MESSY)

    def full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    run = run_cli("fmt", str(path))
    assert run.exit_code == 2
    assert "No space left on device" in run.stderr and "the file is as it was" in run.stderr
    assert path.read_text(encoding="utf-8") == MESSY
    # Only the ledger is left: no temporary file, no lock file.
    assert sorted(p.name for p in path.parent.iterdir()) == ["contributions.yaml"]


def test_create_file_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    create_file(path, b"one")
    with pytest.raises(WriteError, match="already exists"):
        create_file(path, b"two")
    assert path.read_bytes() == b"one"


@given(ledgers())
@settings(max_examples=60, deadline=None)
def test_fmt_keeps_the_ledger_and_is_idempotent(text: str) -> None:
    once = format_ledger(text.encode(), "f.yaml")
    assert once.new is not None, once.problems
    twice = format_ledger(once.new, "f.yaml")
    assert twice.new == once.new
    before = load_ledger_bytes(text.encode(), "f.yaml").ledger
    assert load_ledger_bytes(once.new, "f.yaml").ledger == before
