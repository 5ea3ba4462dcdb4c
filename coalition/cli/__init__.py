"""The `coalition` command: options -> load -> analyse -> render -> exit code.

Nothing else lives in this package. Each module registers its commands on the
one Typer app, in the order `--help` lists them; modules that are slow to
import (pydantic, Rich, ruamel.yaml) are imported inside the commands that
need them, so `coalition --help` and `--version` start in a blink.
"""

# ruff: noqa: I001 - the import order is the order of the commands in --help
from coalition.cli.app import app, main
from coalition.cli import check, views, changes, edits

__all__ = ["app", "changes", "check", "edits", "main", "views"]
