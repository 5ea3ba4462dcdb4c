"""Totals of the figures: by unit, as ranges, never a range as a point."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from coalition.analyse.amounts import Range, total, widest
from tests.conftest import run_cli

FIGURES = """\
title: "Example ledger"
as_of: 2025-09-04
sources:
  politico:
    publisher: Politico
    title: "Allies ready"
    published: 2025-09-04
countries:
  EE:
    group: coalition
    stances:
      land:
        status: considering
        amounts:
          - unit: soldiers
            min: 100
            max: 200
            words: "a company of 100–200 troops"
        evidence:
          - source: politico
            quote: "Estonia is weighing sending a company of 100-200 troops"
            attribution: reported
  LT:
    group: coalition
    stances:
      land:
        status: considering
        amounts:
          - unit: trainers
            max: 100
            words: "up to 100 trainers"
        evidence:
          - source: politico
            quote: "Lithuania is weighing sending up to 100 trainers"
            attribution: reported
  LV:
    group: coalition
    stances:
      land:
        status: considering
        amounts:
          - unit: soldiers
            min: 200
            max: 250
            words: "200 to 250 soldiers"
          - unit: EUR
            min: 20000000
            max: 20000000
            words: "€20m"
        evidence:
          - source: politico
            quote: "Latvia is weighing sending 200 to 250 soldiers and €20m"
            attribution: reported
