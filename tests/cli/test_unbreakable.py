"""Each class of failure a hostile tester found, generated rather than picked:
crashes on valid input, arguments and git output that are data, hidden
characters in every plane, output that cannot be turned against its reader."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coalition.edit.apply import format_ledger
from coalition.load import load_ledger_bytes
from coalition.read.text import scan_text
from tests.conftest import VALID, run_cli

QUOTED_STYLES = [
    lambda text: f'"{text}"',
    lambda text: f"'{text}'",
    lambda text: '"' + "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in text) + '"',
    lambda text: text,
]


@st.composite
def requoted_ledgers(draw: st.DrawFn) -> str:
    """VALID with its values written in any of YAML's quoting styles."""
    text = VALID.replace("group: coalition", "group: coalition\n    role: café host")
    for key in ("status", "group", "role", "detail", "source", "publisher", "published"):
        style = draw(st.sampled_from(QUOTED_STYLES))
        lines = []
        for line in text.split("\n"):
            stripped = line.strip()
            if stripped.startswith(f"{key}: ") or stripped.startswith(f"- {key}: "):
                head, _, value = line.partition(f"{key}: ")
                value = style(value) if key != "published" or style is QUOTED_STYLES[3] else value
                line = f"{head}{key}: {value}"
            lines.append(line)
        text = "\n".join(lines)
    return text


@given(requoted_ledgers())
@settings(max_examples=60, deadline=None)
def test_fmt_of_any_valid_quoting_succeeds_keeps_the_ledger_and_settles(text: str) -> None:
    before = load_ledger_bytes(text.encode(), "q.yaml")
    assert before.ledger is not None, before.problems
    once = format_ledger(text.encode(), "q.yaml")
    assert once.new is not None, once.problems
    assert load_ledger_bytes(once.new, "q.yaml").ledger == before.ledger
    assert format_ledger(once.new, "q.yaml").new == once.new


ARGUMENT = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
) | st.sampled_from(
    ["Jean-Noël Barrot: minister", "@MFA_Ukraine", "[unnamed]", "Spokesperson # 2", "a\nb", "'\"`"]
)


@given(speaker=ARGUMENT)
@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_speaker_is_written_exactly_or_refused_plainly(tmp_path: Path, speaker: str) -> None:
    path = tmp_path / "contributions.yaml"
    path.write_text(VALID, encoding="utf-8")
    run = run_cli(
        "set", "IT", "sea", "offered", "--source", "politico", "--quote", "Italy text",
        "--speaker", speaker, "-l", str(path),
    )  # fmt: skip
    if run.exit_code == 0:
        ledger = load_ledger_bytes(path.read_bytes(), "c.yaml").ledger
        assert ledger is not None
        written = ledger.countries["IT"].stances["sea"].evidence[0].speaker  # type: ignore[index]
        assert written == speaker.strip()
    else:
        assert run.exit_code in (1, 2)
        assert "internal error" not in run.stderr and "Traceback" not in run.stderr


def test_an_argument_that_is_not_utf8_is_a_plain_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "contributions.yaml"
    path.write_text(VALID, encoding="utf-8")
    cases: list[list[str | bytes]] = [
        ["set", "IT", "air", "offered", "--source", "politico", "--quote", b"caf\xe9"],
        ["init", str(tmp_path / "new.yaml"), "--title", b"caf\xe9"],
    ]
    for args in cases:
        arguments = [os.fsencode(a) if isinstance(a, str) else a for a in args]
        result = subprocess.run(
            [sys.executable.encode(), b"-m", b"coalition", *arguments, b"-l", os.fsencode(path)],
            capture_output=True,
            check=False,
        )
        assert result.returncode == 2
        assert b"is not UTF-8 text" in result.stderr and b"internal error" not in result.stderr
    assert path.read_text(encoding="utf-8") == VALID


def git(folder: Path, *args: str) -> None:
    environment = {
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e", "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@e", "PATH": "/usr/bin:/bin",
    }  # fmt: skip
    subprocess.run(["git", *args], cwd=folder, check=True, env=environment, capture_output=True)


