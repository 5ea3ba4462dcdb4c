"""One resolver of countries, shared by every command that takes one: a code,
a name, a common or former name, or an alias; anything else is a usage error
(exit 2) with the closest countries."""

from __future__ import annotations

import json
import re
import subprocess
import textwrap
from pathlib import Path

import pytest

from coalition.model.countries import find_country, resolve_code
from tests.conftest import run_cli

LEDGER = textwrap.dedent(
    """\
    title: Countries
    as_of: 2025-09-04
    sources:
      s:
        publisher: P
        title: T
        published: 2025-09-04
    countries:
    """
) + "".join(
    f"  {code}:\n    group: coalition\n    stances:\n      land:\n        status: offered\n"
    f"        evidence:\n          - source: s\n            quote: q\n"
    for code in ("CZ", "DE", "GB", "IT", "NL", "TR")
)

# What a person types, and the country meant (None: no country).
TABLE = [
    ("GB", "GB"),
    ("gb", "GB"),
    ("GBR", "GB"),
    ("United Kingdom", "GB"),
    ("UK", "GB"),
    ("U.K.", "GB"),
    ("Britain", "GB"),
    ("Great Britain", "GB"),
    ("Turkey", "TR"),
    ("Türkiye", "TR"),
    ("turkiye", "TR"),
    ("Holland", "NL"),
    ("the Netherlands", "NL"),
    ("Czech Republic", "CZ"),
    ("Czechia", "CZ"),
    ("Germany", "DE"),
    ("DEU", "DE"),
    ("italy", "IT"),
    ("Itly", None),
    ("Germny", None),
    ("Atlantis", None),
]


@pytest.mark.parametrize(("query", "code"), TABLE)
def test_the_resolver(query: str, code: str | None) -> None:
    assert resolve_code(query) == code
    assert find_country(None, query).code == code


def test_near_misses_come_with_the_closest_countries() -> None:
    assert find_country(None, "Itly").suggestions[0] == "IT"
    assert find_country(None, "Germny").suggestions[0] == "DE"
    assert find_country(None, "Atlantis").suggestions == ()


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("repo")
    ledger = folder / "contributions.yaml"
    ledger.write_text(LEDGER, encoding="utf-8")
    environment = {
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@e", "PATH": "/usr/bin:/bin",
    }  # fmt: skip
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "first"]):
        subprocess.run(["git", *args], cwd=folder, check=True, env=environment)
    return ledger


def _run(command: str, query: str, ledger: Path) -> tuple[int, str, str]:
    """Run `command` about the country `query`; (exit code, code found, stderr)."""
    paths = ["-l", str(ledger)]
    if command == "show":
        run = run_cli("show", query, "-f", "json", *paths)
        found = json.loads(run.stdout)["code"] if run.exit_code == 0 else ""
    elif command == "summary":
        run = run_cli("summary", "-c", query, "-f", "json", *paths)
        found = json.loads(run.stdout)["countries"][0]["code"] if run.exit_code == 0 else ""
    elif command == "diff":
        run = run_cli("diff", "HEAD", "-c", query, "-f", "json", *paths)
        found = "ok" if run.exit_code == 0 else ""
    elif command == "log":
        run = run_cli("log", query, "-f", "json", *paths)
        changes = json.loads(run.stdout)["commits"][0]["changes"] if run.exit_code == 0 else []
        found = changes[0]["country"] if changes else ""
    else:
        copy = ledger.parent / "copy.yaml"
        copy.write_text(LEDGER, encoding="utf-8")
        run = run_cli(
            "set", query, "sea", "offered", "--source", "s", "--quote", "q", "-l", str(copy)
        )
        written = re.search(r"\(([A-Z]{2})\) sea: new stance, offered", run.stderr)
        found = written.group(1) if written else ""
    return run.exit_code, found, run.stderr


@pytest.mark.parametrize("command", ["show", "summary", "diff", "log", "set"])
@pytest.mark.parametrize(("query", "code"), [row for row in TABLE if row[0] != "Atlantis"])
def test_every_command_takes_the_same_countries(
    command: str, query: str, code: str | None, repository: Path
) -> None:
    exit_code, found, stderr = _run(command, query, repository)
    if code is None:
        assert exit_code == 2, stderr
        assert "did you mean" in stderr
        return
    assert exit_code == 0, stderr
    if command != "diff":
        assert found == code
