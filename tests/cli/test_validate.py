"""The command as CI and a terminal use it: formats, exit codes, which ledger."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from coalition import __version__, cli
from tests.conftest import FIXTURE, FIXTURE_LEDGER, VALID, run_cli

Write = Callable[..., Path]

INVALID = VALID.replace("status: considering", "status: comitted")
WARNED = VALID.replace("published: 2025-09-04", "published: 2025-10-01")


def test_json_report_shape(ledger_file: Write) -> None:
    path = ledger_file(INVALID)
    run = run_cli("validate", "--format", "json", str(path))
    assert run.exit_code == 1
    assert json.loads(run.stdout) == {
        "valid": False,
        "errors": 1,
        "warnings": 0,
        "files": [{"file": str(path), "valid": False, "errors": 1, "warnings": 0}],
        "problems": [
            {
                "file": str(path),
                "line": 13,
                "column": 17,
                "level": "error",
                "path": "countries.IT.stances.air.status",
                "message": "'comitted' is not a known status",
                "hint": "did you mean 'committed'?",
                "rule": "unknown-status",
            }
        ],
    }


def test_json_report_of_an_unreadable_file_has_no_line(tmp_path: Path) -> None:
    run = run_cli("validate", "-f", "json", str(tmp_path / "missing.yaml"))
    assert run.exit_code == 2
    problem = json.loads(run.stdout)["problems"][0]
    assert (problem["line"], problem["column"], problem["rule"]) == (None, None, "io")


def test_github_annotations(ledger_file: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    ledger_file(INVALID)
    monkeypatch.chdir(ledger_file(INVALID).parent)
    run = run_cli("validate", "--format", "github", "./contributions.yaml")
    assert run.exit_code == 1
    assert run.lines == [
        "::error file=contributions.yaml,line=13,col=17,title=coalition [unknown-status]::"
        "contributions.yaml:13:17: error: countries.IT.stances.air.status: 'comitted' is not "
        "a known status; did you mean 'committed'? [unknown-status]",
        "1 error (unknown-status) in ./contributions.yaml",
    ]


def test_github_warnings_and_strict(ledger_file: Write) -> None:
    path = ledger_file(WARNED)
    run = run_cli("validate", "--format", "github", str(path))
    assert run.exit_code == 0
    assert run.lines[0].startswith("::warning file=")
    strict = run_cli("validate", "--format", "github", "--strict", str(path))
    assert strict.exit_code == 1
    assert strict.lines[0].startswith("::error file=")


def test_github_escapes_what_would_end_a_command(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("  IT:", '  "I%T,x:y":'))
    run = run_cli("validate", "-f", "github", str(path))
    assert "I%25T,x:y" in run.lines[0]
    assert run.lines[0].count("::") == 2


def test_plain_text_when_piped_and_with_no_color(ledger_file: Write) -> None:
    path = ledger_file(INVALID)
    assert "\x1b[" not in run_cli("validate", str(path)).stdout
    assert (
        "\x1b["
        not in run_cli("validate", str(path), env={"NO_COLOR": "1", "FORCE_COLOR": "1"}).stdout
    )


def test_colour_on_a_terminal(ledger_file: Write) -> None:
    run = run_cli("validate", str(ledger_file(INVALID)), env={"FORCE_COLOR": "1"})
    assert "\x1b[" in run.stdout
    assert "✗ 1 error (unknown-status) in" in run.stdout


def test_strict_fails_on_warnings(ledger_file: Write) -> None:
    path = ledger_file(WARNED)
    assert run_cli("validate", str(path)).exit_code == 0
    run = run_cli("validate", "--strict", str(path))
    assert run.exit_code == 1
    # Under --strict, the opt-in check of groups runs too.
    assert run.lines[-1] == f"2 warnings (future-date, group-unsupported; --strict) in {path}"


def test_valid_with_warnings_says_so(ledger_file: Write) -> None:
    path = ledger_file(WARNED)
    assert run_cli("validate", str(path)).lines[-1] == (
        f"valid with 1 warning (future-date): {path} (1 country, 1 stance, 1 source)"
    )


def test_missing_file_exits_two(tmp_path: Path) -> None:
    run = run_cli("validate", str(tmp_path / "nope.yaml"))
    assert run.exit_code == 2
    assert run.lines[0] == (
        f"{tmp_path / 'nope.yaml'}: error: cannot read the file: No such file or directory; "
        "check the path, or pass the ledger with --ledger PATH [io]"
    )


def test_a_folder_is_not_a_ledger(tmp_path: Path) -> None:
    run = run_cli("validate", str(tmp_path))
    assert run.exit_code == 2
    assert "it is a folder, not a file" in run.stdout


def test_unknown_format_is_a_usage_error(ledger_file: Write) -> None:
    assert run_cli("validate", "--format", "xml", str(ledger_file(VALID))).exit_code == 2


def test_several_files_the_worst_decides(ledger_file: Write, tmp_path: Path) -> None:
    good = ledger_file(VALID, "good.yaml")
    bad = ledger_file(INVALID, "bad.yaml")
    run = run_cli("validate", str(good), str(bad))
    assert run.exit_code == 1
    assert run.lines[-1] == "1 error (unknown-status) in 2 files"
    assert run_cli("validate", str(good), str(tmp_path / "gone.yaml")).exit_code == 2


def test_default_ledger_is_in_the_current_folder(
    ledger_file: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ledger_file(INVALID).parent)
    run = run_cli("validate")
    assert run.exit_code == 1
    assert run.lines[0].startswith("contributions.yaml:13:17: error:")


def test_ledger_from_environment_then_option(
    ledger_file: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = ledger_file(VALID, "good.yaml")
    bad = ledger_file(INVALID, "bad.yaml")
    monkeypatch.chdir(good.parent)
    assert run_cli("validate", env={"COALITION_LEDGER": str(bad)}).exit_code == 1
    assert run_cli("validate", "-l", str(good), env={"COALITION_LEDGER": str(bad)}).exit_code == 0
    assert run_cli("validate", "--ledger", str(bad)).exit_code == 1


def test_version() -> None:
    run = run_cli("--version")
    assert (run.exit_code, run.stdout) == (0, f"coalition {__version__}\n")


def test_python_dash_m(ledger_file: Write) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "coalition", "validate", str(ledger_file(INVALID))],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "", "NO_COLOR": "1"},
    )
    assert result.returncode == 1
    assert "unknown-status" in result.stdout


def test_a_bug_in_coalition_is_one_line_and_exit_two(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], ledger_file: Write
) -> None:
    def broken(path: object, **options: object) -> None:
        raise RuntimeError("boom \x1b[31m")

    monkeypatch.setattr("coalition.load.load_ledger", broken)
    monkeypatch.setattr(sys, "argv", ["coalition", "validate", str(ledger_file(VALID))])
    monkeypatch.delenv("COALITION_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "internal error (RuntimeError: 'boom \\x1b[31m')" in err
    assert "This is a bug in coalition, not in your ledger" in err


def test_an_endless_file_is_refused_not_read() -> None:
    run = run_cli("validate", "/dev/zero")
    assert run.exit_code == 2
    assert "cannot read the file: it is not a regular file (a pipe or a device?)" in run.stdout


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "contributions.yaml"
    os.mkfifo(fifo)
    run = run_cli("validate", str(fifo))
    assert run.exit_code == 2
    assert "not a regular file" in run.stdout


STALE = (
    VALID.replace("as_of: 2025-09-04", "as_of: 2026-03-01")
    .replace("status: considering", "status: comitted")
    .replace("  IT:", "  FR:\n    group: coalition\n    role: host\n  IT:")
)


def test_errors_come_before_warnings_and_the_count_names_the_rules(ledger_file: Write) -> None:
    path = ledger_file(STALE)
    run = run_cli("validate", str(path))
    assert run.exit_code == 1
    levels = [line.split(": ")[1] for line in run.lines[:-1]]
    assert levels == ["error", "warning"]
    assert "[unknown-status]" in run.lines[0]
    assert run.lines[-1] == f"1 error (unknown-status); 1 warning (stale-stance) in {path}"


def test_quiet_shows_only_what_fails(ledger_file: Write) -> None:
    path = ledger_file(STALE)
    run = run_cli("validate", "--quiet", str(path))
    assert run.exit_code == 1
    assert len(run.lines) == 2
    assert "[unknown-status]" in run.lines[0]
    assert run.lines[-1] == f"1 error (unknown-status); 1 warning not shown (--quiet) in {path}"
    strict = run_cli("validate", "-q", "--strict", str(path))
    # Under --strict warnings fail, so they show: stale-stance, and the
    # opt-in group-unsupported for FR and IT.
    assert [line.rsplit("[", 1)[-1] for line in strict.lines[1:-1]] == [
        "group-unsupported]",
        "group-unsupported]",
        "stale-stance]",
    ]


def test_quiet_says_nothing_about_a_valid_ledger(ledger_file: Write) -> None:
    path = ledger_file(WARNED)
    run = run_cli("validate", "--quiet", str(path))
    assert (run.exit_code, run.stdout) == (0, "")
    report = json.loads(run_cli("validate", "-q", "-f", "json", str(path)).stdout)
    assert (report["warnings"], report["problems"]) == (1, [])


def test_several_of_one_rule_are_counted(ledger_file: Write) -> None:
    text = VALID.replace("status: considering", "status: comitted").replace(
        "  IT:",
        "  FR:\n    group: coalitoin\n    role: host\n  DE:\n    group: partnr\n"
        "    role: host\n  IT:",
    )
    run = run_cli("validate", str(ledger_file(text)))
    assert run.lines[-1].startswith("3 errors (unknown-group ×2, unknown-status) in ")


def test_an_altered_quote_is_caught_at_its_line(tmp_path: Path) -> None:
    text = FIXTURE_LEDGER.read_text(encoding="utf-8").replace(
        "We are not sending Finns to the war front", "We are not sending troops to the war front"
    )
    shutil.copytree(FIXTURE / "sources", tmp_path / "sources")
    path = tmp_path / "contributions.yaml"
    path.write_text(text, encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "sending troops" in row)
    run = run_cli("validate", str(path))
    assert run.exit_code == 1
    assert f"{path}:{line}:20: error: countries.FI.stances.land.evidence.0.quote:" in run.stdout
    assert "departs from the source at 'troops to the war front in Ukraine.'" in run.stdout
