"""Every mistake a journalist can make, through the CLI, at its line and column.

Each test writes a small ledger (VALID with one thing changed), runs
`coalition validate --format json` on it and asserts the problems as data:
(line, column, level, rule, path).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import VALID, run_cli

Found = tuple[int | None, int | None, str, str | None, str | None]


def problems(path: Path, *extra: str) -> tuple[int, list[Found]]:
    run = run_cli("validate", "--format", "json", *extra, str(path))
    report = json.loads(run.stdout)
    return run.exit_code, [
        (p["line"], p["column"], p["level"], p["rule"], p["path"]) for p in report["problems"]
    ]


def messages(path: Path) -> list[str]:
    return run_cli("validate", str(path)).lines[:-1]


Write = Callable[..., Path]


def test_valid_ledger_exits_zero_with_a_count(ledger_file: Write) -> None:
    path = ledger_file(VALID)
    run = run_cli("validate", str(path))
    assert run.exit_code == 0
    assert run.stdout == f"valid: {path} (1 country, 1 stance, 1 source)\n"


def test_misspelt_status_suggests_the_right_one(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("status: considering", "status: comitted"))
    code, found = problems(path)
    assert code == 1
    assert found == [(13, 17, "error", "unknown-status", "countries.IT.stances.air.status")]
    assert messages(path) == [
        f"{path}:13:17: error: countries.IT.stances.air.status: 'comitted' is not a known "
        "status; did you mean 'committed'? [unknown-status]"
    ]


def test_status_typed_in_capitals_suggests_lower_case(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("status: considering", "status: Considering"))
    assert "did you mean 'considering'?" in messages(path)[0]


def test_unknown_status_without_a_close_match_lists_the_scale(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("status: considering", "status: maybe"))
    assert messages(path)[0].endswith(
        "'maybe' is not a known status; statuses, weakest to strongest: ruled_out, "
        "undecided, considering, offered, committed, delivering [unknown-status]"
    )


def test_uk_is_not_an_iso_code(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("  IT:", "  UK:"))
    code, found = problems(path)
    assert code == 1
    assert found == [(9, 3, "error", "country-code", "countries.UK")]
    assert "did you mean 'GB' (United Kingdom)?" in messages(path)[0]


@pytest.mark.parametrize(
    ("written", "meant"),
    [("FRA", "'FR' (France)"), ("it", "'IT' (Italy)"), ("EL", "'GR' (Greece)")],
)
def test_country_code_suggestions(ledger_file: Write, written: str, meant: str) -> None:
    path = ledger_file(VALID.replace("  IT:", f"  {written}:"))
    assert f"did you mean {meant}?" in messages(path)[0]


def test_country_code_is_checked_even_when_the_entry_has_other_errors(ledger_file: Write) -> None:
    text = VALID.replace("  IT:", "  UK:").replace("group: coalition", "group: coalitio")
    _, found = problems(ledger_file(text))
    assert [f[3] for f in found] == ["country-code", "unknown-group"]


def test_norway_is_never_false(ledger_file: Write) -> None:
    text = VALID.replace("  IT:", "  NO:")
    run = run_cli("validate", str(ledger_file(text)))
    assert run.exit_code == 0, run.stdout


def test_duplicate_country_points_at_the_second(ledger_file: Write) -> None:
    text = VALID + "  IT:\n    group: partner\n"
    code, found = problems(ledger_file(text))
    assert code == 1
    assert found == [(18, 3, "error", "duplicate-key", "countries.IT")]
    assert "already defined at line 9" in messages(ledger_file(text))[0]


def test_duplicate_key_inside_a_stance(ledger_file: Write) -> None:
    text = VALID.replace("detail: Air patrols", "detail: Air patrols\n        detail: Jets")
    _, found = problems(ledger_file(text))
    assert found == [(15, 9, "error", "duplicate-key", "countries.IT.stances.air.detail")]


def test_unknown_key_suggests_the_known_one(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("detail: Air patrols", "detial: Air patrols"))
    _, found = problems(path)
    assert found == [(14, 9, "error", "unknown-key", "countries.IT.stances.air.detial")]
    assert "unknown key 'detial'; did you mean 'detail'?" in messages(path)[0]


def test_unknown_domain_suggests_the_known_one(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("      air:", "      airforce:"))
    _, found = problems(path)
    assert found == [(12, 7, "error", "unknown-domain", "countries.IT.stances.airforce")]
    assert "'airforce' is not a known domain; did you mean 'air'?" in messages(path)[0]


def test_missing_group_points_at_the_country(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("    group: coalition\n", ""))
    _, found = problems(path)
    assert found == [(9, 3, "error", "missing-key", "countries.IT.group")]
    assert "'group' is missing; add 'group: …' (coalition, partner or other)" in messages(path)[0]


def test_stance_without_evidence(ledger_file: Write) -> None:
    text = VALID.split("        evidence:")[0]
    _, found = problems(ledger_file(text))
    assert found == [
        (12, 7, "error", "missing-key", "countries.IT.stances.air.evidence"),
        (4, 3, "warning", "unused-source", "sources.politico"),
    ]


def test_stance_with_empty_evidence(ledger_file: Write) -> None:
    text = VALID.split("        evidence:")[0] + "        evidence: []\n"
    _, found = problems(ledger_file(text))
    assert found == [
        (15, 19, "error", "no-evidence", "countries.IT.stances.air.evidence"),
        (4, 3, "warning", "unused-source", "sources.politico"),
    ]


def test_bad_date(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("as_of: 2025-09-04", "as_of: 4 September 2025"))
    _, found = problems(path)
    assert found == [(2, 8, "error", "date", "as_of")]
    assert "write dates as YYYY-MM-DD" in messages(path)[0]


def test_undefined_source_suggests_a_defined_one(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("- source: politico", "- source: politco"))
    _, found = problems(path)
    assert found == [
        (16, 21, "error", "undefined-source", "countries.IT.stances.air.evidence.0.source"),
        (4, 3, "warning", "unused-source", "sources.politico"),
    ]
    assert "did you mean 'politico'?" in messages(path)[0]


def test_source_published_after_as_of_is_a_warning(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("published: 2025-09-04", "published: 2025-10-01"))
    code, found = problems(path)
    assert code == 0
    assert found == [(7, 16, "warning", "future-date", "sources.politico.published")]
    code, _ = problems(path, "--strict")
    assert code == 1


def test_unquoted_hash_in_a_note_is_a_warning(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("detail: Air patrols", "detail: Air patrols #1 priority"))
    code, found = problems(path)
    assert code == 0
    assert found == [(14, 17, "warning", "comment-in-text", "countries.IT.stances.air.detail")]


def test_a_comment_after_a_status_is_just_a_comment(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("status: considering", "status: considering  # since May"))
    assert problems(path) == (0, [])


def test_yaml_1_1_booleans_and_octals_stay_text(ledger_file: Write) -> None:
    text = VALID.replace("detail: Air patrols", "detail: YES").replace(
        "title: Allies ready", "title: 0123"
    )
    path = ledger_file(text)
    assert problems(path) == (0, [])
    from coalition.load import load_ledger

    ledger = load_ledger(path).ledger
    assert ledger is not None
    assert ledger.sources["politico"].title == "0123"
    assert ledger.countries["IT"].stances["air"].detail == "YES"  # type: ignore[index]


def test_conditions_written_as_text_need_a_list(ledger_file: Write) -> None:
    text = VALID.replace(
        "detail: Air patrols", "detail: Air patrols\n        conditions: ceasefire"
    )
    path = ledger_file(text)
    _, found = problems(path)
    assert found == [(15, 21, "error", "schema", "countries.IT.stances.air.conditions")]
    assert "starting with '- '" in messages(path)[0]


def test_empty_required_text(ledger_file: Write) -> None:
    path = ledger_file(
        VALID.replace("quote: Italy is weighing participating in air patrols", "quote:")
    )
    _, found = problems(path)
    assert found == [(17, 19, "error", "schema", "countries.IT.stances.air.evidence.0.quote")]
    assert "'quote' is empty" in messages(path)[0]


def test_every_problem_in_one_run(ledger_file: Write) -> None:
    text = (
        VALID.replace("status: considering", "status: comitted")
        .replace("  IT:", "  UK:")
        .replace("- source: politico", "- source: nowhere")
        .replace("detail: Air patrols", "detail: Air patrols\n        detail: again")
    )
    _, found = problems(ledger_file(text))
    assert [(f[0], f[3]) for f in found] == [
        (9, "country-code"),
        (13, "unknown-status"),
        (15, "duplicate-key"),
        (17, "undefined-source"),
        (4, "unused-source"),
    ]


def test_an_empty_optional_list_means_none(ledger_file: Write) -> None:
    text = VALID.replace("detail: Air patrols", "detail: Air patrols\n        conditions:")
    assert problems(ledger_file(text)) == (0, [])


def test_a_comment_two_spaces_after_a_note_is_just_a_comment(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("detail: Air patrols", "detail: Air patrols  # from May"))
    assert problems(path) == (0, [])


# -- what a news desk checks: warnings that --strict turns into errors ----------------

OLD_SOURCE = VALID.replace("published: 2025-09-04", "published: 2025-05-01")


def test_stale_stance(ledger_file: Write) -> None:
    path = ledger_file(OLD_SOURCE)
    code, found = problems(path)
    assert (code, found) == (0, [(12, 7, "warning", "stale-stance", "countries.IT.stances.air")])
    assert (
        "the newest evidence is from 2025-05-01, 126 days before as_of (2025-09-04)"
        in (messages(path)[0])
    )
    assert problems(path, "--strict")[0] == 1
    assert problems(path, "--stale-after", "200") == (0, [])


def test_newer_evidence_makes_a_stance_current(ledger_file: Write) -> None:
    text = OLD_SOURCE.replace(
        "countries:",
        "  new:\n    publisher: P\n    title: T\n    published: 2025-09-01\ncountries:",
    ).replace(
        "            quote: Italy is weighing participating in air patrols",
        "            quote: Italy is weighing participating in air patrols\n"
        "          - source: new\n            quote: Still weighing",
    )
    assert problems(ledger_file(text)) == (0, [])


def test_country_with_no_stance_and_no_role(ledger_file: Write) -> None:
    path = ledger_file(VALID + "  FR:\n    group: coalition\n")
    assert problems(path) == (0, [(18, 3, "warning", "no-stance", "countries.FR")])
    with_role = ledger_file(VALID + "  FR:\n    group: coalition\n    role: co-host\n", "role.yaml")
    assert problems(with_role) == (0, [])


def test_more_countries_committed_than_reported(ledger_file: Write) -> None:
    text = VALID.replace("status: considering", "status: committed").replace(
        "countries:",
        "reported:\n  - value: 0\n    counts: countries committed\n    status: committed\n"
        "    source: politico\n    quote: Italy is weighing\ncountries:",
    )
    path = ledger_file(text)
    assert problems(path) == (
        0,
        [
            (9, 12, "warning", "reported-exceeded", "reported.0.value"),
            # and the claim check sees "weighing" under "committed"
            (19, 17, "warning", "status-unsupported", "countries.IT.stances.air.status"),
        ],
    )
    assert "the ledger has 1 countries committed or stronger, more than the 0" in messages(path)[0]


def test_a_misspelt_required_key_is_one_problem_not_two(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("status: considering", "Status: considering"))
    assert problems(path) == (
        1,
        [(13, 9, "error", "unknown-key", "countries.IT.stances.air.Status")],
    )
