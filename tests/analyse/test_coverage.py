"""coverage: what a source still holds, and what was left out on purpose."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from coalition.analyse.coverage import sentences
from tests.conftest import FIXTURE, FIXTURE_LEDGER, run_cli

POLITICO = "sources/politico-2025-09-04-coalition-security-guarantees.txt"
LEDGER = f"""\
title: Coverage
as_of: 2025-09-04
sources:
  politico-2025-09-04:
    publisher: Politico
    title: Ukraine allies ready to commit to post-war security guarantees
    published: 2025-09-04
    archive: {POLITICO}
countries:
  FI:
    group: coalition
    stances:
      land:
        status: ruled_out
        evidence:
          - source: politico-2025-09-04
            quote: "We are not sending Finns to the war front in Ukraine."
"""


def copy_of_the_repository_ledger(tmp_path: Path) -> Path:
    """The Politico article, with one of its quotes recorded."""
    shutil.copytree(FIXTURE / "sources", tmp_path / "sources")
    path = tmp_path / "contributions.yaml"
    path.write_text(LEDGER, encoding="utf-8")
    return path


def test_sentences_do_not_end_at_abbreviations() -> None:
    text = "They look to U.S. President Trump. Mr. Merz said so.\n\nA new one"
    assert sentences(text) == [
        "They look to U.S. President Trump.",
        "Mr. Merz said so.",
        "A new one",
    ]


def test_what_the_politico_article_still_holds(tmp_path: Path) -> None:
    path = copy_of_the_repository_ledger(tmp_path)
    run = run_cli("coverage", "-f", "json", "-l", str(path))
    assert run.exit_code == 0, run.stderr
    [source] = json.loads(run.stdout)["sources"]
    left = {c["code"]: c["sentences"] for c in source["countries"]}
    assert any("Hungary and Slovakia" in s for s in left["HU"])
    assert any("Hungary and Slovakia" in s for s in left["SK"])
    quoted = "We are not sending Finns to the war front in Ukraine."
    assert not any(quoted in s for found in left.values() for s in found)
    assert source["covered"] == 1


def test_ignored_sentences_and_countries_are_not_listed_again(tmp_path: Path) -> None:
    path = copy_of_the_repository_ledger(tmp_path)
    source = "politico-2025-09-04"
    assert (
        run_cli(
            "ignore", "--country", "Ukraine", "--reason", "the beneficiary", "-l", str(path)
        ).exit_code
        == 0
    )
    assert run_cli(
        "ignore", source, "--text", "Trump was also “very unhappy”", "--reason",
        "buyers of Russian oil, not contributors", "-l", str(path),
    ).exit_code == 0  # fmt: skip
    [found] = json.loads(run_cli("coverage", "-f", "json", "-l", str(path)).stdout)["sources"]
    codes = {c["code"] for c in found["countries"]}
    assert "UA" not in codes and "SK" not in codes
    assert found["ignored"] == 1
    table = run_cli("coverage", "-l", str(path)).stdout
    assert "1 left out with a reason" in table


def test_the_shipped_ledger_explains_everything_its_sources_name() -> None:
    run = run_cli("coverage", "-f", "json", "-l", str(FIXTURE_LEDGER))
    document = json.loads(run.stdout)
    assert document["uncovered"] == 0
    assert all(s["problem"] is None for s in document["sources"])
    politico = next(s for s in document["sources"] if s["source"] == "politico-2025-09-04")
    assert politico["ignored"] >= 5  # Hungary and Slovakia, the US envoy, … with reasons


def test_an_unknown_source_is_a_usage_error(tmp_path: Path) -> None:
    path = copy_of_the_repository_ledger(tmp_path)
    run = run_cli("coverage", "politco-2025-09-04", "-l", str(path))
    assert run.exit_code == 2
    assert "did you mean 'politico-2025-09-04'?" in run.stderr
