"""A run builds only the command it runs (`PlainTyper.narrowed`): the same
command, parsed and helped the same way as in the whole app."""

from __future__ import annotations

import pytest
import typer.main
from typer.testing import CliRunner

from coalition.cli import app


def commands(group: object) -> dict[str, object]:
    """A group's commands by name (Typer ships its own copy of Click, so
    its groups are not `click.Group`s)."""
    found: dict[str, object] = getattr(group, "commands")  # noqa: B009
    return found


NAMES = sorted(commands(typer.main.get_command(app)))


def test_every_command_can_be_run_alone() -> None:
    """A command registered some other way would fall back to the whole app:
    correct, but slow again without anyone noticing."""
    for name in NAMES:
        narrow = typer.main.get_command(app.narrowed([name, "--help"]))
        assert list(commands(narrow)) == [name]


@pytest.mark.parametrize("name", NAMES)
def test_a_command_alone_says_what_it_says_in_the_whole_app(name: str) -> None:
    runner = CliRunner()
    whole = runner.invoke(app, [name, "--help"], prog_name="coalition")
    alone = runner.invoke(app.narrowed([name]), [name, "--help"], prog_name="coalition")
    assert (alone.exit_code, alone.output) == (whole.exit_code, whole.output)
    assert "Usage: coalition " + name in alone.output


@pytest.mark.parametrize(
    "arguments", [[], ["--help"], ["--version"], ["valdate"], ["-x", "validate"]]
)
def test_without_a_command_first_the_whole_app_runs(arguments: list[str]) -> None:
    assert app.narrowed(arguments) is app


def test_the_version_option_works_before_a_narrowed_command() -> None:
    result = CliRunner().invoke(app.narrowed(["validate"]), ["--version", "validate"])
    assert result.exit_code == 0 and result.output.startswith("coalition ")


def test_a_sub_app_is_narrowed_whole() -> None:
    narrow = typer.main.get_command(app.narrowed(["export", "sqlite"]))
    assert set(commands(commands(narrow)["export"])) == {"datapackage", "sqlite"}


def test_the_entry_point_runs_the_narrowed_app(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from coalition.cli import main
    from coalition.cli.parameters import PlainTyper

    asked: list[list[str]] = []
    narrowed = PlainTyper.narrowed

    def spy(self: PlainTyper, arguments: list[str]) -> object:
        asked.append(list(arguments))
        return narrowed(self, arguments)

    monkeypatch.setattr(PlainTyper, "narrowed", spy)
    monkeypatch.setattr("sys.argv", ["coalition", "rules", "--help"])
    with pytest.raises(SystemExit) as exited:
        main()
    assert exited.value.code == 0 and asked == [["rules", "--help"]]
    # The program's name is Click's guess from how Python was started.
    assert " rules [OPTIONS] [RULE]" in capsys.readouterr().out
