"""The figures in the exports: a table of their own, typed, keyed to their
stance, that `frictionless validate` and SQLite both hold to."""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

from tests.analyse.test_amounts import FIGURES
from tests.cli.test_export import program
from tests.conftest import run_cli


def _ledger(tmp_path: Path, text: str = FIGURES) -> str:
    path = tmp_path / "contributions.yaml"
    path.write_text(text, encoding="utf-8")
    return str(path)


def _frictionless(package: Path) -> dict[str, object]:
    result = subprocess.run(
        [program("frictionless"), "validate", "--json", str(package / "datapackage.json")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    report: dict[str, object] = json.loads(result.stdout)
    return report


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_the_figures_are_a_typed_table_keyed_to_their_stance(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = run_cli("export", "datapackage", str(out), "-l", _ledger(tmp_path))
    assert run.exit_code == 0, run.stderr
    assert _frictionless(out)["valid"] is True
    rows = _rows(out / "amounts.csv")
    assert [(r["country"], r["unit"], r["min"], r["max"], r["words"]) for r in rows] == [
        ("EE", "soldiers", "100", "200", "a company of 100–200 troops"),
        ("LT", "trainers", "", "100", "up to 100 trainers"),
        ("LV", "soldiers", "200", "250", "200 to 250 soldiers"),
        ("LV", "EUR", "20000000", "20000000", "€20m"),
    ]
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    (table,) = [r for r in descriptor["resources"] if r["name"] == "amounts"]
    types = {field["name"]: field["type"] for field in table["schema"]["fields"]}
    assert (types["min"], types["max"]) == ("number", "number")
    assert {"fields": ["country", "domain"], "reference": {"resource": "stances", "fields": [
        "country", "domain"]}} in table["schema"]["foreignKeys"]  # fmt: skip


def test_a_figure_of_a_stance_not_there_breaks_the_package(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_cli("export", "datapackage", str(out), "-l", _ledger(tmp_path))
    rows = _rows(out / "amounts.csv")
    rows[0]["domain"] = "sea"  # Estonia has no stance on sea
    with (out / "amounts.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    report = _frictionless(out)
    assert report["valid"] is False
    assert "foreign-key" in json.dumps(report)


def test_decimals_stay_numbers(tmp_path: Path) -> None:
    ledger = FIGURES.replace("max: 100\n", "max: 100.5\n")
    out = tmp_path / "out"
    run_cli("export", "datapackage", str(out), "-l", _ledger(tmp_path, ledger))
    assert _frictionless(out)["valid"] is True
    assert _rows(out / "amounts.csv")[1]["max"] == "100.5"


def test_sqlite_holds_numbers_and_the_keys(tmp_path: Path) -> None:
    ledger = FIGURES.replace("max: 100\n", "max: 100.5\n")
    database = tmp_path / "ledger.db"
    run = run_cli("export", "sqlite", str(database), "-l", _ledger(tmp_path, ledger))
    assert run.exit_code == 0, run.stderr
    with closing(sqlite3.connect(database)) as db:
        rows = db.execute(
            "SELECT country, unit, min, max, typeof(min), typeof(max) FROM amounts ORDER BY id"
        ).fetchall()
        assert rows[0] == ("EE", "soldiers", 100, 200, "integer", "integer")
        assert rows[1] == ("LT", "trainers", None, 100.5, "null", "real")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        keys = db.execute("PRAGMA foreign_key_list(amounts)").fetchall()
        assert {(k[2], k[3], k[4]) for k in keys} == {
            ("countries", "country", "code"),
            ("stances", "country", "country"),
            ("stances", "domain", "domain"),
        }
        totals = db.execute(
            "SELECT sum(min), sum(max) FROM amounts WHERE unit = 'soldiers'"
        ).fetchone()
        assert totals == (300, 450)
        found = db.execute("SELECT words FROM amounts_fts WHERE amounts_fts MATCH 'company'")
        assert found.fetchall() == [("a company of 100–200 troops",)]


def test_exporting_again_replaces_the_figures(tmp_path: Path) -> None:
    database = tmp_path / "ledger.db"
    ledger = _ledger(tmp_path)
    run_cli("export", "sqlite", str(database), "-l", ledger)
    run = run_cli("export", "sqlite", str(database), "-l", ledger)
    assert run.exit_code == 0, run.stderr
    with closing(sqlite3.connect(database)) as db:
        assert db.execute("SELECT count(*) FROM amounts").fetchone() == (4,)
