"""`set --amount`: figures recorded, updated and removed through the edit
pipeline, written in the canonical layout `fmt` keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition.edit.amounts import AmountEdit, parse_amount
from tests.analyse.test_amounts import FIGURES
from tests.conftest import run_cli

QUOTE = "Estonia is weighing sending a company of 100–200 troops"
SET = ("set", "EE", "land", "considering", "--source", "politico", "--quote", QUOTE)


@pytest.fixture
def ledger(tmp_path: Path) -> Path:
    path = tmp_path / "contributions.yaml"
    path.write_text(FIGURES, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "unit", "low", "high"),
    [
        ("100-200 soldiers", "soldiers", "100", "200"),
        ("100 – 200 soldiers", "soldiers", "100", "200"),
        ("100 to 200 soldiers", "soldiers", "100", "200"),
        ("up to 100 trainers", "trainers", None, "100"),
        ("at least 2 ships", "ships", "2", None),
        ("20,000,000 EUR", "EUR", "20000000", "20000000"),
        ("1.5 EUR", "EUR", "1.5", "1.5"),
        ("4 F-16 jets", "F-16 jets", "4", "4"),
    ],
)
def test_a_figure_is_written_as_a_journalist_says_it(
    text: str, unit: str, low: str | None, high: str | None
) -> None:
    assert parse_amount(text, "w") == AmountEdit(unit, low, high, "w")


@pytest.mark.parametrize("text", ["soldiers", "some soldiers", "100-200", "about 100 soldiers"])
def test_what_is_not_a_figure_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="is not a figure"):
        parse_amount(text, "w")


def test_set_records_a_figure_in_its_place(ledger: Path) -> None:
    text = FIGURES.replace(
        "        amounts:\n          - unit: soldiers\n            min: 100\n            max: 200\n"
        '            words: "a company of 100–200 troops"\n',
        "",
    )
    ledger.write_text(text, encoding="utf-8")
    run = run_cli(
        *SET, "--amount", "100-200 soldiers", "--amount-words", "a company of 100–200 troops",
        "-l", str(ledger),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert ledger.read_text(encoding="utf-8") == FIGURES
    assert run_cli("fmt", "--check", "-l", str(ledger)).exit_code == 0


def test_the_same_words_update_the_figure(ledger: Path) -> None:
    run = run_cli(
        *SET, "--amount", "up to 250 soldiers", "--amount-words", "a company of 100-200 troops",
        "-l", str(ledger),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    written = ledger.read_text(encoding="utf-8")
    assert written == FIGURES.replace(
        '            min: 100\n            max: 200\n            words: "a company of 100–200',
        '            max: 250\n            words: "a company of 100-200',
    )
    assert "amounts “100–200 soldiers" in run.stderr and "→ “up to 250 soldiers" in run.stderr


def test_a_decimal_is_written_plain_and_fmt_keeps_it(ledger: Path) -> None:
    quote = "Estonia is weighing sending a company of 100–200 troops and €1.5m"
    run = run_cli(
        "set", "EE", "land", "considering", "--source", "politico", "--quote", quote,
        "--amount", "1500000.50 EUR", "--amount-words", "€1.5m", "-l", str(ledger),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert "            min: 1500000.50\n            max: 1500000.50\n" in ledger.read_text(
        encoding="utf-8"
    )
    assert run_cli("fmt", "--check", "-l", str(ledger)).exit_code == 0


def test_remove_amount_by_its_words(ledger: Path) -> None:
    run = run_cli(*SET, "--remove-amount", "A company of 100-200 troops", "-l", str(ledger))
    assert run.exit_code == 0, run.stderr
    assert "amounts:" not in ledger.read_text(encoding="utf-8").split("  LT:")[0]
    missing = run_cli(*SET, "--remove-amount", "a battalion", "-l", str(ledger))
    assert missing.exit_code == 1
    assert "EE land has no figure to remove" in missing.stderr


def test_a_figure_needs_its_words(ledger: Path) -> None:
    run = run_cli(*SET, "--amount", "100 soldiers", "-l", str(ledger))
    assert run.exit_code == 2
    assert "a figure needs both" in run.stderr
    assert ledger.read_text(encoding="utf-8") == FIGURES


def test_a_wrong_figure_is_refused_in_validate_s_words(ledger: Path) -> None:
    run = run_cli(
        *SET, "--amount", "200-100 euros", "--amount-words", "a company", "-l", str(ledger)
    )
    assert run.exit_code == 1
    assert "'euros' is money: write its ISO 4217 code" in run.stderr
    assert "'min' (200) is more than 'max' (100)" in run.stderr
    assert ledger.read_text(encoding="utf-8") == FIGURES


def test_words_not_in_the_quotes_are_refused(ledger: Path) -> None:
    run = run_cli(*SET, "--amount", "3 ships", "--amount-words", "three ships", "-l", str(ledger))
    assert run.exit_code == 1
    assert "[amount-unquoted]" in run.stderr
    assert ledger.read_text(encoding="utf-8") == FIGURES


def test_fmt_puts_a_figure_s_keys_in_order(ledger: Path) -> None:
    ledger.write_text(
        FIGURES.replace(
            '          - unit: trainers\n            max: 100\n            words: "up to 100 '
            'trainers"\n',
            "          - words: up to 100 trainers\n            max: 100\n            unit: trainers\n",
        ),
        encoding="utf-8",
    )
    assert run_cli("fmt", "--check", "-l", str(ledger)).exit_code == 1
    assert run_cli("fmt", "-l", str(ledger)).exit_code == 0
    assert ledger.read_text(encoding="utf-8") == FIGURES
