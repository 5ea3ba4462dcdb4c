"""Help and usage errors as a person reads them: metavars are words in
capitals, and a wrong word on the command line gets "did you mean"."""

from __future__ import annotations

import re
from typing import Any

import pytest
from typer.main import get_command

from coalition.cli import app
from tests.conftest import run_cli


def _names(command: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    subs = getattr(command, "commands", {})
    found = [prefix] if prefix else []
    for name, sub in sorted(subs.items()):
        found += _names(sub, (*prefix, name))
    return found


COMMANDS = _names(get_command(app))


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_help_shows_no_type_names_nor_braces(command: tuple[str, ...]) -> None:
    run = run_cli(*command, "--help", env={"COLUMNS": "100"})
    assert run.exit_code == 0
    for junk in ("<str>", "<list", "<file>", "<int>", "{", "[["):
        assert junk not in run.stdout, (command, junk)
    usage = run.stdout.splitlines()[0]
    assert re.fullmatch(
        r"Usage: coalition( [a-z-]+)+ \[OPTIONS\]( \[?[A-Z_]+\]?(\.\.\.)?| COMMAND \[ARGS\]\.\.\.)*",
        usage,
    ), usage


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["summary", "--sort", "power"], "'power' is not one of name, code, strength"),
        (["summary", "--sort", "strenght"], "did you mean 'strength'?"),
        (["summary", "-f", "jsn"], "did you mean 'json'?"),
        (["log", "-f", "markdwn"], "did you mean 'markdown'?"),
        (["summary", "-s", "Considering"], "did you mean 'considering'?"),
        (["domain", "lnd"], "did you mean 'land'?"),
    ],
)
def test_a_wrong_word_gets_did_you_mean(args: list[str], said: str) -> None:
    run = run_cli(*args, "-l", "contributions.yaml")
    assert run.exit_code == 2
    assert said in run.stderr and "Value error" not in run.stderr


@pytest.mark.parametrize(("args", "name"), [(["textconv"], "FILE"), (["show"], "CODE")])
def test_a_missing_argument_is_named_as_the_help_names_it(args: list[str], name: str) -> None:
    run = run_cli(*args)
    assert run.exit_code == 2
    assert f"Missing argument '{name}'." in run.stderr


def test_diff_without_a_version_names_both_ways_to_give_one() -> None:
    # OLD is optional since `--since DATE` can stand for it.
    run = run_cli("diff")
    assert run.exit_code == 2
    assert "Invalid value for OLD: give OLD, or --since DATE" in run.stderr
