"""Write docs/commands.md, every command with its usage, help and options,
from the Typer app itself, so the reference cannot drift from the CLI.

    python -m scripts.commands_page          # rewrite docs/commands.md
    python -m scripts.commands_page --check  # exit 1 if docs/commands.md is out of date

tests/test_docs.py fails when the page is stale; this script is how to mend it.
The prose about each command lives in the topic pages the page links to.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import typer.main

from scripts.generated import write_or_check

PAGE = Path(__file__).resolve().parent.parent / "docs" / "commands.md"

# Where each command is explained at length (pages of docs/).
TOPICS: dict[str, str] = {
    "validate": "validate.md",
    "rules": "rules.md",
    "summary": "views.md",
    "show": "views.md",
    "domain": "views.md",
    "timeline": "time.md",
    "diff": "time.md",
    "log": "time.md",
    "release": "time.md",
    "textconv": "time.md",
    "fmt": "editing.md",
    "set": "editing.md",
    "country": "editing.md",
    "remove": "editing.md",
    "review": "editing.md",
    "as-of": "editing.md",
    "add-source": "editing.md",
    "precondition": "editing.md",
    "coverage": "editing.md",
    "ignore": "editing.md",
    "init": "editing.md",
    "schema": "ledger-format.md",
    "publish": "publishing.md",
    "map": "publishing.md",
    "export": "exports.md",
}

TITLES = {
    "validate.md": "Checking the ledger",
    "rules.md": "The rules",
    "views.md": "Reading the ledger",
    "time.md": "Change over time",
    "editing.md": "Editing the ledger",
    "ledger-format.md": "The ledger format",
    "publishing.md": "Publishing",
    "exports.md": "Data exports",
}

# The page's opening: what every command shares, exit codes, completion.
PREAMBLE = Path(__file__).with_suffix(".md")


def cell(text: str) -> str:
    """Text for a Markdown table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def code_cell(text: str) -> str:
    """Code in a table cell. HTML, because a pipe escaped inside backticks is
    read as a pipe by GitHub and as a backslash and a pipe by MkDocs."""
    escaped = " ".join(text.split()).replace("&", "&amp;").replace("<", "&lt;")
    return f"<code>{escaped.replace('>', '&gt;').replace('|', '&#124;')}</code>"


def parameter_row(parameter: Any, context: Any) -> str:
    """One row: the names and help exactly as `--help` prints them (defaults,
    choices and the environment variable included)."""
    record = parameter.get_help_record(context)
    names, meaning = record if record is not None else ("", "")
    if parameter.param_type_name == "argument":  # as the usage line names it
        names = parameter.metavar or (parameter.name or "").upper()
        names += "..." if parameter.nargs == -1 else ""
    return f"| {code_cell(names)} | {cell(meaning)} |"


def command_section(name: str, command: Any, parent: Any) -> list[str]:
    context = type(parent)(command, info_name=name, parent=parent)
    usage = " ".join(command.collect_usage_pieces(context))
    lines = [f"## `coalition {name}`", "", "```", f"coalition {name} {usage}".rstrip(), "```", ""]
    if command.help:
        lines += [command.help.strip(), ""]
    topic = TOPICS.get(name.split()[0])
    if topic:
        lines += [f"More: [{TITLES[topic]}]({topic}).", ""]
    rows = [
        parameter_row(parameter, context)
        for parameter in command.get_params(context)
        if parameter.name != "help" and not getattr(parameter, "hidden", False)
    ]
    if rows:
        lines += ["| argument or option | meaning |", "| --- | --- |", *rows, ""]
    return lines


def page() -> str:
    from coalition.cli import app

    # Typer carries its own copy of Click: its classes are used as they come.
    group: Any = typer.main.get_command(app)
    root = group.context_class(group, info_name="coalition")
    lines = [PREAMBLE.read_text(encoding="utf-8")]
    for name in group.list_commands(root):
        command = group.get_command(root, name)
        if command is None or command.hidden:
            continue
        lines += command_section(name, command, root)
        if hasattr(command, "list_commands"):
            context = root.__class__(command, info_name=name, parent=root)
            for sub_name in command.list_commands(context):
                sub = command.get_command(context, sub_name)
                if sub is not None and not sub.hidden:
                    lines += command_section(f"{name} {sub_name}", sub, root)
    return "\n".join(lines).rstrip() + "\n"


def main() -> int:
    return write_or_check(__doc__.splitlines()[0], PAGE, page)


if __name__ == "__main__":
    sys.exit(main())
