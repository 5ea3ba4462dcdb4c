"""The software's tests never read the working ledger (tests/conftest.py
fails any that does): a journalist who edits it and runs `pytest` sees the
software's health, not the ledger's. The guard itself can see a read."""

from __future__ import annotations

from tests import conftest
from tests.conftest import FIXTURE_LEDGER, REPO


def test_reading_the_working_ledger_or_an_archive_is_seen() -> None:
    archive = next((REPO / "sources").glob("*.txt"))
    (REPO / "contributions.yaml").read_bytes()
    with archive.open("rb"):
        pass
    seen, conftest.OPENED[:] = list(conftest.OPENED), []
    assert seen == [str(REPO / "contributions.yaml"), str(archive)]


def test_the_frozen_copy_is_not_the_working_ledger() -> None:
    FIXTURE_LEDGER.read_bytes()
    assert conftest.OPENED == []
