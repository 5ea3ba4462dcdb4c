"""The shipped ledger, damaged a few hundred ways (seeded): `validate` never
crashes and never reports a line past the end of the file, a stray line or a
missing colon is reported on its line, `fmt` succeeds on every valid mutant
and changes nothing the second time, and no comment is lost."""

from __future__ import annotations

import os
from collections import Counter

import pytest

from coalition.edit.apply import format_ledger
from coalition.edit.comments import comments_in
from coalition.load import load_ledger_bytes
from coalition.problems import errors_of
from tests.conftest import FIXTURE, FIXTURE_LEDGER
from tests.fuzz.mutants import Mutant, mutants

SHIPPED = (FIXTURE_LEDGER).read_text(encoding="utf-8")


def check(mutant: Mutant, *, formatting: bool) -> Counter[str]:
    """Run one mutant; count what happened, failing on a broken invariant."""
    outcome: Counter[str] = Counter(mutants=1)
    data = mutant.text.encode("utf-8")
    loaded = load_ledger_bytes(data, "m.yaml", base=FIXTURE)
    last = len(mutant.text.rstrip("\n").split("\n"))
    for problem in loaded.problems:
        assert 0 <= problem.line <= last, (mutant.kind, mutant.line, problem)
    errors = errors_of(loaded.problems)
    if mutant.kind in ("no-colon",) and errors and all(p.rule == "syntax" for p in errors):
        outcome["located"] += any(p.line == mutant.line for p in errors)
        outcome["to locate"] += 1
    if formatting and not errors and loaded.ledger is not None:
        formatted = format_ledger(data, "m.yaml", FIXTURE)
        if formatted.new is None:
            assert {p.rule for p in formatted.problems} == {"comment-lost"}, formatted.problems
            outcome["refused, naming a comment"] += 1
        else:
            again = load_ledger_bytes(formatted.new, "m.yaml", base=FIXTURE)
            assert again.ledger == loaded.ledger
            assert format_ledger(formatted.new, "m.yaml", FIXTURE).new == formatted.new
            before = [c.text for c in comments_in(mutant.text) or []]
            after = [c.text for c in comments_in(formatted.new.decode()) or []]
            assert Counter(before) == Counter(after), "a comment was lost"
            outcome["formatted"] += 1
    return outcome


def run(count: int, formatting_every: int) -> Counter[str]:
    total: Counter[str] = Counter()
    for index, mutant in enumerate(mutants(SHIPPED, count)):
        total += check(mutant, formatting=index % formatting_every == 0)
    return total


def test_a_few_hundred_mutants() -> None:
    total = run(300, formatting_every=20)
    assert total["mutants"] == 300
    assert total["formatted"] >= 4
    assert total["located"] == total["to locate"] > 5


@pytest.mark.fuzz
def test_a_long_run() -> None:
    count = int(os.environ.get("FUZZ_MUTANTS", "20000"))
    total = run(count, formatting_every=10)
    print(dict(total))
    assert total["located"] == total["to locate"]
