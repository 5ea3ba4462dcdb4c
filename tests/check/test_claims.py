"""The claim checks, measured: how many mislabelled entries they catch, and
how many true entries they wrongly flag. The figures are docs/claim-checks.md's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coalition.load import load_ledger_bytes
from tests.check.claims_corpus import MISLABELLED, TOO_STRONG, TRUE, WRONG_COUNTRY
from tests.conftest import REPO

CLAIM_RULES = {"status-unsupported", "country-not-named"}


def ledger_of(code: str, status: str, quote: str) -> bytes:
    quoted = quote.replace('"', '\\"')
    return (
        "title: Corpus\nas_of: 2026-01-10\nsources:\n  s:\n    publisher: P\n    title: T\n"
        "    published: 2026-01-07\ncountries:\n"
        f"  {code}:\n    group: coalition\n    stances:\n      land:\n"
        f"        status: {status}\n        evidence:\n          - source: s\n"
        f'            quote: "{quoted}"\n'
    ).encode()


def flagged(code: str, status: str, quote: str) -> set[str]:
    loaded = load_ledger_bytes(ledger_of(code, status, quote), "corpus.yaml")
    assert loaded.ledger is not None, loaded.problems
    return {p.rule for p in loaded.problems} & CLAIM_RULES


# Each kind of mislabel is the job of one rule, and is counted for it alone.
RULE_OF = {TOO_STRONG: "status-unsupported", WRONG_COUNTRY: "country-not-named"}


def measure() -> dict[str, tuple[int, int]]:
    """(caught, of) for each kind of mislabel, by the rule meant to catch
    it, and (false alarms, of) on the true entries."""
    figures: dict[str, tuple[int, int]] = {}
    for kind, rule in RULE_OF.items():
        cases = [case for case in MISLABELLED if case[3] == kind]
        caught = sum(1 for code, status, quote, _ in cases if rule in flagged(code, status, quote))
        figures[kind] = (caught, len(cases))
    alarms = sum(1 for code, status, quote, _ in TRUE if flagged(code, status, quote))
    figures["false alarms"] = (alarms, len(TRUE))
    return figures


def test_the_corpus_is_big_enough() -> None:
    assert len(MISLABELLED) >= 30
    assert len(TRUE) >= 20


def test_recall_and_false_alarms_meet_the_targets() -> None:
    figures = measure()
    caught = sum(figures[k][0] for k in (TOO_STRONG, WRONG_COUNTRY))
    assert caught / len(MISLABELLED) >= 0.9, figures
    assert figures["false alarms"][0] == 0, figures


@pytest.mark.parametrize(("code", "status", "quote", "kind"), TRUE)
def test_no_true_entry_is_flagged(code: str, status: str, quote: str, kind: str) -> None:
    assert flagged(code, status, quote) == set()


def test_the_claim_checks_page_states_the_measured_figures() -> None:
    page = (REPO / "docs" / "claim-checks.md").read_text(encoding="utf-8")
    figures = measure()
    strong, wrong, alarms = figures[TOO_STRONG], figures[WRONG_COUNTRY], figures["false alarms"]
    stated = re.search(
        r"caught (\d+) of (\d+) statuses too strong and (\d+) of (\d+) quotes under the wrong "
        r"country; (\d+) false alarms? on (\d+) true entries",
        " ".join(page.split()),
    )
    assert stated is not None
    assert tuple(map(int, stated.groups())) == (*strong, *wrong, *alarms)


def test_a_checked_quote_is_taken_as_it_is(tmp_path: Path) -> None:
    text = ledger_of("NO", "committed", FINLAND_QUOTE).replace(
        b'            quote: "', b'            checked: true\n            quote: "'
    )
    loaded = load_ledger_bytes(text, "corpus.yaml")
    assert {p.rule for p in loaded.problems} & CLAIM_RULES == set()


def test_the_message_names_the_cue_it_found() -> None:
    loaded = load_ledger_bytes(ledger_of("IT", "committed", MISLABELLED[0][2]), "c.yaml")
    [problem] = [p for p in loaded.problems if p.rule == "status-unsupported"]
    assert (
        problem.message == "the evidence says 'weighing' (considering); the status says committed"
    )


def test_a_speaker_on_record_names_the_country() -> None:
    text = ledger_of("US", "offered", "On their support and their willingness").replace(
        b"          - source: s\n", b"          - source: s\n            speaker_country: US\n"
    )
    assert {p.rule for p in load_ledger_bytes(text, "c.yaml").problems} & CLAIM_RULES == set()


FINLAND_QUOTE = "Finland will participate in one way or another when the time comes."
