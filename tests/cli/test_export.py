"""`coalition export`: the shipped ledger as a Frictionless data package that
`frictionless validate` accepts, and as SQLite that Datasette serves; the
column set is a contract, and the history grows only by what is new."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from syrupy.assertion import SnapshotAssertion

from coalition.analyse.contract import HISTORY, TABLES
from tests.conftest import FIXTURE_LEDGER, VALID, require, run_cli

LEDGER = str(FIXTURE_LEDGER)
BIN = Path(sys.executable).parent


def program(name: str) -> str:
    found = shutil.which(name, path=f"{BIN}{os.pathsep}{os.environ['PATH']}")
    require(found, f"{name} (pip install -e '.[test]')")
    assert found is not None
    return found


def test_the_datapackage_passes_frictionless_validate(tmp_path: Path) -> None:
    run = run_cli("export", "datapackage", str(tmp_path / "out"), "-l", LEDGER)
    assert run.exit_code == 0, run.stderr
    result = subprocess.run(
        [program("frictionless"), "validate", "--json", str(tmp_path / "out" / "datapackage.json")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    report = json.loads(result.stdout)
    assert report["valid"] is True, result.stdout[:2000]
    assert len(report["tasks"]) == len(TABLES)


def test_frictionless_is_not_a_rubber_stamp(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_cli("export", "datapackage", str(out), "-l", LEDGER)
    with (out / "evidence.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    rows[0]["source"] = "no-such-source"
    with (out / "evidence.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    result = subprocess.run(
        [program("frictionless"), "validate", "--json", str(out / "datapackage.json")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert json.loads(result.stdout)["valid"] is False
    assert "foreign-key" in result.stdout


def test_the_contract_is_golden(tmp_path: Path, snapshot: SnapshotAssertion) -> None:
    """Any change to a table, a column, its type or its key fails here: read
    the diff, then bump CONTRACT_VERSION (minor: a column added; major:
    renamed or removed) and mention it in CHANGELOG.md."""
    run_cli("export", "datapackage", str(tmp_path), "-l", LEDGER)
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    contract = {
        "version": package["version"],
        "tables": {
            r["name"]: {
                "columns": [f"{f['name']}: {f['type']}" for f in r["schema"]["fields"]],
                "primaryKey": r["schema"]["primaryKey"],
                "foreignKeys": r["schema"].get("foreignKeys", []),
            }
            for r in package["resources"]
        },
        "history": [f"{f.name}: {f.type}" for f in HISTORY.fields],
    }
    assert contract == snapshot


def test_every_file_says_when_it_was_true(tmp_path: Path) -> None:
    run_cli("export", "datapackage", str(tmp_path), "-l", LEDGER)
    for table in TABLES:
        lines = (tmp_path / f"{table.name}.csv").read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("as_of,")
        assert all(line.startswith("2026-01-07,") for line in lines[1:]), table.name
    countries = (tmp_path / "countries.csv").read_text(encoding="utf-8")
    assert ",DE,DEU,Germany," in countries


def test_excel_adds_a_byte_order_mark_and_nothing_else(tmp_path: Path) -> None:
    run_cli("export", "datapackage", str(tmp_path / "plain"), "-l", LEDGER)
    run_cli("export", "datapackage", str(tmp_path / "excel"), "-l", LEDGER, "--excel")
    plain = (tmp_path / "plain" / "stances.csv").read_bytes()
    excel = (tmp_path / "excel" / "stances.csv").read_bytes()
    assert not plain.startswith(b"\xef\xbb\xbf") and excel == b"\xef\xbb\xbf" + plain


def test_an_invalid_ledger_exports_nothing(tmp_path: Path) -> None:
    ledger = tmp_path / "contributions.yaml"
    ledger.write_text(VALID.replace("considering", "considring"), "utf-8")
    run = run_cli("export", "datapackage", str(tmp_path / "out"), "-l", str(ledger))
    assert run.exit_code == 1 and not (tmp_path / "out").exists()


def git(folder: Path, *args: str) -> None:
    environment = {
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@e", "PATH": os.environ["PATH"],
    }  # fmt: skip
    subprocess.run(["git", *args], cwd=folder, check=True, env=environment, capture_output=True)


def history(database: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(database) as connection:
        return connection.execute(
            "SELECT rowid, country, domain, status_before, status_after, correction, subject "
            "FROM stance_history ORDER BY rowid"
        ).fetchall()


def test_history_grows_only_by_what_is_new(tmp_path: Path) -> None:
    ledger = tmp_path / "contributions.yaml"
    ledger.write_text(VALID, encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "Italy considers air")
    database = tmp_path / "ledger.db"
    assert run_cli("export", "sqlite", str(database), "--history", "-l", str(ledger)).exit_code == 0
    first = history(database)
    assert [row[1:] for row in first] == [
        ("IT", "air", None, "considering", 0, "Italy considers air")
    ]
    ledger.write_text(VALID.replace("status: considering", "status: committed"), "utf-8")
    git(tmp_path, "commit", "-qam", "Italy commits")
    for _ in range(2):  # a second run after no new commit changes nothing
        run = run_cli("export", "sqlite", str(database), "--history", "-l", str(ledger))
        assert run.exit_code == 0, run.stderr
    second = history(database)
    assert second[0] == first[0]  # the old row is the same row
    assert [row[1:] for row in second[1:]] == [
        ("IT", "air", "considering", "committed", 0, "Italy commits")
    ]
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT status FROM stances").fetchall() == [("committed",)]
        found = connection.execute(
            "SELECT country FROM evidence_fts JOIN evidence ON evidence.id = evidence_fts.rowid "
            "WHERE evidence_fts MATCH 'patrols'"
        ).fetchall()
        assert found == [("IT",)]


@pytest.fixture
def datasette(tmp_path: Path) -> Any:
    """The real `datasette` serving an export of the shipped ledger on
    127.0.0.1, on a port the system picks; stopped after the test."""
    database = tmp_path / "coalition.db"
    assert run_cli("export", "sqlite", str(database), "-l", LEDGER).exit_code == 0
    process = subprocess.Popen(
        [program("datasette"), "serve", str(database), "--host", "127.0.0.1", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        port = None
        for line in process.stdout:  # uvicorn says where it listens once it does
            found = re.search(r"http://127\.0\.0\.1:(\d+)", line)
            if found:
                port = int(found[1])
                break
        assert port, "datasette did not start"

        def get(path: str) -> Any:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=30) as response:
                return json.loads(response.read())

        yield get
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_datasette_serves_the_tables_search_and_sql(datasette: Any) -> None:
    stances = datasette("/coalition/stances.json?_shape=array&country=DE")
    assert {row["domain"] for row in stances} >= {"overall", "land"}
    found = datasette("/coalition/evidence.json?_shape=array&_search=monitoring")
    assert {row["country"] for row in found} >= {"US"}
    sql = "SELECT count(*) AS n FROM countries WHERE \"group\" = 'coalition'"
    answer = datasette("/coalition.json?_shape=array&sql=" + urllib.parse.quote(sql))
    assert answer[0]["n"] >= 8
