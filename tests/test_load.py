"""`load_ledger` without `keep` (what `validate` asks for) finds the same problems."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from coalition.load import Size, load_ledger
from tests.conftest import FIXTURE_LEDGER, VALID
from tests.fuzz.mutants import mutants
from tests.model.schema_corpus import CASES


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


def test_without_keep_each_broken_ledger_of_the_schema_corpus_has_the_same_problems(
    ledger_file: Callable[..., Path],
) -> None:
    """Countries validated one at a time and the ledger around them with a
    stand-in for each: the same errors as the whole, for every kind of
    mistake the corpus makes (unknown keys, a country not a mapping, a key
    that is not a code, empty values, wrong types)."""
    extra = [
        "countries:\n  IT: [1, 2]\n",
        "countries:\n  italy:\n    group: coalition\n",
        "countries:\n  IT:\n    group: coalition\n  FR:\n    Group: partner\n",
        "countries:\n  IT:\n    group: coalition\nsources: []\n",
        "countries:\n  IT:\n  FR:\n    group: nobody\n",
    ]
    texts = [case.text for case in CASES]
    texts += [case.text.split("countries:")[0] + more for case in CASES[:1] for more in extra]
    for number, text in enumerate(texts):
        path = ledger_file(text, f"c{number}.yaml")
        only, kept = load_ledger(path, keep=False), load_ledger(path)
        assert only.problems == kept.problems, text
        assert only.size == (Size.of(kept.ledger) if kept.ledger is not None else None)
