"""The benchmark's synthetic ledgers stay valid, so its figures stay meaningful."""

from __future__ import annotations

import re

import pytest

from benchmarks.ledgers import changed_statuses, make_ledger
from coalition.analyse.change import Kind
from coalition.analyse.diff import diff_ledgers
from coalition.load import load_ledger_bytes
from coalition.problems import Level
from tests.conftest import FIXTURE

pytestmark = pytest.mark.usefixtures("synthetic_from_the_fixture")


def test_synthetic_ledgers_are_valid_and_about_the_size_asked() -> None:
    text = make_ledger(100_000)
    assert 90_000 < len(text) <= 100_000
    loaded = load_ledger_bytes(text.encode(), "synthetic.yaml", base=FIXTURE)
    assert [p for p in loaded.problems if p.level >= Level.ERROR] == []


def test_the_changed_pair_differs_only_in_statuses() -> None:
    text = make_ledger(50_000)
    changed = make_ledger(50_000, statuses=changed_statuses(text, 30))
    old = load_ledger_bytes(text.encode(), "a.yaml").ledger
    new = load_ledger_bytes(changed.encode(), "b.yaml").ledger
    assert old is not None and new is not None
    changes = diff_ledgers(old, new)
    assert changes and {c.kind for c in changes} == {Kind.STATUS_CHANGED}


def test_quotes_vary_as_a_real_ledgers_do() -> None:
    """A quote repeated everywhere would flatter what remembers a quote's
    verdict (the claim cues): the quotes are runs cut from every archive."""
    text = make_ledger(100_000)
    quotes = re.findall(r'quote: "(.*)"', text)
    assert len(set(quotes)) > 0.75 * len(quotes)
    assert len(set(re.findall(r"- source: (\S+)", text))) > 5


def test_the_edited_ledger_needs_fmt_in_ten_countries_only() -> None:
    from benchmarks.ledgers import restyled_countries
    from coalition.edit.apply import format_ledger

    formatted = format_ledger(make_ledger(100_000).encode(), "b.yaml", FIXTURE).new
    assert formatted is not None
    edited = restyled_countries(formatted.decode(), 10)
    assert len(re.findall(r'^  "\w\w":$', edited, flags=re.MULTILINE)) == 10
    assert format_ledger(edited.encode(), "b.yaml", FIXTURE).new == formatted


def test_the_commented_ledger_goes_through_ruamel_yaml_everywhere(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the "all to do, comments" row measures: every block has a
    comment, so no block is written from its data."""
    import coalition.edit.blockwise as blockwise
    from benchmarks.ledgers import commented_countries
    from coalition.edit.apply import format_ledger

    text = make_ledger(30_000)
    commented = commented_countries(text)
    blocks = len(re.findall(r"^  \S+:  # checked$", commented, flags=re.MULTILINE))
    assert blocks > 5
    monkeypatch.setattr(blockwise, "written_entry", lambda *args: pytest.fail("written alone"))
    formatted = format_ledger(commented.encode(), "b.yaml", FIXTURE).new
    assert formatted is not None and formatted.count(b"  # checked\n") == blocks


def test_the_ledgers_publish_and_export_are_timed_on_hold_what_they_say() -> None:
    """`--only linear` fits a line through times at 750, 1,500 and 3,000
    quotes: each ledger must be valid and hold that many quotes."""
    from benchmarks.ledgers import ledger_of

    text = ledger_of(12, 100)
    loaded = load_ledger_bytes(text.encode(), "of.yaml", base=FIXTURE)
    assert [p for p in loaded.problems if p.level >= Level.ERROR] == []
    assert loaded.ledger is not None and len(loaded.ledger.countries) == 12
    assert len(re.findall(r"^ {12}quote: ", text, flags=re.MULTILINE)) == 100


def test_the_straight_line_through_the_times() -> None:
    from benchmarks.run import straight_line

    slope, fixed, worst = straight_line([750, 1_500, 3_000], [0.5, 0.6, 0.8])
    assert (round(slope * 1000, 3), round(fixed, 3), worst < 0.01) == (0.133, 0.4, True)


def test_no_quote_of_a_stance_is_inside_another_of_its_source() -> None:
    """Two windows of the archives' sentences may be one passage (a
    `duplicate-evidence` error): a synthetic ledger with an error is one
    `fmt` refuses, and the benchmark would time the refusal."""
    import random

    from benchmarks.ledgers import _distinct

    quotes = [("a", "one two three four five six seven")] * 3 + [("b", "one two three four five")]
    drawn = _distinct(quotes, 3, random.Random(1))
    assert sorted(source for source, _ in drawn) == ["a", "b"]
