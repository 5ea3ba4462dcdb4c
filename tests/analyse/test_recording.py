"""`coalition record SOURCE`: the commands that would record what `coverage`
finds, guessed from the words, printed for a journalist to edit and run;
nothing written."""

from __future__ import annotations

import hashlib
import json
import shlex
import textwrap
from pathlib import Path

import pytest

from coalition.analyse.recording import read_sentence
from coalition.model.vocabulary import Status
from coalition.render.recording import shell_word
from tests.conftest import run_cli

ARCHIVE = (
    "Allies ready to commit\n\n"
    "Italy is weighing participating in air patrols. Poland ruled out sending troops into "
    "Ukraine. Germany could take the lead in financing the mission, a minister said on "
    "Tuesday.\n\n"
    'Hungary and Slovakia met in Budapest. France said "$(touch pwned)" is `not` a plan! '
    "Spain's navy is ready to help clear mines in the Black Sea.\n"
)
GERMAN = "Polen erwägt es sehr ernsthaft. Deutschland ist bereit, Soldaten zu entsenden.\n"


def ledger(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "p.txt").write_text(ARCHIVE, encoding="utf-8")
    (tmp_path / "sources" / "d.txt").write_text(GERMAN, encoding="utf-8")
    digest = {
        name: hashlib.sha256((tmp_path / "sources" / f"{name}.txt").read_bytes()).hexdigest()
        for name in ("p", "d")
    }
    path = tmp_path / "contributions.yaml"
    path.write_text(
        textwrap.dedent(
            f"""\
            title: Test ledger
            as_of: 2025-09-04
            sources:
              p:
                publisher: Politico
                title: Allies ready
                published: 2025-09-04
                archive: sources/p.txt
                sha256: {digest["p"]}
              d:
                publisher: FAZ
                title: Bereit
                published: 2025-09-04
                archive: sources/d.txt
                sha256: {digest["d"]}
                language: de
            countries:
              IT:
                group: coalition
                stances:
                  air:
                    status: considering
                    evidence:
                      - source: p
                        quote: Italy is weighing participating in air patrols
              PL:
                group: coalition
                stances:
                  land:
                    status: considering
                    evidence:
                      - source: d
                        quote: Polen erwägt es sehr ernsthaft
            """
        ),
        encoding="utf-8",
    )
    return path


def test_a_sentence_reads_as_status_domain_hedge_scope_and_lead() -> None:
    refusal = read_sentence("Poland ruled out sending troops into Ukraine.")
    assert (refusal.status, refusal.domain, refusal.scope) == (
        Status.RULED_OUT, "land", "into Ukraine"
    )  # fmt: skip
    lead = read_sentence("Germany could take the lead in financing the mission on Tuesday.")
    assert (lead.status, lead.domain, lead.hedge, lead.lead, lead.relative_day) == (
        Status.CONSIDERING, "financing", "could", "take the lead", "on Tuesday"
    )  # fmt: skip
    plain = read_sentence("Hungary and Slovakia met in Budapest.")
    assert (plain.status, plain.domain) == (None, "overall")


@pytest.mark.parametrize(
    "word", ["plain", "two words", "it's", 'say "$(touch x)"', "`ls`", "a\\b", "", "wow!"]
)
def test_a_shell_word_reads_back_as_itself(word: str) -> None:
    assert shlex.split(shell_word(word)) == [word]


def test_record_proposes_a_command_per_sentence_and_writes_nothing(tmp_path: Path) -> None:
    path = ledger(tmp_path)
    before = path.read_bytes()
    run = run_cli("record", "p", "-l", str(path))
    assert run.exit_code == 0, run.stderr
    commands = [shlex.split(line) for line in run.lines if line.startswith("coalition ")]
    ledger_option = ["-l", str(path)]
    assert commands == [
        ["coalition", "set", "PL", "land", "ruled_out", "--source", "p", "--quote",
         "Poland ruled out sending troops into Ukraine.", "--scope", "into Ukraine",
         *ledger_option],
        ["coalition", "set", "UA", "land", "ruled_out", "--source", "p", "--quote",
         "Poland ruled out sending troops into Ukraine.", "--scope", "into Ukraine",
         *ledger_option],
        ["coalition", "set", "DE", "financing", "considering", "--source", "p", "--quote",
         "Germany could take the lead in financing the mission, a minister said on Tuesday.",
         "--hedge", "could", *ledger_option],
        ["coalition", "ignore", "p", "--text", "Hungary and Slovakia met in Budapest.",
         "--reason", "REASON", *ledger_option],
        ["coalition", "ignore", "p", "--text", 'France said "$(touch pwned)" is `not` a plan!',
         "--reason", "REASON", *ledger_option],
        ["coalition", "set", "ES", "sea", "offered", "--source", "p", "--quote",
         "Spain's navy is ready to help clear mines in the Black Sea.", *ledger_option],
    ]  # fmt: skip
    assert "#    PL land is considering now" in run.lines
    assert "#    'on Tuesday' is not the source's date: add --said-on DATE" in run.lines
    assert any(line.startswith("# coalition country DE --role ROLE") for line in run.lines)
    assert path.read_bytes() == before


def test_a_proposed_command_runs_as_printed(tmp_path: Path) -> None:
    path = ledger(tmp_path)
    run = run_cli("record", "p", "-l", str(path))
    spain = next(line for line in run.lines if line.startswith("coalition set ES"))
    recorded = run_cli(*shlex.split(spain)[1:])
    assert recorded.exit_code == 0, recorded.stderr
    again = run_cli("record", "p", "-l", str(path))
    assert not any("ES" in line for line in again.lines if line.startswith("coalition "))


def test_record_of_a_source_in_german_asks_for_the_translation(tmp_path: Path) -> None:
    path = ledger(tmp_path)
    run = run_cli("record", "d", "-l", str(path), "--format", "json")
    assert run.exit_code == 0, run.stderr
    document = json.loads(run.stdout)
    [proposal] = document["proposals"]
    assert proposal["reading"]["status"] == "offered"
    assert proposal["commands"][0]["argv"][:5] == ["coalition", "set", "DE", "land", "offered"]
    assert proposal["commands"][0]["argv"][-4:-2] == ["--translation", ""]
    assert document["covered"] == 1


def test_record_refuses_an_unknown_source(tmp_path: Path) -> None:
    path = ledger(tmp_path)
    run = run_cli("record", "q", "-l", str(path))
    assert run.exit_code == 2
    assert "no source 'q'" in run.stderr


def test_record_of_a_source_without_an_archive_says_why_it_proposes_nothing(
    tmp_path: Path,
) -> None:
    path = ledger(tmp_path)
    text = path.read_text(encoding="utf-8").replace("    archive: sources/p.txt\n", "", 1)
    text = "\n".join(line for line in text.splitlines() if "sha256" not in line) + "\n"
    path.write_text(text, encoding="utf-8")
    run = run_cli("record", "p", "-l", str(path))
    assert run.exit_code == 0, run.stderr
    assert run.lines[-1] == "# no archived copy to read: nothing to propose"
