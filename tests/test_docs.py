"""The README and the documentation under docs/ keep up with the code: the
commands page is generated from the CLI, every value is documented, the
newcomer's two commands are the ones CI runs, and the snippets a reader
copies work as pasted."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
import typer.main

from coalition.cli import app
from coalition.model.vocabulary import Attribution, Domain, Group, Status
from coalition.render import formats
from tests.conftest import FIXTURE, REPO, run_cli

README = (REPO / "README.md").read_text(encoding="utf-8")
DOCS = REPO / "docs"
PAGES = {page.name: page.read_text(encoding="utf-8") for page in sorted(DOCS.glob("*.md"))}
ALL_DOCS = "\n".join(PAGES.values())


def test_the_commands_page_is_generated_from_the_cli() -> None:
    """Mend with `python -m scripts.commands_page`."""
    from scripts.commands_page import PAGE, page

    assert PAGE.read_text(encoding="utf-8") == page(), (
        "docs/commands.md is stale: run `python -m scripts.commands_page`"
    )


def test_every_option_of_every_command_is_on_the_commands_page() -> None:
    text = PAGES["commands.md"]
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
        assert f"## `coalition {name}`" in text
        for parameter in command.params:
            for option in parameter.opts:
                if option.startswith("-") and option != "--help":
                    assert re.search(rf"<code>[^<]*{re.escape(option)}\b", text), f"{name} {option}"


def test_every_format_and_value_is_documented() -> None:
    for view in ("report", "summary", "diff", "log", "rules"):
        for name in formats(view):
            assert (
                f"`{name}`" in ALL_DOCS
                or f"&#124;{name}" in ALL_DOCS
                or f"{name}&#124;" in ALL_DOCS
            )
    for kind in (Status, Attribution, Group, Domain):
        for member in kind:
            assert f"`{member.value}`" in PAGES["ledger-format.md"], member.value


def test_every_page_is_in_the_site_and_has_one_title() -> None:
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    for name, text in PAGES.items():
        assert f": {name}\n" in config, f"docs/{name} is not in mkdocs.yml's nav"
        titles = [line for line in text.splitlines() if line.startswith("# ")]
        assert len(titles) >= 1 and text.startswith("# "), name


def test_the_readme_is_short_and_links_every_page() -> None:
    assert len(README.splitlines()) <= 200
    for name in PAGES:
        if name != "index.md":
            assert f"(docs/{name})" in README, f"README.md does not link docs/{name}"
    assert "OWNER" not in README + ALL_DOCS and "@TAG" not in README + ALL_DOCS


def test_newcomer_commands_are_near_the_top_and_read_by_ci() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    for marker in ("<!-- newcomer: install and run -->", "<!-- newcomer: install and test -->"):
        assert marker in ci
        assert README.index(marker) < 1500
    assert "coalition validate\n" in README
    assert "&& pytest\n" in README
    assert "mkdocs build --strict" in ci


def test_the_annotated_example_is_a_valid_ledger(tmp_path: Path) -> None:
    example = PAGES["ledger-format.md"].split("```yaml\n", 1)[1].split("```", 1)[0]
    (tmp_path / "sources").mkdir()
    for archived in (FIXTURE / "sources").glob("*.txt"):
        (tmp_path / "sources" / archived.name).write_bytes(archived.read_bytes())
    (tmp_path / "contributions.yaml").write_text(example, encoding="utf-8")
    run = run_cli("validate", "--strict", str(tmp_path / "contributions.yaml"))
    assert run.exit_code == 0, run.stdout


def shell_lines(block: str) -> list[str]:
    """The commands of a shell block, continuation lines joined, comments out."""
    joined = block.replace("\\\n", " ")
    lines = [line.split("  #", 1)[0].strip() for line in joined.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


def walkthrough() -> list[str]:
    after = README[README.index("<!-- walkthrough: record a new article -->") :]
    return shell_lines(after.split("```sh\n", 1)[1].split("```", 1)[0])


def test_the_tutorial_types_the_readme_walkthrough() -> None:
    tutorial = PAGES["tutorial.md"]
    blocks = re.findall(r"```sh\n(.*?)```", tutorial, flags=re.S)
    typed = [line for block in blocks[1:] for line in shell_lines(block)]
    assert typed == walkthrough()


def test_the_walkthrough_records_the_article_as_pasted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's walkthrough, run line by line on a copy of the frozen
    ledger with the tutorial's article saved: every command succeeds, and at
    the end nothing in the article is left unaccounted for."""
    shutil.copytree(FIXTURE, tmp_path, dirs_exist_ok=True)
    article = PAGES["tutorial.md"].split("<!-- tutorial: article -->\n```text\n", 1)[1]
    (tmp_path / "sources" / "example-times-2026-01-08-norway-ships.txt").write_text(
        article.split("```", 1)[0], encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    lines = walkthrough()
    assert [line.split()[1] for line in lines if line.startswith("coalition")] == [
        "add-source", "coverage", "set", "country", "ignore", "ignore", "ignore",
        "coverage", "as-of", "validate",
    ]  # fmt: skip
    for line in lines:
        if line.startswith("git "):
            continue  # the commit: git is the reader's own
        words = shlex.split(line)
        assert words[0] == "coalition"
        run = run_cli(*words[1:])
        assert run.exit_code == 0, (line, run.stdout, run.stderr)
    covered = run_cli("coverage", "example-times-2026-01-08").stdout
    assert "0 sentences naming a country not recorded; 2 quoted, 3 left out" in covered
    shown = run_cli("show", "NO").stdout
    assert "sea: ◑ offered" in shown and "Jonas Gahr Støre" in shown


def test_every_format_a_view_names_is_rendered_by_its_module() -> None:
    from coalition.render import RENDERERS, renderer

    for view, name in RENDERERS:
        assert callable(renderer(view, name)), f"{name} cannot render {view}"
