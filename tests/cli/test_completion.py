"""Completion as the shell does it: bash sources the script coalition
prints, and Tab is pressed by calling the function it registered."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import VALID, require

BIN = Path(sys.executable).parent  # where this environment's `coalition` is


@functools.cache
def completion_script(path: str) -> str:
    """What `coalition --show-completion bash` prints, to source."""
    env = {**os.environ, "PATH": path, "SHELL": "/bin/bash"}
    run = subprocess.run(["coalition", "--show-completion", "bash"], env=env, capture_output=True)
    script = run.stdout.decode()
    assert "complete " in script, script
    return script


@pytest.fixture
def newsroom(tmp_path: Path) -> Path:
    """A folder whose contributions.yaml tracks Italy and Finland."""
    text = VALID.replace("countries:\n", "countries:\n  FI:\n    group: coalition\n    role: x\n")
    (tmp_path / "contributions.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def press_tab(line: str, folder: Path) -> list[str]:
    """What bash offers after typing `line` (ending in a space to complete a
    new word) and pressing Tab, in `folder`."""
    bash = shutil.which("bash")
    require(bash, "bash")
    words = line.split(" ")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}", "SHELL": "/bin/bash"}
    env.pop("COALITION_LEDGER", None)
    script = completion_script(env["PATH"])
    quoted = " ".join(f"'{word}'" for word in words)
    program = (
        f"{script}\nCOMP_WORDS=({quoted}); COMP_CWORD={len(words) - 1}; "
        'COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}; '
        "_coalition_completion coalition; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    result = subprocess.run(
        [str(bash), "--norc", "-c", program], cwd=folder, env=env, capture_output=True, text=True
    )
    return [line for line in result.stdout.splitlines() if line]


def test_commands_complete(newsroom: Path) -> None:
    assert {"validate", "summary", "show"} <= set(press_tab("coalition ", newsroom))


def test_country_codes_come_from_the_ledger_first(newsroom: Path) -> None:
    offered = press_tab("coalition show ", newsroom)
    assert offered[:3] == ["FI", "IT", "AD"]  # the ledger's, then every other ISO code
    assert "GB" in offered and "ZW" in offered and "UK" not in offered
    found = press_tab("coalition show F", newsroom)
    assert found[0] == "FI" and set(found) == {"FI", "FJ", "FK", "FM", "FO", "FR"}
    # Typer offers what starts with the word as typed, its case too.
    assert press_tab("coalition show f", newsroom) == []


def test_domains_statuses_and_sources(newsroom: Path) -> None:
    assert press_tab("coalition set IT ", newsroom) == [
        "land", "sea", "air", "cyber", "logistics", "financing", "overall"
    ]  # fmt: skip
    assert press_tab("coalition set IT air con", newsroom) == ["considering"]
    assert press_tab("coalition set IT air considering --source po", newsroom) == ["politico"]
    assert press_tab("coalition summary --sort ", newsroom) == ["name", "code", "strength"]
    assert "unknown-status" in press_tab("coalition rules unknown", newsroom)


def test_another_ledger_by_option(tmp_path: Path) -> None:
    ledger = tmp_path / "other.yaml"
    ledger.write_text("countries:\n  NO: {}\n  PL: {}\nsources:\n  x: {publisher: X}\n")
    assert press_tab(f"coalition show -l {ledger} ", tmp_path)[:2] == ["NO", "PL"]


@pytest.mark.parametrize("content", ["", "{{{", "- a list", "countries: 3"])
def test_a_ledger_that_cannot_be_read_completes_what_it_can(tmp_path: Path, content: str) -> None:
    (tmp_path / "contributions.yaml").write_text(content)
    offered = press_tab("coalition show ", folder=tmp_path)
    assert offered[:2] == ["AD", "AE"]  # every ISO code, no traceback
    assert press_tab("coalition set IT air offered --source ", folder=tmp_path) == []
