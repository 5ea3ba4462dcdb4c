"""README.md keeps up with the code: every option is documented, and the
newcomer's two commands are the ones CI runs."""

from __future__ import annotations

from pathlib import Path

import typer.main

from coalition.cli import app
from coalition.model.vocabulary import Attribution, Domain, Group, Status
from coalition.render import formats
from tests.conftest import FIXTURE, REPO, run_cli

README = (REPO / "README.md").read_text(encoding="utf-8")
# The documentation as a whole: the README and the pages under docs/ (the
# recording tools are told in docs/recording.md).
DOCUMENTED = README + "".join(
    page.read_text(encoding="utf-8") for page in sorted((REPO / "docs").glob("*.md"))
)


def test_every_option_of_every_command_is_in_the_readme() -> None:
    group = typer.main.get_command(app)
    commands = getattr(group, "commands", {})
    assert commands
    named = [(name, command) for name, command in commands.items()]
    named += [
        (f"{name} {sub_name}", sub)
        for name, command in commands.items()
        for sub_name, sub in getattr(command, "commands", {}).items()
    ]
    for name, command in named:
        assert f"coalition {name}" in DOCUMENTED
        for parameter in command.params:
            for option in parameter.opts:
                if option.startswith("-") and option != "--help":
                    assert f"`{option}" in DOCUMENTED, f"{name} {option} is not documented"


def test_every_format_and_value_is_in_the_readme() -> None:
    for view in ("report", "summary", "diff", "log", "rules"):
        for name in formats(view):
            assert f"`{name}`" in README or f"|{name}" in README or f"{name}|" in README, name
    for kind in (Status, Attribution, Group, Domain):
        for member in kind:
            assert f"`{member.value}`" in README, f"{member.value} is not documented in README.md"


def test_newcomer_commands_are_near_the_top_and_read_by_ci() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for marker in ("<!-- newcomer: install and run -->", "<!-- newcomer: install and test -->"):
        assert marker in ci
        assert README.index(marker) < 1500
    assert "coalition validate\n" in README
    assert "&& pytest\n" in README


def test_the_annotated_example_is_a_valid_ledger(tmp_path: Path) -> None:
    example = README.split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "sources").mkdir()
    for archived in (FIXTURE / "sources").glob("*.txt"):
        (tmp_path / "sources" / archived.name).write_bytes(archived.read_bytes())
    (tmp_path / "contributions.yaml").write_text(example, encoding="utf-8")
    run = run_cli("validate", "--strict", str(tmp_path / "contributions.yaml"))
    assert run.exit_code == 0, run.stdout


def test_every_format_a_view_names_is_rendered_by_its_module() -> None:
    from coalition.render import RENDERERS, renderer

    for view, name in RENDERERS:
        assert callable(renderer(view, name)), f"{name} cannot render {view}"
