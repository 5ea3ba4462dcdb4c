"""The `coalition` command: arguments -> pure functions -> a renderer -> exit code.

Argument parsing only: each module registers its commands on the one Typer
app, in the order `--help` lists them. Modules that are slow to import
(pydantic, Rich, ruamel.yaml) are imported inside the commands that need
them, so `coalition --help` and `--version` start in a blink. Nothing imports
this package but the entry point.
"""

# ruff: noqa: I001 - the import order is the order of the commands in --help
from coalition.cli.app import app, main
from coalition.cli import check, views, changes, timeline, edits, stances, record, figures
from coalition.cli import export, publish, release

__all__ = [
    "app",
    "changes",
    "check",
    "edits",
    "export",
    "figures",
    "main",
    "publish",
    "record",
    "release",
    "stances",
    "timeline",
    "views",
]
