"""The recording tools a journalist reaches for after `set`: taking a review
back, rewording why a sentence is ignored, reported figures, a stance's
resolution, a quote that supports another status; each as a pure function of
the ledger's text and through the CLI."""

from __future__ import annotations

import datetime
import textwrap
from pathlib import Path

import pytest
import yaml

from coalition.edit.nodes import EditError
from coalition.edit.record import Correction
from coalition.edit.reported import FigureEdit, remove_figure, report_figure
from coalition.edit.stances import StanceEdit, clear_review, review, set_stance
from tests.conftest import FIXTURE, FIXTURE_LEDGER, run_cli
from tests.edit.test_edit import changed_lines

SHIPPED = FIXTURE_LEDGER.read_text(encoding="utf-8")

REVIEWED = textwrap.dedent(
    """\
    title: Test ledger
    as_of: 2025-09-04
    sources:
      politico:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
    countries:
      IT:
        group: coalition
        stances:
          air:
            status: considering
            evidence:
              - source: politico
                quote: Italy is weighing participating in air patrols
            reviewed: 2025-09-04

      # Malta, next
      MT:
        group: coalition
        stances:
          sea:
            status: considering
            evidence:
              - source: politico
                quote: Malta is weighing it
    """
)


def shipped(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    for archived in (FIXTURE / "sources").glob("*.txt"):
        (tmp_path / "sources" / archived.name).write_bytes(archived.read_bytes())
    path = tmp_path / "contributions.yaml"
    path.write_text(SHIPPED, encoding="utf-8")
    return path


# review --clear


def test_clear_review_removes_the_stamp_and_keeps_what_follows() -> None:
    after = clear_review(REVIEWED, "IT", "air")
    assert changed_lines(REVIEWED, after) == ["-        reviewed: 2025-09-04"]
    assert "\n\n  # Malta, next\n" in after


def test_clear_review_with_a_correction_records_it() -> None:
    after = clear_review(
        REVIEWED, "IT", "air", Correction("2025-09-05", "not checked", "IT", "air")
    )
    assert yaml.safe_load(after)["corrections"] == [
        {
            "date": datetime.date(2025, 9, 5),
            "country": "IT",
            "domain": "air",
            "reason": "not checked",
        }
    ]


def test_clear_review_refuses_a_stance_never_reviewed() -> None:
    with pytest.raises(EditError, match="MT sea has no reviewed date"):
        clear_review(REVIEWED, "MT", "sea")


def test_review_with_a_correction_moves_the_date_and_says_why() -> None:
    after = review(REVIEWED, "IT", "air", "2025-09-03", Correction("2025-09-05", "wrong day"))
    assert "reviewed: 2025-09-03" in after
    assert yaml.safe_load(after)["corrections"][0]["reason"] == "wrong day"


def test_review_clear_through_the_cli(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli("review", "DE", "financing", "--clear", "-l", str(path))
    assert run.exit_code == 0, run.stderr
    assert run.stderr.splitlines()[0] == (
        f"{path}: Germany (DE) financing: review of 2025-12-15 removed"
    )
    assert changed_lines(SHIPPED, path.read_text(encoding="utf-8")) == [
        "-        reviewed: 2025-12-15"
    ]


def test_review_clear_with_a_correction_through_the_cli(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli(
        "review", "FI", "overall", "--clear", "--correction", "nobody checked it",
        "--date", "2026-01-08", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert "(correction: nobody checked it)" in run.stderr.splitlines()[0]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert "reviewed" not in data["countries"]["FI"]["overall"]
    assert data["corrections"][-1] == {
        "date": datetime.date(2026, 1, 8), "country": "FI", "domain": "overall", "reason": "nobody checked it"
    }  # fmt: skip


def test_review_clear_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    again = run_cli("review", "FR", "land", "--clear", "-l", str(path))
    assert again.exit_code == 1
    assert "FR land has no reviewed date to remove; nothing written" in again.stderr
    both = run_cli("review", "DE", "land", "--clear", "--on", "2026-01-01", "-l", str(path))
    assert both.exit_code == 2
    assert "give no --on" in both.stderr
    assert path.read_text(encoding="utf-8") == SHIPPED


# ignore --update

IGNORING = REVIEWED.replace(
    "    published: 2025-09-04\n",
    "    published: 2025-09-04\n"
    "    ignored:\n"
    '      - text: "Trump was very unhappy"\n'
    '        reason: "not about the guarantees"\n',
    1,
)


def test_ignoring_a_sentence_twice_is_refused() -> None:
    from coalition.edit.record import add_ignored

    with pytest.raises(EditError, match="ignores 'Trump was  very unhappy' already"):
        add_ignored(IGNORING, "politico", "Trump was  very unhappy", None, "again")


def test_ignore_update_rewords_the_reason_only() -> None:
    from coalition.edit.record import add_ignored

    after = add_ignored(IGNORING, "politico", "Trump was very unhappy", None, "mood", update=True)
    assert changed_lines(IGNORING, after) == [
        '-        reason: "not about the guarantees"',
        '+        reason: "mood"',
    ]
    with pytest.raises(EditError, match="ignores no 'Trump said'"):
        add_ignored(IGNORING, "politico", "Trump said", None, "mood", update=True)
    with pytest.raises(EditError, match="for that reason already"):
        add_ignored(after, "politico", "Trump was very unhappy", None, "mood", update=True)


def test_ignore_update_through_the_cli(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    source = "jiji-nippon-2025-10-25"
    twice = run_cli(
        "ignore", source, "--text", "Newsfrom Japan", "--reason", "again", "-l", str(path)
    )
    assert twice.exit_code == 1
    assert "to reword the reason, add --update" in twice.stderr
    run = run_cli(
        "ignore", source, "--text", "Newsfrom Japan", "--reason", "the site's banner",
        "--update", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert run.stderr.splitlines() == [
        f"{path}: source {source}.ignored: “the page's banner” → “the site's banner”"
    ]
    assert changed_lines(SHIPPED, path.read_text(encoding="utf-8")) == [
        '-        reason: "the page\'s banner"',
        '+        reason: "the site\'s banner"',
    ]


def test_ignore_update_of_a_country_everywhere(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli(
        "ignore", "--country", "UA", "--reason", "the beneficiary", "--update", "-l", str(path)
    )
    assert run.exit_code == 0, run.stderr
    assert run.stderr.splitlines()[0].endswith(
        "ignored: “the country the guarantees are for, "
        "not a contributor to them” → “the beneficiary”"
    )
    missing = run_cli("ignore", "--country", "FR", "--reason", "x", "--update", "-l", str(path))
    assert missing.exit_code == 1
    assert "the ledger ignores no country FR" in missing.stderr


# report, remove --reported

LONDON = "The meeting, held in London, was attended by leaders of more than 20 countries"
WEIGHING = "Italy is weighing participating in air patrols"


def figure_edit(**given: object) -> FigureEdit:
    from coalition.edit.evidence import EvidenceDetails, Quote

    details = EvidenceDetails(**given.pop("details", {}))  # type: ignore[arg-type]
    return FigureEdit(Quote("politico", WEIGHING, details), **given)  # type: ignore[arg-type]


def test_report_adds_a_figure_in_the_ledgers_order() -> None:
    after = report_figure(
        REVIEWED,
        figure_edit(value=1, counts="countries weighing air patrols", status="considering",
                    qualifier="at least", details={"speaker": "Crosetto", "date": "2025-09-03"}),
    )  # fmt: skip
    assert yaml.safe_load(after)["reported"] == [
        {"value": 1, "qualifier": "at least", "counts": "countries weighing air patrols",
         "status": "considering", "source": "politico", "quote": WEIGHING,
         "speaker": "Crosetto", "date": datetime.date(2025, 9, 3)}
    ]  # fmt: skip
    keys = [line.split(":")[0].strip(" -") for line in after.split("reported:")[1].splitlines()]
    assert keys[1:5] == ["value", "qualifier", "counts", "status"]


def test_report_updates_the_figure_with_the_same_quote() -> None:
    first = report_figure(REVIEWED, figure_edit(value=1, counts="countries weighing"))
    after = report_figure(first, figure_edit(status="considering", qualifier=""))
    assert changed_lines(first, after) == ["+    status: considering"]
    again = report_figure(after, figure_edit(value=2, status=""))
    assert changed_lines(after, again) == [
        "-  - value: 1", "+  - value: 2", "-    status: considering"
    ]  # fmt: skip


def test_report_refuses_a_new_figure_without_its_value_or_what_it_counts() -> None:
    with pytest.raises(EditError, match="a new figure needs its --value"):
        report_figure(REVIEWED, figure_edit(value=3))


def test_remove_figure_leaves_an_empty_list_and_what_followed_it() -> None:
    text = REVIEWED.replace("countries:\n", "reported: []\n\n# the countries\ncountries:\n")
    added = report_figure(text, figure_edit(value=1, counts="countries weighing"))
    assert "reported:\n  - value: 1" in added
    assert remove_figure(added, "politico", WEIGHING) == text
    with pytest.raises(EditError, match="reports no figure from 'politico' with that quote"):
        remove_figure(text, "politico", WEIGHING)


def test_report_through_the_cli_dates_a_figure_and_corrects_one(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    source = "jiji-nippon-2025-10-25"
    run = run_cli(
        "report", "--source", source, "--quote", LONDON, "--said-on", "2025-10-24", "-l", str(path)
    )
    assert run.exit_code == 0, run.stderr
    assert run.stderr.splitlines() == [
        f"{path}: reported figure (countries whose leaders attended the coalition's meeting in "
        "London): no date → date: 2025-10-24"
    ]
    assert changed_lines(SHIPPED, path.read_text(encoding="utf-8")) == ["+    date: 2025-10-24"]
    fixed = run_cli(
        "report", "--source", source, "--quote", LONDON, "--value", "21",
        "--correction", "the article says more than 20", "--date", "2026-01-08", "-l", str(path),
    )  # fmt: skip
    assert fixed.exit_code == 0, fixed.stderr
    assert fixed.stderr.splitlines()[0].endswith("(correction: the article says more than 20)")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [f["value"] for f in data["reported"] if f["source"] == source] == [21]
    assert data["corrections"][-1] == {
        "date": datetime.date(2026, 1, 8), "reason": "the article says more than 20"
    }  # fmt: skip


def test_report_refuses_an_unknown_status_and_a_missing_value(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    wrong = run_cli(
        "report", "--source", "politico-2025-09-04", "--quote", WEIGHING, "--value", "1",
        "--counts", "x", "--status", "comitted", "-l", str(path),
    )  # fmt: skip
    assert wrong.exit_code == 2
    assert "did you mean 'committed'" in wrong.stderr
    new = run_cli("report", "--source", "politico-2025-09-04", "--quote", WEIGHING, "-l", str(path))
    assert new.exit_code == 1
    assert "a new figure needs its --value" in new.stderr
    assert path.read_text(encoding="utf-8") == SHIPPED


def test_remove_reported_through_the_cli(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli(
        "remove", "--reported", "--source", "jiji-nippon-2025-10-25", "--quote", LONDON,
        "--correction", "not a count of the coalition", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert run.stderr.splitlines()[0] == (
        f"{path}: reported figure removed: 20 countries whose leaders attended the coalition's "
        "meeting in London (correction: not a count of the coalition)"
    )
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert len(data["reported"]) == 4
    alone = run_cli("remove", "--reported", "--source", "jiji-nippon-2025-10-25", "-l", str(path))
    assert alone.exit_code == 2
    assert "name the figure by its --source and --quote" in alone.stderr


def test_a_figures_date_is_checked_like_any_quotes(tmp_path: Path) -> None:
    from tests.conftest import strict_problems

    path = tmp_path / "contributions.yaml"
    path.write_text(
        report_figure(REVIEWED, figure_edit(value=1, counts="c", details={"date": "2025-09-05"})),
        encoding="utf-8",
    )
    assert ("evidence-after-as-of", "reported.0.date") in strict_problems(path)


# resolve

CONTRADICTED = REVIEWED.replace(
    "        reviewed: 2025-09-04\n",
    "          - source: politico\n"
    '            quote: "Italy is not taking part in air patrols"\n'
    "            speaker: A minister\n"
    "            status: ruled_out\n",
)


def test_resolve_says_which_source_the_status_follows_and_clears_it() -> None:
    from coalition.edit.resolution import resolve

    after = resolve(CONTRADICTED, "IT", "air", "politico", "the spokesperson speaks for all")
    assert changed_lines(CONTRADICTED, after) == [
        "+        resolution:",
        "+          follows: politico",
        '+          reason: "the spokesperson speaks for all"',
    ]
    assert "\n\n  # Malta, next\n" in after
    again = resolve(after, "IT", "air", "politico", "newer words")
    assert changed_lines(after, again) == [
        '-          reason: "the spokesperson speaks for all"',
        '+          reason: "newer words"',
    ]
    assert resolve(after, "IT", "air", None, None) == CONTRADICTED
    with pytest.raises(EditError, match="IT air cites no source 'reuters'"):
        resolve(CONTRADICTED, "IT", "air", "reuters", "why")
    with pytest.raises(EditError, match="has no resolution to remove"):
        resolve(CONTRADICTED, "IT", "air", None, None)


def test_resolve_through_the_cli(tmp_path: Path) -> None:
    from tests.conftest import strict_problems

    path = tmp_path / "contributions.yaml"
    path.write_text(CONTRADICTED, encoding="utf-8")
    assert ("contradiction-unresolved", "countries.IT.stances.air.evidence.1.status") in (
        strict_problems(path)
    )
    run = run_cli(
        "resolve", "Italy", "air", "--follows", "politico", "--reason", "the cabinet's word",
        "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert run.stderr.splitlines() == [
        f"{path}: Italy (IT) air: resolution (none) → “follows politico: the cabinet's word”"
    ]
    assert not {p for p in strict_problems(path) if p[0] == "contradiction-unresolved"}
    cleared = run_cli(
        "resolve", "IT", "air", "--clear", "--correction", "no contradiction", "-l", str(path)
    )
    assert cleared.exit_code == 0, cleared.stderr
    assert "(correction: no contradiction)" in cleared.stderr
    half = run_cli("resolve", "IT", "air", "--follows", "politico", "-l", str(path))
    assert half.exit_code == 2
    assert "give the source it --follows and the --reason" in half.stderr


# set --supports

EARLIER = "Italy will not take part in air patrols"


def supports_edit(status: str, supports: str, quote: str = EARLIER) -> StanceEdit:
    from coalition.edit.evidence import EvidenceDetails, Quote

    details = EvidenceDetails(speaker="A minister", date="2025-08-01")
    return StanceEdit("IT", "air", status, Quote("politico", quote, details), supports=supports)


def test_set_supports_adds_a_quote_of_another_status_and_keeps_the_stances() -> None:
    after = set_stance(REVIEWED, supports_edit("considering", "ruled_out"))
    assert changed_lines(REVIEWED, after) == [
        "+          - source: politico",
        f'+            quote: "{EARLIER}"',
        "+            speaker: A minister",
        "+            date: 2025-08-01",
        "+            status: ruled_out",
    ]
    stance = yaml.safe_load(after)["countries"]["IT"]["stances"]["air"]
    assert stance["status"] == "considering"
    # The quote the stance had supports its status still: nothing marks it.
    assert "status" not in stance["evidence"][0]


def test_set_supports_refuses_what_would_be_misread() -> None:
    with pytest.raises(EditError, match="leave out --supports"):
        set_stance(REVIEWED, supports_edit("considering", "considering"))
    with pytest.raises(EditError, match="IT air is considering, not offered"):
        set_stance(REVIEWED, supports_edit("offered", "ruled_out"))
    edit = supports_edit("considering", "ruled_out")
    with pytest.raises(EditError, match="IT has no sea stance yet"):
        set_stance(
            REVIEWED, StanceEdit("IT", "sea", "considering", edit.evidence, supports="offered")
        )


def test_set_supports_through_the_cli(tmp_path: Path) -> None:
    path = shipped(tmp_path)
    run = run_cli(
        "set", "IT", "air", "considering", "--source", "politico-2025-09-04",
        "--quote", "The U.K. and France are likely to play a leading part.",
        "--supports", "ruled_out", "--said-on", "2025-09-01", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert changed_lines(SHIPPED, path.read_text(encoding="utf-8")) == [
        "+          - source: politico-2025-09-04",
        '+            quote: "The U.K. and France are likely to play a leading part."',
        "+            date: 2025-09-01",
        "+            status: ruled_out",
    ]
    timeline = run_cli("timeline", "IT", "--domain", "air", "--format", "json", "-l", str(path))
    assert timeline.exit_code == 0, timeline.stderr
    assert '"ruled_out"' in timeline.stdout
    same = run_cli(
        "set", "IT", "air", "considering", "--source", "politico-2025-09-04", "--quote", "x",
        "--supports", "considering", "-l", str(path),
    )  # fmt: skip
    assert same.exit_code == 2
    assert "the status given: leave out --supports" in same.stderr
