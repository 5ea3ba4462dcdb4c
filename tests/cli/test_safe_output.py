"""What `publish` and `export` leave on disk is safe to open and to serve:
CSV cells a spreadsheet would run are text (checked by LibreOffice itself),
files honour the umask, a failed run leaves nothing half-written."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_export import program
from tests.conftest import FIXTURE_LEDGER, VALID, require, run_cli

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


COALITION = [sys.executable, "-m", "coalition"]
SHIPPED = str(FIXTURE_LEDGER)


def modes(folder: Path) -> dict[str, int]:
    """Every file and folder under `folder` (itself as "."), by its permissions."""
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.stat().st_mode)
    return found


@pytest.mark.parametrize(
    ("mask", "file_mode", "folder_mode"), [(0o022, 0o644, 0o755), (0o077, 0o600, 0o700)]
)
def test_what_is_written_honours_the_umask(
    tmp_path: Path, mask: int, file_mode: int, folder_mode: int
) -> None:
    """The real process under the shell's umask, as a deploy script runs it:
    a web server running as another user can read the site under 022."""
    out = tmp_path / "out"
    for command in (
        ["publish", str(out / "site")],
        ["export", "datapackage", str(out / "package")],
        ["export", "sqlite", str(out / "coalition.db")],
        ["map", "--output", str(out / "map.svg")],
    ):
        subprocess.run(
            [*COALITION, *command, "-l", SHIPPED], check=True, capture_output=True,
            preexec_fn=lambda: os.umask(mask),  # the child alone
        )  # fmt: skip
    found = modes(out)
    assert len(found) > 20
    for name, mode in found.items():
        expected = folder_mode if (out / name).is_dir() else file_mode
        assert mode == expected, (name, oct(mode))


def test_a_database_keeps_its_permissions(tmp_path: Path) -> None:
    database = tmp_path / "coalition.db"
    assert run_cli("export", "sqlite", str(database), "-l", SHIPPED).exit_code == 0
    database.chmod(0o640)
    assert run_cli("export", "sqlite", str(database), "-l", SHIPPED).exit_code == 0
    assert stat.S_IMODE(database.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["coalition.db"]


@pytest.mark.parametrize("command", [["publish"], ["export", "datapackage"]])
def test_an_empty_out_dir_is_a_usage_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(SHIPPED, tmp_path / "contributions.yaml")
    run = run_cli(*command, "")
    assert run.exit_code == 2 and "OUT_DIR" in run.stderr and "empty" in run.stderr
    missing = run_cli(*command)
    assert missing.exit_code == 2 and "Missing argument 'OUT_DIR'" in missing.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["contributions.yaml"]


def test_a_new_site_replaces_the_old_files_and_keeps_others(tmp_path: Path) -> None:
    site = tmp_path / "site"
    assert run_cli("publish", str(site), "-l", SHIPPED).exit_code == 0
    (site / "CNAME").write_text("ledger.example.org\n", encoding="utf-8")
    (site / "index.html").write_text("old", encoding="utf-8")
    assert run_cli("publish", str(site), "-l", SHIPPED).exit_code == 0
    assert (site / "CNAME").read_text(encoding="utf-8") == "ledger.example.org\n"
    assert (site / "index.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert not list(site.rglob(".*"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


# In a mount namespace of its own (no root needed, nothing to clean up): a
# small tmpfs with an earlier site, package and database on it, then filled
# to the last byte, then every command run again and into new places.
FULL_DISK = """\
set -u
mount -t tmpfs -o size=40m tmpfs "$1" && cd "$1" || exit 99
LEDGER=$2
shift 2
"$@" publish -l "$LEDGER" site >/dev/null 2>&1 &&
"$@" export datapackage -l "$LEDGER" package >/dev/null 2>&1 &&
"$@" export sqlite -l "$LEDGER" coalition.db >/dev/null 2>&1 || exit 98
find . -type f -exec sha256sum {} + | sort
echo ---
cat /dev/zero > filler 2>/dev/null
for target in site new-site; do "$@" publish -l "$LEDGER" $target; echo "rc $?"; done
for target in package new-package; do "$@" export datapackage -l "$LEDGER" $target; echo "rc $?"; done
for target in coalition.db new.db; do "$@" export sqlite -l "$LEDGER" $target; echo "rc $?"; done
echo ---
rm filler
find . -type f -exec sha256sum {} + | sort
echo ---
find . -mindepth 1 -maxdepth 2 -name '.*' -o -mindepth 1 -maxdepth 1 -name 'new*'
"""


def mount_namespace(mount: Path) -> list[str]:
    """How to run a command in a mount namespace of its own: as an ordinary
    user with a user namespace (`unshare -rm`), or where those are shut (as
    on Ubuntu 24.04) as root, or through sudo without a password (CI)."""
    unshare = shutil.which("unshare")
    require(unshare, "unshare (util-linux)")
    assert unshare is not None
    ways = [[unshare, "--map-root-user", "--mount"]]
    if os.geteuid() == 0:
        ways.append([unshare, "--mount"])
    elif shutil.which("sudo"):
        ways.append(["sudo", "-n", unshare, "--mount"])
    for way in ways:
        probe = [*way, "mount", "-t", "tmpfs", "tmpfs", str(mount)]
        if subprocess.run(probe, capture_output=True, check=False).returncode == 0:
            return way
    require(False, "a mount namespace for a small tmpfs (unshare -rm, or root)")
    raise AssertionError  # unreachable: require() skipped or failed


def test_a_full_disk_leaves_what_was_there_and_nothing_else(tmp_path: Path) -> None:
    mount = tmp_path / "disk"
    mount.mkdir()
    namespace = mount_namespace(mount)
    result = subprocess.run(
        [*namespace, "sh", "-c", FULL_DISK, "full", str(mount), SHIPPED, *COALITION],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    before, runs, after, debris = result.stdout.split("---\n")
    assert runs.split() == ["rc", "2"] * 6, runs + result.stderr
    assert "No space left on device" in result.stderr or "disk is full" in result.stderr
    assert len(before.splitlines()) > 25 and after == before
    assert debris == ""


def git(folder: Path, *args: str) -> str:
    environment = {
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@e", "PATH": os.environ["PATH"], "HOME": str(folder),
    }  # fmt: skip
    done = subprocess.run(
        ["git", *args], cwd=folder, check=True, env=environment, capture_output=True, text=True
    )
    return done.stdout


def add_source(ledger: Path, key: str) -> list[str]:
    """A real `coalition` process that adds a source to `ledger`."""
    return [*COALITION, "add-source", key, "--publisher", f"Publisher {key}", "--title",
            f"Title {key}", "--published", "2025-09-05", "-l", str(ledger)]  # fmt: skip


def test_edits_leave_nothing_for_git_add_to_pick_up(tmp_path: Path) -> None:
    ledger = tmp_path / "contributions.yaml"
    ledger.write_text(VALID, encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "-A")
    git(tmp_path, "commit", "-qm", "ledger")
    subprocess.run(add_source(ledger, "reuters"), check=True, capture_output=True)
    assert run_cli("fmt", str(ledger)).exit_code == 0
    assert (
        git(tmp_path, "status", "--porcelain", "--untracked-files=all") == " M contributions.yaml\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == [".git", "contributions.yaml"]
    assert not list((tmp_path / ".git").glob("*.lock"))


def test_an_edit_waits_for_another_and_then_keeps_both(tmp_path: Path) -> None:
    """While another writer holds the lock (this test), a real `coalition`
    edit says it waits; the other writes; the edit then reads that and adds
    its own change instead of refusing."""
    from coalition.edit.write import ledger_lock, replace_file

    ledger = tmp_path / "contributions.yaml"
    ledger.write_text(VALID, encoding="utf-8")
    with ledger_lock(ledger):
        edit = subprocess.Popen(
            add_source(ledger, "reuters"), stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
            text=True,
        )  # fmt: skip
        try:
            assert edit.stderr is not None
            assert "is being written by another program; waiting" in edit.stderr.readline()
            before = ledger.read_bytes()
            replace_file(ledger, before.replace(b"Test ledger", b"Other writer's ledger"),
                         expected=before)  # fmt: skip
        except BaseException:
            edit.kill()
            raise
    _, stderr = edit.communicate(timeout=60)
    assert edit.returncode == 0, stderr
    text = ledger.read_text(encoding="utf-8")
    assert "title: Other writer's ledger" in text and "reuters:" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contributions.yaml"]


def test_two_edits_at_once_both_land(tmp_path: Path) -> None:
    ledger = tmp_path / "contributions.yaml"
    ledger.write_text(VALID, encoding="utf-8")
    edits = [
        subprocess.Popen(add_source(ledger, key), stderr=subprocess.PIPE, text=True)
        for key in ("reuters", "apnews", "bbc")
    ]
    for edit in edits:
        _, stderr = edit.communicate(timeout=60)
        assert edit.returncode == 0, stderr
    text = ledger.read_text(encoding="utf-8")
    assert all(f"{key}:" in text for key in ("reuters", "apnews", "bbc"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contributions.yaml"]


MULTI_LINE = VALID.replace(
    "group: coalition", "group: coalition\n    role: |\n      lead nation\n      Germany (DE)\n"
).replace("detail: Air patrols", "detail: |-\n          Air\n          patrols")


def test_a_value_over_several_lines_is_one_line_in_the_terminal(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(VALID, encoding="utf-8")
    new.write_text(MULTI_LINE, encoding="utf-8")
    run = run_cli("diff", str(old), str(new))
    assert run.exit_code == 0, run.stderr
    assert "  role: (none) → “lead nation↵Germany (DE)”" in run.lines
    assert "  air: detail “Air patrols” → “Air↵patrols”" in run.lines
    assert not any(line.startswith("Germany") for line in run.lines)  # no forged heading
    for command in (["summary"], ["show", "IT"]):
        shown = run_cli(*command, "-l", str(new)).stdout
        assert "lead nation↵Germany (DE)" in shown and "\nGermany" not in shown


def test_a_missing_revision_in_a_shallow_clone_says_so(tmp_path: Path) -> None:
    origin, clone = tmp_path / "origin", tmp_path / "clone"
    origin.mkdir()
    (origin / "contributions.yaml").write_text(VALID, encoding="utf-8")
    git(origin, "init", "-q")
    git(origin, "add", "-A")
    git(origin, "commit", "-qm", "one")
    (origin / "contributions.yaml").write_text(MULTI_LINE, encoding="utf-8")
    git(origin, "commit", "-qam", "two")
    git(tmp_path, "clone", "-q", "--depth", "1", origin.as_uri(), str(clone))
    ledger = str(clone / "contributions.yaml")
    for revision in ("HEAD~1", "2025-01-01"):
        run = run_cli("diff", revision, "-l", ledger)
        assert run.exit_code == 2
        assert "this clone is shallow" in run.stderr and "git fetch --unshallow" in run.stderr
    full = run_cli("diff", "HEAD~1", "-l", str(origin / "contributions.yaml"))
    assert full.exit_code == 0 and "shallow" not in full.stderr
    missing = run_cli("diff", "HEAD~5", "-l", str(origin / "contributions.yaml"))
    assert missing.exit_code == 2 and "shallow" not in missing.stderr


def test_a_database_in_wal_mode_is_replaced_without_its_old_log(tmp_path: Path) -> None:
    """Datasette or a desk's script may have left the database in WAL mode
    with frames in `FILE-wal`: they must not be played onto the new file."""
    import sqlite3

    database = tmp_path / "coalition.db"
    assert run_cli("export", "sqlite", str(database), "-l", SHIPPED).exit_code == 0
    other = sqlite3.connect(database)
    other.execute("PRAGMA journal_mode=WAL")
    other.execute("CREATE TABLE notes (text TEXT)")
    other.execute("INSERT INTO notes VALUES ('kept')")
    other.commit()
    assert (tmp_path / "coalition.db-wal").stat().st_size > 0
    try:
        assert run_cli("export", "sqlite", str(database), "-l", SHIPPED).exit_code == 0
    finally:
        other.close()
    with sqlite3.connect(database) as reading:
        assert reading.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert reading.execute("SELECT text FROM notes").fetchall() == [("kept",)]
        assert reading.execute("SELECT count(*) FROM stances").fetchone()[0] > 10