"""

_number = st.one_of(
    st.integers(min_value=0, max_value=10**9),
    st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False),
)


@st.composite
def _ranges(draw: st.DrawFn) -> tuple[Range, Decimal | int]:
    """A range (either bound may be open), and a point inside it."""
    low, high = sorted((draw(_number), draw(_number)))
    point = draw(st.sampled_from([low, high]))
    shape = draw(st.sampled_from(["both", "low", "high"]))
    return Range(low if shape != "high" else None, high if shape != "low" else None), point


@given(st.lists(_ranges(), min_size=1, max_size=8))
def test_the_total_holds_every_sum_of_points_within_the_ranges(
    drawn: list[tuple[Range, Decimal | int]],
) -> None:
    found = total(r for r, _ in drawn)
    chosen = sum(point for _, point in drawn)
    assert found.low is None or found.low <= chosen
    assert found.high is None or chosen <= found.high
    # Open exactly where a figure is open.
    assert (found.low is None) == any(r.low is None for r, _ in drawn)
    assert (found.high is None) == any(r.high is None for r, _ in drawn)


@given(st.lists(_ranges(), min_size=1, max_size=8))
def test_a_range_is_never_reported_as_a_point(drawn: list[tuple[Range, Decimal | int]]) -> None:
    found = total(r for r, _ in drawn)
    if found.point:
        assert all(r.point for r, _ in drawn)
    if any(not r.point for r, _ in drawn):
        assert not found.point
        # Nor in words: a range is said as one, never as a single number.
        said = found.text("soldiers")
        assert "–" in said or said.startswith(("up to ", "at least ", "an open range"))


def test_accounts_of_one_contribution_count_once_at_their_widest() -> None:
    assert widest([Range(100, 200), Range(150, 250)]) == Range(100, 250)
    assert widest([Range(100, 200), Range(None, 150)]) == Range(None, 200)


def test_how_a_range_is_said() -> None:
    assert Range(300, 450).text("soldiers") == "300–450 soldiers"
    assert Range(None, 100).text("trainers") == "up to 100 trainers"
    assert Range(2, None).text("ships") == "at least 2 ships"
    assert Range(20_000_000, 20_000_000).text("EUR") == "20,000,000 EUR"
    assert Range(None, None).text("soldiers") == "an open range of soldiers"


def _ledger(tmp_path: Path) -> str:
    path = tmp_path / "contributions.yaml"
    path.write_text(FIGURES, encoding="utf-8")
    return str(path)


def test_summary_totals_by_unit_per_domain(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path)
    run = run_cli("summary", "-l", ledger, env={"COLUMNS": "200"})
    assert (
        "figures, land: 20,000,000 EUR from 1 country; 300–450 soldiers from 2 countries; up "
        "to 100 trainers from 1 country" in run.stdout
    )
    markdown = run_cli("summary", "-l", ledger, "-f", "markdown").stdout
    assert "- **figures, land**: 20,000,000 EUR from 1 country; 300–450 soldiers" in markdown
    document = json.loads(run_cli("summary", "-l", ledger, "-f", "json").stdout)
    soldiers = document["amounts"]["land"][1]
    assert soldiers == {
        "unit": "soldiers",
        "min": 300,
        "max": 450,
        "point": False,
        "countries": ["EE", "LV"],
        "text": "300–450 soldiers from 2 countries",
    }
    trainers = document["amounts"]["land"][2]
    assert (trainers["min"], trainers["max"], trainers["point"]) == (None, 100, False)
    rows = list(csv.DictReader(io.StringIO(run_cli("summary", "-l", ledger, "-f", "csv").stdout)))
    assert rows[0]["amounts"] == "land: 100–200 soldiers (“a company of 100–200 troops”)"


def test_a_filter_limits_the_totals_to_the_countries_shown(tmp_path: Path) -> None:
    run = run_cli("summary", "-l", _ledger(tmp_path), "--country", "EE", "-f", "json")
    assert [t["text"] for t in json.loads(run.stdout)["amounts"]["land"]] == [
        "100–200 soldiers from 1 country"
    ]


def test_domain_shows_its_totals_in_every_format(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path)
    table = run_cli("domain", "land", "-l", ledger, env={"COLUMNS": "200"}).stdout
    assert "figures: 20,000,000 EUR from 1 country; 300–450 soldiers from 2" in table
    markdown = run_cli("domain", "land", "-l", ledger, "-f", "markdown").stdout
    assert "Figures: 20,000,000 EUR from 1 country; 300–450 soldiers" in markdown
    document = json.loads(run_cli("domain", "land", "-l", ledger, "-f", "json").stdout)
    assert [t["unit"] for t in document["amounts"]] == ["EUR", "soldiers", "trainers"]
    rows = list(
        csv.DictReader(io.StringIO(run_cli("domain", "land", "-l", ledger, "-f", "csv").stdout))
    )
    assert {r["code"]: r["amounts"] for r in rows}[
        "LT"
    ] == "up to 100 trainers (“up to 100 trainers”)"
    assert json.loads(run_cli("domain", "sea", "-l", ledger, "-f", "json").stdout)["amounts"] == []


def test_show_gives_each_figure_with_its_words(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path)
    table = run_cli("show", "LV", "-l", ledger, env={"COLUMNS": "200"}).stdout
    assert "figure: 200–250 soldiers (“200 to 250 soldiers”)" in table
    assert "figure: 20,000,000 EUR (“€20m”)" in table
    markdown = run_cli("show", "LV", "-l", ledger, "-f", "markdown").stdout
    assert "Figure: 200–250 soldiers (“200 to 250 soldiers”)" in markdown
    stance = json.loads(run_cli("show", "LV", "-l", ledger, "-f", "json").stdout)["stances"]["land"]
    assert stance["amounts"][1] == {
        "unit": "EUR",
        "min": 20000000,
        "max": 20000000,
        "words": "€20m",
        "text": "20,000,000 EUR (“€20m”)",
    }


def test_figure_words_from_the_ledger_are_escaped(tmp_path: Path) -> None:
    ledger = FIGURES.replace("unit: trainers", 'unit: "[red]trainers*"')
    path = tmp_path / "contributions.yaml"
    path.write_text(ledger, encoding="utf-8")
    assert "[red]trainers*" in run_cli("show", "LT", "-l", str(path), env={"COLUMNS": "200"}).stdout
    markdown = run_cli("show", "LT", "-l", str(path), "-f", "markdown").stdout
    assert "\\[red\\]trainers\\*" in markdown
