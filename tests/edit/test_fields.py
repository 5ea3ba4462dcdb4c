"""Every field of the format round-trips through fmt and the edit commands,
and shows in every format of `show`."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from coalition.edit.apply import format_ledger
from coalition.load import load_ledger_bytes
from tests.conftest import run_cli

FULL = textwrap.dedent(
    """\
    title: "Every field"
    as_of: 2026-01-10
    preconditions:
      - text: "a ceasefire"
        evidence:
          - source: be
            quote: "sobald die feindseligen Auseinandersetzungen beendet sind"
            translation: "once hostilities have ended"
    sources:
      be:
        publisher: "Office of the Prime Minister of Belgium"
        title: "Der Coalition of the Willing"
        published:
        date_basis: unknown
        url: https://premier.be/de/der-coalition-willing
        excerpt: true
        retrieved: 2026-01-10
        language: de
        ignored:
          - text: "Ein vereinter Westen"
            reason: "no country's contribution"
      aa:
        publisher: Anadolu Agency
        title: "Türkiye ready to take lead in Black Sea security"
        published: 2025-12-02
        date_basis: inferred
        date_note: "'on Tuesday' after the attacks of 28 November"
    countries:
      BE:
        group: coalition
        evidence:
          - source: be
            quote: "wird Belgien seinen Teil zu den internationalen Bemühungen"
            translation: "Belgium will play its part in the international efforts"
        stances:
          air:
            status: offered
            detail: "Air and naval capabilities, and training"
            scope: "once hostilities have ended"
            hedge: "insbesondere"
            evidence:
              - source: be
                quote: "Unser Beitrag wird sich insbesondere auf die Bereitstellung von Luft- und Seekapazitäten"
                translation: "Our contribution will focus in particular on providing air and naval capabilities"
                speaker_country: BE
                attribution: spokesperson
                checked: true
            reviewed: 2026-01-10
      TR:
        group: partner
        stances:
          sea:
            status: offered
            hedge: "in principle"
            evidence:
              - source: aa
                quote: "Türkiye is, in principle, ready to take the lead in Black Sea maritime security"
                attribution: anonymous
                paraphrase: true
                via: "diplomatic sources"
                date: 2025-12-02
    ignored:
      - country: UA
        reason: "the country the guarantees are for"
    """
)


def test_every_field_survives_fmt_unchanged_and_meaning_the_same() -> None:
    data = FULL.encode()
    before = load_ledger_bytes(data, "full.yaml")
    assert before.ledger is not None, before.problems
    formatted = format_ledger(data, "full.yaml")
    assert formatted.new is not None, formatted.problems
    assert load_ledger_bytes(formatted.new, "full.yaml").ledger == before.ledger
    again = format_ledger(formatted.new, "full.yaml")
    assert again.new == formatted.new  # idempotent
    text = formatted.new.decode()
    for line in ("    published:\n", "    excerpt: true\n", "            checked: true\n",
                 "            paraphrase: true\n", "            date: 2025-12-02\n"):  # fmt: skip
        assert line in text


def test_set_writes_every_evidence_and_stance_field(tmp_path: Path) -> None:
    path = tmp_path / "contributions.yaml"
    path.write_text(FULL, encoding="utf-8")
    run = run_cli(
        "set", "TR", "sea", "offered", "--source", "aa",
        "--quote", "Türkiye is, in principle, ready to take the lead in Black Sea maritime security",
        "--via", "Anadolu", "--said-on", "2025-12-01", "--checked", "--scope", "the Black Sea",
        "--hedge", "", "--speaker-country", "Turkey", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    ledger = load_ledger_bytes(path.read_bytes(), "c.yaml").ledger
    assert ledger is not None
    stance = ledger.countries["TR"].stances["sea"]  # type: ignore[index]
    assert (stance.scope, stance.hedge) == ("the Black Sea", None)
    [evidence] = stance.evidence
    assert (evidence.via, evidence.date.isoformat() if evidence.date else None) == (
        "Anadolu",
        "2025-12-01",
    )
    assert (evidence.checked, evidence.paraphrase, evidence.speaker_country) == (True, True, "TR")


@pytest.mark.parametrize("fmt", ["table", "markdown", "csv", "json"])
def test_show_prints_every_field(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / "contributions.yaml"
    path.write_text(FULL, encoding="utf-8")
    out = run_cli("show", "BE", "-f", fmt, "-l", str(path), env={"COLUMNS": "300"}).stdout
    for words in ("once hostilities have ended", "insbesondere", "Our contribution will focus",
                  "date unknown" if fmt in ("table", "markdown") else "unknown"):  # fmt: skip
        assert words in out, (fmt, words)
    turkey = run_cli("show", "TR", "-f", fmt, "-l", str(path), env={"COLUMNS": "300"}).stdout
    for words in ("in principle", "diplomatic sources", "2025-12-02"):
        assert words in turkey, (fmt, words)
    if fmt in ("table", "markdown"):
        assert "paraphrased" in turkey and "date inferred" in turkey


def test_summary_carries_preconditions_scopes_and_hedges(tmp_path: Path) -> None:
    path = tmp_path / "contributions.yaml"
    path.write_text(FULL, encoding="utf-8")
    document = json.loads(run_cli("summary", "-f", "json", "-l", str(path)).stdout)
    assert [p["text"] for p in document["preconditions"]] == ["a ceasefire"]
    belgium = next(c for c in document["countries"] if c["code"] == "BE")
    assert (belgium["scopes"], belgium["hedges"]) == (
        {"air": "once hostilities have ended"},
        {"air": "insbesondere"},
    )
    table = run_cli("summary", "-l", str(path), env={"COLUMNS": "120"}).stdout
    assert (
        "precondition for all: a ceasefire (Office of the Prime Minister of Belgium, date unknown)"
        in " ".join(table.split())
    )
