"""set, add-source and init: change what was asked, keep everything else."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from pathlib import Path

import yaml

from tests.conftest import FIXTURE, FIXTURE_LEDGER, run_cli, strict_problems

Write = Callable[..., Path]

SHIPPED = (FIXTURE_LEDGER).read_text(encoding="utf-8")
SOURCE = "politico-2025-09-04"


def shipped(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    for archived in (FIXTURE / "sources").glob("*.txt"):
        (tmp_path / "sources" / archived.name).write_bytes(archived.read_bytes())
    path = tmp_path / "contributions.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    return path


def changed_lines(before: str, after: str) -> list[str]:
    return [
        line
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]


def test_set_updates_a_stance_and_keeps_the_rest(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli(
        "set", "IT", "air", "committed", "--source", SOURCE,
        "--quote", "Italy is weighing participating in air patrols",
        "--condition", "US backstop", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    # The quote is part of one the stance already cites: the same passage,
    # so no second copy of it.
    assert run.stderr.splitlines()[:2] == [
        f"{path}: Italy (IT) air: considering → committed ▲",
        f"{path}: Italy (IT) air: condition added: “US backstop”",
    ]
    assert changed_lines(SHIPPED, path.read_text(encoding="utf-8")) == [
        "-        status: considering",
        "+        status: committed",
        "+        conditions:",
        '+          - "US backstop"',
    ]
    # The edit brings one problem, and the claim check is right to raise it:
    # "weighing" does not support "committed".
    original = tmp_path / "original.yaml"
    original.write_text(SHIPPED, encoding="utf-8")
    assert strict_problems(path) - strict_problems(original) == {
        ("status-unsupported", "countries.IT.stances.air.status")
    }


def test_set_creates_a_country_norway_stays_norway(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli(
        "set", "no", "sea", "offered", "--source", SOURCE,
        "--quote", "The U.K. and France are likely to play a leading part.",
        "--group", "partner", "--attribution", "reported", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    data = yaml.safe_load(path.read_text(encoding="utf-8"))  # a YAML 1.1 reader
    assert data["countries"]["NO"] == {
        "group": "partner",
        "stances": {
            "sea": {
                "status": "offered",
                "evidence": [
                    {
                        "source": SOURCE,
                        "quote": "The U.K. and France are likely to play a leading part.",
                        "attribution": "reported",
                    }
                ],
            }
        },
    }
    codes = list(data["countries"])
    assert codes == sorted(codes)  # in its place by code


def test_set_overall(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli(
        "set", "FR", "overall", "offered", "--source", SOURCE,
        "--quote", "The U.K. and France are likely to play a leading part.", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert yaml.safe_load(path.read_text())["countries"]["FR"]["overall"]["status"] == "offered"


def test_set_refuses_what_would_make_the_ledger_invalid(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli(
        "set", "FR", "land", "offered", "--source", "nosuch", "--quote", "x", "-l", str(path)
    )
    assert run.exit_code == 1
    assert "nothing written" in run.stderr
    assert "the source 'nosuch' is not defined under 'sources'" in run.stderr
    wrong_quote = run_cli(
        "set",
        "FR",
        "land",
        "offered",
        "--source",
        SOURCE,
        "--quote",
        "Words never said in Paris",
        "-l",
        str(path),
    )
    assert wrong_quote.exit_code == 1
    assert "this quote is not in the archived text" in wrong_quote.stderr
    assert path.read_text(encoding="utf-8") == SHIPPED


def test_set_usage_errors(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    for args, message in [
        (["XQ", "land", "offered"], "no country 'XQ'"),
        (["Germny", "land", "offered"], "did you mean Germany (DE)?"),
        (["GB", "navy", "offered"], "'navy' is not a domain"),
        (["GB", "land", "promised"], "is not one of ruled_out, undecided"),
        (["GB", "land", "comitted"], "did you mean 'committed'?"),
    ]:
        run = run_cli("set", *args, "--source", SOURCE, "--quote", "x", "-l", str(path))
        assert run.exit_code == 2
        assert message in run.stderr
    assert path.read_text(encoding="utf-8") == SHIPPED


def test_add_source(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli(
        "add-source", "spiegel-2025-09-03", "--publisher", "Der Spiegel",
        "--title", "Berlin: more air defence", "--published", "2025-09-03", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert changed_lines(SHIPPED, path.read_text(encoding="utf-8")) == [
        "+  spiegel-2025-09-03:",
        "+    publisher: Der Spiegel",
        '+    title: "Berlin: more air defence"',
        "+    published: 2025-09-03",
    ]
    again = run_cli(
        "add-source", "spiegel-2025-09-03", "--publisher", "X", "--title", "Y",
        "--published", "2025-09-03", "-l", str(path),
    )  # fmt: skip
    assert again.exit_code == 1
    assert "already defined" in again.stderr


def test_init_makes_a_valid_ledger_and_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "ledger.yaml"
    run = run_cli("init", str(path), "--title", "Another coalition")
    assert run.exit_code == 0, run.stderr
    assert run_cli("validate", "--strict", str(path)).exit_code == 0
    assert (tmp_path / "contributions.schema.json").is_file()
    assert "# Countries by ISO 3166-1 alpha-2 code" in path.read_text(encoding="utf-8")
    before = path.read_bytes()
    again = run_cli("init", str(path))
    assert again.exit_code == 1
    assert "already exists" in again.stderr
    assert path.read_bytes() == before


def test_a_new_ledger_grows_with_the_edit_commands(tmp_path: Path) -> None:
    path = tmp_path / "contributions.yaml"
    run_cli("init", str(path))
    assert run_cli(
        "add-source", "p", "--publisher", "P", "--title", "T", "--published", "2025-09-04",
        "-l", str(path),
    ).exit_code == 0  # fmt: skip
    run = run_cli(
        "set", "FI", "land", "ruled_out", "--source", "p", "--quote", "No", "-l", str(path)
    )
    assert run.exit_code == 0, run.stderr
    assert run_cli("validate", str(path)).exit_code == 0
    assert run_cli("fmt", "--check", str(path)).exit_code == 0


def test_an_edit_that_changes_more_than_meant_is_refused() -> None:
    from coalition.edit.apply import apply_edit

    def careless(text: str) -> str:
        return text.replace("status: considering", "status: committed").replace(
            "status: undecided", "status: offered"
        )

    edit = apply_edit(SHIPPED.encode(), "c.yaml", FIXTURE, careless, lambda c: c.country == "IT")
    assert edit.new is None
    assert "would change more than was asked" in edit.problems[0].message
    assert edit.problems[0].rule == "edit-unmeant"
