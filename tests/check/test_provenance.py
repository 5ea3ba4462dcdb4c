"""Cross-record checks as pure functions, and the archive rules through the CLI."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from coalition.check.quotes import normalise, quote_mismatch, too_short
from tests.conftest import VALID, run_cli

Write = Callable[..., Path]

ARCHIVE = normalise(
    "Poland and Romania — both of which border Ukraine — are ruling out sending their own\n"
    "troops into Ukraine. “Germany will play its part,” a spokesperson said."
)


@pytest.mark.parametrize(
    "quote",
    [
        "are ruling out sending their own troops into Ukraine",
        "are ruling out sending their own   troops\ninto Ukraine",  # whitespace differs
        '"Germany will play its part," a spokesperson said.',  # straight quote marks
        "“Germany will play its part,”",
        "Poland and Romania … are ruling out sending",  # words left out
        "Poland and Romania ... are ruling out sending",
    ],
)
def test_quotes_found(quote: str) -> None:
    assert quote_mismatch(quote, ARCHIVE) is None


def test_quote_not_found_says_where_it_departs() -> None:
    assert quote_mismatch("are ruling out sending soldiers", ARCHIVE) == "soldiers"


def test_quote_with_nothing_in_common_departs_at_its_first_word() -> None:
    assert quote_mismatch("Completely different words", ARCHIVE) == "Completely different words"


def test_composed_and_decomposed_accents_soft_hyphens_and_dashes_match() -> None:
    archive = normalise("Décomposé\u00ad text – with an en dash and a zero\u200bwidth space")
    assert (
        quote_mismatch(
            "De\u0301compose\u0301 text - with an en dash and a zerowidth space", archive
        )
        is None
    )


@pytest.mark.parametrize("quote", ["…", "...", '""', "a … a", "Poland … Ukraine", "Poland and"])
def test_quotes_holding_nothing_are_too_short(quote: str) -> None:
    assert too_short(quote)


def test_a_real_quote_is_long_enough() -> None:
    assert not too_short("Poland and Romania … are willing to help")


def test_parts_around_an_ellipsis_must_be_in_order() -> None:
    assert quote_mismatch("into Ukraine … Poland and Romania", ARCHIVE) is not None


def _with_archive(
    ledger_file: Write, archive: str, text: str = "Italy is weighing participating in air patrols."
) -> Path:
    path = ledger_file(
        VALID.replace("published: 2025-09-04", f"published: 2025-09-04\n    archive: {archive}")
    )
    (path.parent / "sources").mkdir(exist_ok=True)
    (path.parent / "sources" / "politico.txt").write_text(text, encoding="utf-8")
    return path


def test_quote_checked_against_the_archive(ledger_file: Write) -> None:
    assert (
        run_cli("validate", str(_with_archive(ledger_file, "sources/politico.txt"))).exit_code == 0
    )
    path = _with_archive(ledger_file, "sources/politico.txt", "Something else entirely.")
    run = run_cli("validate", str(path))
    assert run.exit_code == 1
    assert run.lines[0].startswith(
        f"{path}:18:20: error: countries.IT.stances.air.evidence.0.quote:"
    )
    assert "[quote-not-found]" in run.lines[0]


def test_missing_archive(ledger_file: Write) -> None:
    path = _with_archive(ledger_file, "sources/elsewhere.txt")
    run = run_cli("validate", str(path))
    assert run.exit_code == 1
    assert run.lines[0].startswith(
        f"{path}:8:14: error: sources.politico.archive: cannot read the archive"
    )


@pytest.mark.parametrize("archive", ["../outside.txt", "/etc/hostname"])
def test_archive_outside_the_ledger_folder(ledger_file: Write, archive: str) -> None:
    run = run_cli("validate", str(_with_archive(ledger_file, archive)))
    assert run.exit_code == 1
    assert "is outside the ledger's folder" in run.lines[0]


def test_a_path_in_a_message_is_never_shortened(ledger_file: Write) -> None:
    name = "sources/politico-2025-09-04-coalition-of-the-willing-security-guarantees.txt"
    text = VALID.replace(
        "    published: 2025-09-04\n", f"    published: 2025-09-04\n    archive: {name}\n"
    )
    path = ledger_file(text)
    result = run_cli("validate", str(path))
    assert f"cannot read the archive '{name}'" in result.stdout
