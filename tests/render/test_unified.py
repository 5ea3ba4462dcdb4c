"""`fmt --check`'s unified diff: a patch that `patch` and `git apply` apply,
turning the file into what `fmt` writes, fast on large ledgers."""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coalition.analyse.lines import line_opcodes, split_lines
from coalition.render.unified import NO_NEWLINE, render_unified
from tests.conftest import FIXTURE, FIXTURE_LEDGER, require, run_cli

SHIPPED = (FIXTURE_LEDGER).read_text(encoding="utf-8")

# Lines that start blocks, lines inside them, and lines many blocks share.
_LINE = st.sampled_from(
    ["a:\n", "b:\n", "  x:\n", "  y:\n", "    k: 1\n", "    k: 2\n", "\n", "# c\n", "    - q\n"]
)
_TEXT = st.tuples(st.lists(_LINE, max_size=40), st.sampled_from(["", "tail", "  end"])).map(
    lambda parts: "".join(parts[0]) + parts[1]
)


def apply_patch(before: str, patch: str) -> str:
    """`before` with a unified diff applied, strictly: every context and
    removed line must be there, in order (what `patch` checks)."""
    old = split_lines(before)
    out: list[str] = []
    at = 0
    lines = split_lines(patch)[2:]
    for number, line in enumerate(lines):
        if line == NO_NEWLINE:
            if lines[number - 1][0] in " +":
                out[-1] = out[-1].removesuffix("\n")
            continue
        hunk = re.match(r"@@ -(\d+)(?:,(\d+))? \+\d+(?:,\d+)? @@\n", line)
        if hunk:
            start = int(hunk[1]) - (hunk[2] != "0")
            out += old[at:start]
            at = start
            continue
        mark, body = line[0], line[1:]
        removes = lines[number + 1 : number + 2] == [NO_NEWLINE] and mark != "+"
        if mark in " -":
            assert old[at] == (body.removesuffix("\n") if removes else body), (line, old[at])
            at += 1
        if mark in " +":
            out.append(body)
    return "".join(out + old[at:])


@settings(max_examples=400)
@given(_TEXT, _TEXT)
def test_the_diff_turns_one_text_into_the_other(before: str, after: str) -> None:
    patch = render_unified(before, after, "a/f", "b/f")
    assert (patch == "") == (before == after)
    assert apply_patch(before, patch) == after


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["    k: 1\n", "    k: 2\n", "    - q\n", "\n"]), max_size=30))
def test_within_one_block_it_is_difflibs_diff(lines: list[str]) -> None:
    before = "  b:\n" + "".join(lines)
    after = "  b:\n" + "".join(reversed(lines))
    expected = difflib.unified_diff(split_lines(before), split_lines(after), "a/f", "b/f")
    assert render_unified(before, after, "a/f", "b/f") == "".join(expected)


@given(_TEXT)
def test_opcodes_cover_both_texts(text: str) -> None:
    lines = split_lines(text)
    codes = line_opcodes(lines, lines[::-1])
    ends = [(0, 0)] + [(c[2], c[4]) for c in codes]
    assert [(c[1], c[3]) for c in codes] == ends[:-1]
    assert ends[-1] == (len(lines), len(lines))
    assert all(c[0] != "equal" or lines[c[1] : c[2]] == lines[::-1][c[3] : c[4]] for c in codes)


def test_a_missing_last_newline_is_marked() -> None:
    patch = render_unified("a:\n  x: 1", "a:\n  x: 2", "a/f", "b/f")
    assert patch.endswith(f"-  x: 1\n{NO_NEWLINE}+  x: 2\n{NO_NEWLINE}")


def _restyled(path: Path) -> str:
    """The shipped ledger with a few keys quoted and no final newline."""
    text = SHIPPED.replace("\n  FR:\n", '\n  "FR":\n').replace("\n  IT:\n", "\n  'IT':\n")
    path.write_text(text.rstrip("\n"), encoding="utf-8")
    return text


@pytest.mark.parametrize(
    "program", [["patch", "-p1", "--quiet"], ["git", "apply", "-p1", "--unidiff-zero"]]
)
def test_patch_and_git_apply_take_it(
    program: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    require(shutil.which(program[0]), program[0])
    monkeypatch.chdir(tmp_path)
    _restyled(tmp_path / "contributions.yaml")
    shutil.copytree(FIXTURE / "sources", tmp_path / "sources")
    check = run_cli("fmt", "--check", "contributions.yaml")
    assert check.exit_code == 1
    assert "\n-  'IT':\n+  IT:\n" in check.stdout
    subprocess.run(program, input=check.stdout, text=True, check=True, cwd=tmp_path)
    patched = (tmp_path / "contributions.yaml").read_bytes()
    assert run_cli("fmt", "contributions.yaml").exit_code == 0
    assert patched == (tmp_path / "contributions.yaml").read_bytes() == SHIPPED.encode()


def test_blocks_are_matched_by_key_however_quoted() -> None:
    """Every country restyled (`"AD":` for `AD:`, at another indent): each
    is compared with itself, not the whole file with the whole file."""
    codes = [f"c{n}" for n in range(2000)]
    before = "countries:\n" + "".join(f'    "{c}":\n      k: 1\n      j: 2\n' for c in codes)
    after = "countries:\n" + "".join(f"  {c}:\n    k: 1\n    j: 2\n" for c in codes)
    found = line_opcodes(split_lines(before), split_lines(after))
    assert found[0] == ("equal", 0, 1, 0, 1)
    assert found[1:] == [
        ("replace", 1 + 3 * n, 4 + 3 * n, 1 + 3 * n, 4 + 3 * n) for n in range(2000)
    ]
    assert apply_patch(before, render_unified(before, after, "a/f", "b/f")) == after


def test_a_large_ledger_is_compared_block_by_block() -> None:
    """A ledger of many equal blocks, two of them changed: difflib would
    compare each `k: 1` with every other; the blocks keep that to two."""
    body = "".join(f"  c{n}:\n" + "    k: 1\n" * 20 for n in range(3000))
    before = "countries:\n" + body
    after = before.replace("  c10:\n", '  "c10":\n').replace("  c2900:\n", "  C2900:\n")
    codes = line_opcodes(split_lines(before), split_lines(after))
    assert [c[0] for c in codes] == ["equal", "replace", "equal", "replace", "equal"]
    assert [c[1] for c in codes if c[0] == "replace"] == [211, 60901]
