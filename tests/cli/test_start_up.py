"""What `validate` and `--help` import: only what the command needs
(docs/performance.md). Nothing here is timed; the benchmark measures."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import FIXTURE

REPORT = (
    "import runpy, sys\n"
    "sys.argv = ['coalition', *sys.argv[1:]]\n"
    "try:\n"
    "    runpy.run_module('coalition', run_name='__main__')\n"
    "except SystemExit:\n"
    "    pass\n"
    "sys.stdout = sys.__stdout__\n"
    "print('MODULES', ' '.join(sorted(sys.modules)))\n"
)


def imported(*args: str, env: dict[str, str] | None = None) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", REPORT, *args],
        cwd=FIXTURE,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )
    line = next(line for line in done.stdout.splitlines() if line.startswith("MODULES "))
    return set(line.split()[1:])


def test_validate_does_not_import_pycountry() -> None:
    """pycountry's table is read from its file: its import would look up its
    version in every installed package's metadata. (pydantic's plugin loader
    is still imported, with every plugin off: taking its place would mean
    replacing a private module of pydantic's.)"""
    modules = imported("validate", "contributions.yaml")
    assert "coalition.model.ledger" in modules  # it did validate
    assert "pycountry" not in modules


def test_a_plugin_setting_of_the_users_own_is_honoured() -> None:
    """Plugins not all switched off: pydantic's own loader looks for them."""
    modules = imported("validate", "contributions.yaml", env={"PYDANTIC_DISABLE_PLUGINS": "x"})
    assert "pydantic.plugin._loader" in modules and "importlib.metadata" in modules


@pytest.mark.parametrize("args", [("--help",), ("--version",)])
def test_help_imports_neither_the_models_nor_yaml(args: tuple[str, ...]) -> None:
    modules = imported(*args)
    assert not {"pydantic", "yaml", "rich", "coalition.model.ledger"} & modules