@pytest.mark.parametrize(
    "subject", ["update IT\x1e", "tab\there", "NUL-free \x1f separator", "é accent", "\u202eevil"]
)
def test_any_commit_subject_and_path_is_data_for_log(tmp_path: Path, subject: str) -> None:
    folder = tmp_path / "sub dir"
    folder.mkdir()
    ledger = folder / "lédger with space.yaml"
    ledger.write_text(VALID, encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", subject)
    run = run_cli("log", "-f", "json", "-l", str(ledger))
    assert run.exit_code == 0, run.stderr
    [commit] = json.loads(run.stdout)["commits"]
    assert commit["subject"] == subject
    assert commit["path"] == "sub dir/lédger with space.yaml"
    assert "\u202e" not in run.stdout  # shown escaped, whatever it is
    assert run_cli("log", "-l", str(ledger)).exit_code == 0


def test_textconv_and_diff_refuse_what_is_not_a_ledger_plainly(tmp_path: Path) -> None:
    for args in (["textconv", str(tmp_path / "missing.yaml")], ["textconv", str(tmp_path)]):
        run = run_cli(*args)
        assert run.exit_code == 2 and "cannot read the file" in run.stderr
    path = tmp_path / "contributions.yaml"
    path.write_text(VALID, encoding="utf-8")
    run = run_cli("diff", "x" * 5000, "-l", str(path))
    assert run.exit_code == 2 and "internal error" not in run.stderr
    assert len(run.stderr) < 400  # the argument is shown shortened


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("می\u200cخواهم", True),  # Persian: a non-joiner inside a word
        ("क्\u200dष", True),  # Devanagari: a joiner inside a word
        ("👩\u200d💻", True),  # an emoji sequence
        ("❤\ufe0f", True),  # a variation selector after a symbol
        ("\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f", True),  # a flag
        ("a\u200d ", False),  # a joiner joining nothing
        ("hi\U000e0068\U000e0069", False),  # tag characters smuggling text
        ("a\u3164b", False),  # Hangul filler: a letter that shows as nothing
        ("a\u2800b", False),  # braille blank
        ("a\ufe0f", False),  # a variation selector after a letter
        ("a\U000f0001", False),  # private use, plane 15
    ],
)
def test_one_invisible_character_policy_for_every_plane(text: str, allowed: bool) -> None:
    problems = scan_text(f'quote: "{text}"', "f").problems
    assert (problems == []) is allowed, [p.message for p in problems]
    if not allowed:
        assert problems[0].rule == "invisible-character"


def test_twenty_thousand_unknown_codes_are_reported_in_bounded_form() -> None:
    codes = [f"Q{chr(65 + i // 26 % 26)}{chr(65 + i % 26)}{i}" for i in range(20_000)]
    text = "title: T\nas_of: 2025-09-04\nsources: {}\ncountries:\n" + "".join(
        f"  {code}:\n    group: other\n    role: r\n" for code in codes
    )
    problems = [
        p for p in load_ledger_bytes(text.encode(), "x").problems if p.rule == "country-code"
    ]
    assert len(problems) == 101
    assert problems[-1].message == "… and 19,900 more problems like the ones above, not listed"


def test_a_fifo_named_as_an_archive_is_refused_not_waited_on(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "archive.txt")
    text = VALID.replace(
        "    published: 2025-09-04\n", "    published: 2025-09-04\n    archive: archive.txt\n"
    )
    path = tmp_path / "contributions.yaml"
    path.write_text(text, encoding="utf-8")
    run = run_cli("validate", "-f", "json", str(path))
    [problem] = [p for p in json.loads(run.stdout)["problems"] if p["rule"] == "archive"]
    assert "not a regular file" in problem["message"]


@pytest.mark.parametrize(("encoded", "words"), [("latin-1", "not UTF-8"), ("utf-16", "UTF-16")])
def test_an_archive_in_another_encoding_says_so(tmp_path: Path, encoded: str, words: str) -> None:
    (tmp_path / "archive.txt").write_bytes("Italy is weighing participating, café".encode(encoded))
    text = VALID.replace(
        "    published: 2025-09-04\n", "    published: 2025-09-04\n    archive: archive.txt\n"
    )
    path = tmp_path / "contributions.yaml"
    path.write_text(text, encoding="utf-8")
    run = run_cli("validate", str(path))
    assert words in run.stdout and "[archive]" in run.stdout


def test_no_output_format_lets_a_file_name_or_a_text_act(tmp_path: Path) -> None:
    name = tmp_path / "x\n::error file=README.md,line=1::injected\n\x1b[31m.yaml"
    name.write_text(VALID.replace("status: considering", "status: comitted"), encoding="utf-8")
    github = run_cli("validate", "-f", "github", str(name)).stdout
    assert all(line.startswith("::") or line.startswith("1 error") for line in github.splitlines())
    assert "\n::error file=README.md" not in github
    text = run_cli("validate", str(name)).stdout
    assert "\x1b" not in text
    bidi = VALID.replace("detail: Air patrols", 'detail: "Air \\u202e patrols"')
    path = tmp_path / "contributions.yaml"
    path.write_text(bidi, encoding="utf-8")
    shown = run_cli("validate", "-f", "json", str(path)).stdout
    assert "\u202e" not in shown and "\x9b" not in shown


def test_csv_defuses_fullwidth_formulas_and_leaves_numbers_alone() -> None:
    from coalition.render.csvfile import formula_like

    assert formula_like("＝HYPERLINK(1)") and formula_like("=1+1") and formula_like("@SUM(A1)")
    assert formula_like("-cmd") and not formula_like("-5") and not formula_like("+3.5")
    assert not formula_like("Poland")
