"""Hostile input: whatever the file holds, a value or a located plain-English
error, exit 1 or 2, no traceback, bounded time and memory, nothing written
that was not asked for, and the ledger never damaged.

(The public YAML test suite is fed to the loader in test_yaml_test_suite.py;
writes under a full disk and two writers at once are in test_fmt.py; revisions
that look like options in test_diff.py.)
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import VALID, run_cli

Write = Callable[..., Path]


def validate(path: Path, *extra: str) -> tuple[int, list[dict[str, object]]]:
    run = run_cli("validate", "--format", "json", *extra, str(path))
    assert "Traceback" not in run.stdout + run.stderr
    return run.exit_code, json.loads(run.stdout)["problems"]


def test_deep_flow_nesting(ledger_file: Write) -> None:
    code, problems = validate(ledger_file("title: " + "[" * 100_000 + "]" * 100_000 + "\n"))
    assert code == 1
    assert problems[0]["line"] == 1 and problems[0]["rule"] == "syntax"


def test_deep_block_nesting(ledger_file: Write) -> None:
    deep = "".join(f"{'  ' * depth}k:\n" for depth in range(3000)) + "  " * 3000 + "x\n"
    code, problems = validate(ledger_file("title:\n" + textwrap.indent(deep, "  ")))
    assert code == 1
    assert [(p["rule"], p["message"]) for p in problems] == [
        ("syntax", "keys or lists are nested more than 1000 levels deep")
    ]


def test_a_50_mb_file_is_refused_without_being_read(ledger_file: Write) -> None:
    path = ledger_file(b"title: " + b"x" * (50 * 2**20) + b"\n")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    code, problems = validate(path)
    assert code == 2
    assert str(problems[0]["message"]) == "cannot read the file: it is larger than 32 MiB"
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 40  # read no further than the limit


def test_a_very_long_line(ledger_file: Write) -> None:
    line = "x" * 2_000_000
    code, problems = validate(ledger_file(VALID.replace("Air patrols", line)))
    assert code == 0 and problems == []


def test_nul_bytes(ledger_file: Write) -> None:
    code, problems = validate(ledger_file(VALID.replace("Air patrols", "Air\x00patrols\x00")))
    assert code == 1
    assert [(p["line"], p["column"], p["rule"]) for p in problems] == [
        (14, 20, "control-character")
    ]


def test_tags_never_build_python_objects(ledger_file: Write, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    text = VALID.replace(
        "detail: Air patrols", f'detail: !!python/object/apply:os.system ["touch {marker}"]'
    )
    code, problems = validate(ledger_file(text))
    assert code == 1
    assert "tag" in {p["rule"] for p in problems}
    assert not marker.exists()


TEXT_FIELDS = {
    "title: Test ledger": "title: {}",
    "publisher: Politico": "publisher: {}",
    "title: Allies ready": "title: {}",
    "detail: Air patrols": "detail: {}",
}
MARKUP = '"[bold red]x[/] [/] :warning: [link=http://example.invalid]y[/link] <b>z</b>"'


def test_markup_in_every_text_field_is_shown_as_written(ledger_file: Write) -> None:
    text = VALID
    for old, new in TEXT_FIELDS.items():
        text = text.replace(old, new.format(MARKUP))
    text = text.replace("group: coalition", "group: coalition\n    role: " + MARKUP)
    path = ledger_file(text)
    assert validate(path)[0] == 0
    shown = MARKUP.strip('"')
    for args in (["summary"], ["show", "IT"], ["domain", "air"]):
        run = run_cli(*args, "-l", str(path), env={"FORCE_COLOR": "1"})
        assert run.exit_code == 0, run.stderr
        assert "\x1b]8;" not in run.stdout and "⚠" not in run.stdout
        if args[0] != "domain":
            assert shown in run.stdout
    facts = run_cli("textconv", str(path)).stdout
    assert shown in facts


@pytest.mark.parametrize("char", ["\x07", "\x1b", "\x9b", "\u202e", "\u200b"])
def test_control_and_invisible_characters_in_every_text_field(
    ledger_file: Write, char: str
) -> None:
    text = VALID
    for old, new in TEXT_FIELDS.items():
        text = text.replace(old, new.format(f'"a{char}b"'))
    code, problems = validate(ledger_file(text))
    assert code == 1
    assert sorted(int(str(p["line"])) for p in problems) == [1, 5, 6, 14]
    assert all(p["rule"] in ("control-character", "invisible-character") for p in problems)


def test_a_symlinked_ledger_is_read(ledger_file: Write, tmp_path: Path) -> None:
    target = ledger_file(VALID, "real.yaml")
    link = tmp_path / "contributions.yaml"
    link.symlink_to(target)
    assert validate(link)[0] == 0


def test_a_dangling_symlink_exits_two(tmp_path: Path) -> None:
    link = tmp_path / "contributions.yaml"
    link.symlink_to(tmp_path / "gone.yaml")
    code, problems = validate(link)
    assert code == 2
    assert "No such file or directory" in str(problems[0]["message"])


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_ledger_exits_two(ledger_file: Write) -> None:
    path = ledger_file(VALID)
    path.chmod(0)
    code, problems = validate(path)
    assert code == 2
    assert "Permission denied" in str(problems[0]["message"])


def test_nothing_is_written_by_reading_commands(ledger_file: Write, tmp_path: Path) -> None:
    path = ledger_file(VALID)
    before = sorted(p.name for p in tmp_path.iterdir())
    for args in (["validate"], ["summary"], ["show", "IT"], ["domain", "air"], ["fmt", "--check"]):
        run_cli(*args, "-l", str(path)) if args[0] != "validate" else run_cli("validate", str(path))
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert path.read_text(encoding="utf-8") == VALID


def test_no_traceback_from_the_real_process_whatever_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "contributions.yaml"
    for data in (b"\xff\xfe\x00\x00garbage", b"\x00" * 100, b"- [\n" * 1000, b"\xef\xbb\xbf"):
        path.write_bytes(data)
        result = subprocess.run(
            [sys.executable, "-m", "coalition", "validate", str(path)],
            capture_output=True,
            text=True,
            check=False,
            timeout=20,
        )
        # Exit 1, the ledger is invalid: 2 would be an I/O error or a bug.
        assert result.returncode == 1, result.stderr
        assert "Traceback" not in result.stderr
        assert "internal error" not in result.stderr
