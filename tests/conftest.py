"""Shared helpers: small ledgers written inline, and the CLI run as a user would."""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coalition.cli import app

REPO = Path(__file__).resolve().parent.parent
# A frozen copy of the ledger and its archives, as shipped when the copy was
# made: the software's tests read this, never the working ledger, which a
# journalist edits (its own checks are the data suite, tests/data/).
FIXTURE = REPO / "tests" / "fixtures" / "ledger"
FIXTURE_LEDGER = FIXTURE / "contributions.yaml"

# The smallest valid ledger, as a journalist would write it. Tests change one
# thing in it and assert what `validate` says about that one thing.
VALID = textwrap.dedent(
    """\
    title: Test ledger
    as_of: 2025-09-04
    sources:
      politico:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
    countries:
      IT:
        group: coalition
        stances:
          air:
            status: considering
            detail: Air patrols
            evidence:
              - source: politico
                quote: Italy is weighing participating in air patrols
    """
)


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    @property
    def lines(self) -> list[str]:
        return self.stdout.splitlines()


def run_cli(*args: str, env: dict[str, str] | None = None) -> Run:
    """`coalition ARGS...` through Typer's CliRunner, without colour unless asked."""
    runner = CliRunner()
    environment = {"NO_COLOR": "", "FORCE_COLOR": "", "COALITION_LEDGER": ""}
    environment.update(env or {})
    result = runner.invoke(app, list(args), env=environment, catch_exceptions=False)
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def ledger_file(tmp_path: Path) -> Callable[..., Path]:
    """Write a ledger (text or bytes) to a file and return its path."""

    def write(content: str | bytes, name: str = "contributions.yaml") -> Path:
        path = tmp_path / name
        if isinstance(content, str):
            content = textwrap.dedent(content).encode("utf-8")
        path.write_bytes(content)
        return path

    return write


def strict_problems(path: Path) -> set[tuple[str, str | None]]:
    """(rule, place) of every problem `validate --strict` finds in `path`:
    for tests that an edit brings no problem the ledger did not have."""
    import json

    run = run_cli("validate", "--strict", "--format", "json", str(path))
    return {(p["rule"], p["path"]) for p in json.loads(run.stdout)["problems"]}


# Programs and packages the tests run that pip does not install: `.ci/run`
# installs them. On a developer's machine without them those tests skip,
# saying how to get them; under `.ci/run` (which sets
# COALITION_REQUIRE_TOOLS) or with CI set, a missing one fails the run.
TOOLS = REPO / "build" / "tools"


def require(found: object, what: str) -> None:
    """Fail (in CI) or skip (elsewhere) when a real program is missing."""
    if found:
        return
    import os

    message = f"{what} is missing; .ci/run installs it"
    if os.environ.get("COALITION_REQUIRE_TOOLS") or os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def budgets(quick: int, full: int) -> list[Any]:
    """A fuzz test's number of cases, as two parameters: a few in the
    default run, the full budget under `pytest -m fuzz` (`.ci/run`)."""
    return [pytest.param(quick, id="quick"), pytest.param(full, marks=pytest.mark.fuzz, id="full")]


@pytest.fixture
def synthetic_from_the_fixture(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The synthetic ledgers grown from the frozen ledger, not the working one."""
    import benchmarks.ledgers as ledgers

    monkeypatch.setattr(ledgers, "DATA", FIXTURE)
    ledgers._sources.cache_clear()
    ledgers._sentences.cache_clear()
    yield
    ledgers._sources.cache_clear()
    ledgers._sentences.cache_clear()


# The working ledger and its archives: what the data suite checks, and what
# no other test may read. An audit hook sees every file this process opens.
WORKING_DATA = (str(REPO / "contributions.yaml"), str(REPO / "sources") + os.sep)
OPENED: list[str] = []


def _note_working_data(event: str, args: tuple[object, ...]) -> None:
    if event != "open" or not isinstance(args[0], (str, bytes, os.PathLike)):
        return
    path = os.path.abspath(os.fsdecode(args[0]))  # noqa: PTH100 - no file system call in a hook
    if path == WORKING_DATA[0] or path.startswith(WORKING_DATA[1]):
        OPENED.append(path)


sys.addaudithook(_note_working_data)


@pytest.fixture(autouse=True)
def _apart_from_the_data(request: pytest.FixtureRequest) -> Iterator[None]:
    """A test of the software that reads the working ledger fails: it would
    go red when a journalist edits the ledger. Use FIXTURE, or a small
    ledger inline; a check of the shipped data goes in tests/data/."""
    OPENED.clear()
    yield
    if request.node.get_closest_marker("data") is None:
        opened, OPENED[:] = sorted(set(OPENED)), []
        assert not opened, f"a test of the software read the working data: {opened}"
