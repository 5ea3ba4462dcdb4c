"""What `publish` and `export` leave on disk is safe to open and to serve:
CSV cells a spreadsheet would run are text (checked by LibreOffice itself),
files honour the umask, a failed run leaves nothing half-written."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from pathlib import Path

from tests.cli.test_export import program
from tests.conftest import VALID, require, run_cli

# A ledger whose every kind of text cell starts the way a CSV injection does.
HOSTILE = (
    VALID.replace(
        "group: coalition",
        'group: coalition\n    role: "=HYPERLINK(\\"http://evil.example\\",\\"x\\")"',
    )
    .replace("detail: Air patrols", 'detail: "+1+1"\n        scope: "-2+3"\n        hedge: "-5"')
    .replace("title: Allies ready", 'title: "=1+1"')
    .replace("publisher: Politico", 'publisher: "@SUM(1+1)"')
    .replace("quote: Italy", 'speaker: "＝1+1"\n            quote: Italy')
)
STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def hostile_ledger(tmp_path: Path) -> Path:
    ledger = tmp_path / "contributions.yaml"
    ledger.write_text(HOSTILE, encoding="utf-8")
    assert run_cli("validate", str(ledger)).exit_code == 0
    return ledger


def csv_exports(tmp_path: Path, ledger: Path) -> dict[str, str]:
    """Every CSV coalition writes for this ledger, by a name."""
    found = {}
    for excel in ([], ["--excel"]):
        folder = tmp_path / f"package{''.join(excel)}"
        assert (
            run_cli("export", "datapackage", str(folder), "-l", str(ledger), *excel).exit_code == 0
        )
        for path in folder.glob("*.csv"):
            found[f"{path.name}{''.join(excel)}"] = path.read_text(encoding="utf-8")
    for command in (["summary"], ["show", "IT"], ["domain", "air"]):
        run = run_cli(*command, "--format", "csv", "-l", str(ledger))
        assert run.exit_code == 0, run.stderr
        found[command[0]] = run.stdout
    return found


def test_spreadsheet_safe_prefixes_what_would_run_and_nothing_else() -> None:
    from coalition.render.csvfile import spreadsheet_safe

    for start in STARTS:
        assert spreadsheet_safe(f"{start}cmd|' /C calc'!A0") == f"'{start}cmd|' /C calc'!A0"
    for text in ("-5", "+3.5", "-1,5%", "Poland", " =1+1", "'=1", ""):
        assert spreadsheet_safe(text) == text


def test_no_csv_cell_starts_like_a_formula(tmp_path: Path) -> None:
    exports = csv_exports(tmp_path, hostile_ledger(tmp_path))
    seen = set()
    for name, text in exports.items():
        for row in cells(text):
            for value in row:
                assert not value.startswith(STARTS) or value in ("-5",), (name, value)
                seen.add(value)
    # The hostile cells are there, as text, in every kind of export.
    assert {"'=1+1", "'@SUM(1+1)", "'+1+1", "'-2+3", "'＝1+1", "-5"} <= seen
    assert '\'=HYPERLINK("http://evil.example","x")' in seen
    assert "'=1+1" in exports["sources.csv"] and "'+1+1" in exports["show"]


def test_the_datapackage_says_so_and_still_validates(tmp_path: Path) -> None:
    ledger = hostile_ledger(tmp_path)
    out = tmp_path / "out"
    assert run_cli("export", "datapackage", str(out), "-l", str(ledger)).exit_code == 0
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    assert "OWASP" in package["description"] and "apostrophe" in package["description"]
    result = subprocess.run(
        [program("frictionless"), "validate", "--json", str(out / "datapackage.json")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert json.loads(result.stdout)["valid"] is True, result.stdout[:2000]


def libreoffice(folder: Path, files: list[Path]) -> dict[str, list[list[str]]]:
    """The cells LibreOffice Calc reads from `files`, written back as CSV:
    a formula it ran shows as its result."""
    found = shutil.which("soffice")
    require(found, "LibreOffice Calc (apt install libreoffice-calc-nogui)")
    assert found is not None
    out = folder / "calc"
    subprocess.run(
        [found, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
         "--convert-to", "csv", "--outdir", str(out), *map(str, files)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    return {path.name: cells(path.read_text(encoding="utf-8")) for path in out.glob("*.csv")}


def test_libreoffice_runs_no_formula_from_an_export(tmp_path: Path) -> None:
    exports = csv_exports(tmp_path, hostile_ledger(tmp_path))
    written = tmp_path / "written"
    written.mkdir()
    files = []
    for name, text in exports.items():
        if "--excel" in name or not text.count("\n") > 1:
            continue  # the same cells; empty tables
        path = written / f"{name.removesuffix('.csv')}.csv"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    # The check can fail: without the apostrophes, Calc runs the formulas.
    bare = written / "bare.csv"
    bare.write_text(exports["sources.csv"].replace(",'", ","), encoding="utf-8")
    read = libreoffice(tmp_path, [*files, bare])
    assert "2" in read["bare.csv"][1] and "=1+1" not in read["bare.csv"][1]
    for path in files:
        assert read[path.name] == cells(path.read_text(encoding="utf-8")), path.name
