"""The fact-checker's rules, measured on a corpus read from the shared
sources (`tests/check/reading_corpus.py`): how many mislabelled entries the
rule meant for each catches, and how many true entries any claim rule flags.
The figures are docs/claim-checks.md's."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from coalition.load import load_ledger_bytes
from tests.check.reading_corpus import MISLABELLED, TRUE, Entry
from tests.conftest import REPO

CLAIM_RULES = frozenset(
    {
        "status-unsupported",
        "status-understated",
        "country-not-named",
        "hedge-missing",
        "scope-missing",
        "role-missing",
        "outlet-forecast",
        "joint-statement",
        "undecided-off-topic",
        "overall-inconsistent",
        "relative-day",
        "review-too-old",
        "review-unnamed",
    }
)


def flagged(entry: Entry) -> set[str]:
    """The claim rules `validate` raises on the entry's ledger."""
    loaded = load_ledger_bytes(entry.ledger().encode(), "corpus.yaml")
    assert loaded.ledger is not None, [p.text for p in loaded.problems]
    return {p.rule for p in loaded.problems} & CLAIM_RULES


def measure() -> tuple[Counter[str], Counter[str], int]:
    """(caught, of) by rule over the mislabelled entries, and the false
    alarms over the true ones."""
    caught: Counter[str] = Counter()
    of: Counter[str] = Counter(entry.wrong for entry in MISLABELLED)
    for entry in MISLABELLED:
        caught[entry.wrong] += entry.wrong in flagged(entry)
    alarms = sum(1 for entry in TRUE if flagged(entry))
    return caught, of, alarms


def test_the_corpus_is_big_enough_and_half_true() -> None:
    assert len(TRUE) + len(MISLABELLED) >= 60
    assert len(TRUE) >= 30
    assert all(entry.wrong in CLAIM_RULES for entry in MISLABELLED)
    assert not any(entry.wrong for entry in TRUE)


def test_every_rule_of_a_fact_checker_has_mislabels_to_catch() -> None:
    assert {entry.wrong for entry in MISLABELLED} >= CLAIM_RULES - {"review-unnamed"}


@pytest.mark.parametrize("entry", TRUE, ids=lambda e: f"{e.code}-{e.column}-{e.status}")
def test_no_true_entry_is_flagged(entry: Entry) -> None:
    assert flagged(entry) == set()


@pytest.mark.parametrize("entry", MISLABELLED, ids=lambda e: f"{e.wrong}-{e.code}-{e.column}")
def test_each_mislabel_is_caught_by_its_rule(entry: Entry) -> None:
    assert entry.wrong in flagged(entry)


def test_the_claim_checks_page_states_the_measured_figures() -> None:
    page = " ".join((REPO / "docs" / "claim-checks.md").read_text(encoding="utf-8").split())
    caught, of, alarms = measure()
    table = page.split("<!-- claim-figures: begin -->", 1)[1].split("<!-- claim-figures: end", 1)[0]
    rows = dict(re.findall(r"\| `([a-z-]+)` \| (\d+ \| \d+) \|", table))
    assert rows == {rule: f"{caught[rule]} | {of[rule]}" for rule in of}
    stated = re.search(
        r"the rules caught (\d+) of (\d+) mislabelled entries and flagged (\d+) of (\d+) true ones",
        page,
    )
    assert stated is not None
    assert tuple(map(int, stated.groups())) == (
        sum(caught.values()),
        len(MISLABELLED),
        alarms,
        len(TRUE),
    )
