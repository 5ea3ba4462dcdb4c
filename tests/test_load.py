"""`load_ledger` without `keep` (what `validate` asks for) finds the same problems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coalition.load import Size, load_ledger
from tests.conftest import FIXTURE_LEDGER, VALID
from tests.fuzz.mutants import mutants


def test_without_keep_the_problems_are_the_same_and_nothing_else_is_kept() -> None:
    kept, only = load_ledger(FIXTURE_LEDGER), load_ledger(FIXTURE_LEDGER, keep=False)
    assert kept.ledger is not None and kept.document is not None
    assert only.ledger is None and only.document is None
    assert only.problems == kept.problems
    assert only.size == kept.size == Size.of(kept.ledger)


def test_without_keep_damaged_ledgers_have_the_same_problems(
    ledger_file: Callable[..., Path],
) -> None:
    for number, mutant in enumerate(mutants(VALID, 60, seed=33)):
        path = ledger_file(mutant.text, f"m{number}.yaml")
        only, kept = load_ledger(path, keep=False), load_ledger(path)
        assert only.problems == kept.problems
        assert only.size == (Size.of(kept.ledger) if kept.ledger is not None else None)
