"""Timelines dated by the news: derived from each quote's status and date,
superseded and contradicted evidence told apart, undated evidence never
placed on a made-up date."""

from __future__ import annotations

import datetime
import itertools
import json
import textwrap
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from syrupy.assertion import SnapshotAssertion

from coalition.analyse.timeline import moves, stance_timelines
from coalition.load import load_ledger
from coalition.model.ledger import Ledger, Source, StanceEvidence
from coalition.model.timeline import State, history_of
from coalition.model.vocabulary import DateBasis, Status
from tests.conftest import run_cli

# Germany on land: undecided in September 2025; on 6 January 2026 the
# chancellor weighs troops while his defence minister rules them out (the
# ledger follows the chancellor, and says why). On financing, an undated
# statement says more than the dated article, and nothing resolves it.
TIMELINE = textwrap.dedent(
    """\
    title: Test coalition
    as_of: 2026-01-10
    sources:
      p:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
      l:
        publisher: LIGA.net
        title: Merz on troops
        published: 2026-01-06
        date_basis: index
      d:
        publisher: Deutsche Welle
        title: Pistorius on troops
        published: 2026-01-06
      u:
        publisher: Bundesregierung
        title: Statement
        published:
        date_basis: unknown
    countries:
      DE:
        group: coalition
        stances:
          land:
            status: considering
            resolution:
              follows: l
              reason: "The chancellor speaks for the government"
            evidence:
              - source: p
                quote: "Berlin is reluctant to talk about German boots on the ground"
                status: undecided
              - source: l
                quote: "Germany may deploy troops in a NATO country nearby"
                speaker: Friedrich Merz
              - source: d
                quote: "Germany will not send troops to Ukraine"
                speaker: Boris Pistorius
                status: ruled_out
          financing:
            status: offered
            evidence:
              - source: p
                quote: "Germany is prepared to expand its role in financing"
              - source: u
                quote: "Germany will keep financing the armed forces"
                status: committed
    """
)


def _ledger(tmp_path: Path, text: str = TIMELINE) -> tuple[Path, Ledger]:
    path = tmp_path / "contributions.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = load_ledger(path, errors_only=True)
    assert loaded.ledger is not None, loaded.problems
    return path, loaded.ledger


def test_the_timeline_follows_the_quotes_statuses_by_their_dates(tmp_path: Path) -> None:
    _, ledger = _ledger(tmp_path)
    land, financing = stance_timelines(ledger, ["DE"], ["land", "financing"])
    assert land.column == "land"
    assert [(s.status.value, s.first_seen.isoformat(), s.state.value) for s in land.steps] == [
        ("undecided", "2025-09-04", "superseded"),
        ("ruled_out", "2026-01-06", "superseded"),
        ("considering", "2026-01-06", "current"),
    ]
    assert (land.first_seen, land.last_seen, land.since) == (
        datetime.date(2025, 9, 4),
        datetime.date(2026, 1, 6),
        datetime.date(2026, 1, 6),
    )
    # Chancellor against minister, the same day: a contradiction the ledger resolved.
    (found,) = land.contradictions
    assert found.when == datetime.date(2026, 1, 6)
    assert {found.first.evidence.speaker, found.second and found.second.evidence.speaker} == {
        "Friedrich Merz",
        "Boris Pistorius",
    }
    assert found.resolved
    # The undated statement may be of any day: it overlaps, and nothing resolves it.
    assert [q.basis for q in financing.undated] == ["unknown"]
    assert [c.resolved for c in financing.contradictions] == [False]
    assert [s.status.value for s in financing.steps] == ["offered"]


def test_moves_since_a_day_are_by_news_date(tmp_path: Path) -> None:
    _, ledger = _ledger(tmp_path)
    found = moves(stance_timelines(ledger), datetime.date(2025, 12, 1))
    assert [(m.timeline.column, m.before, m.step.status, m.direction) for m in found] == [
        ("land", Status.UNDECIDED, Status.RULED_OUT, "downgrade"),
        ("land", Status.RULED_OUT, Status.CONSIDERING, "escalation"),
    ]


def test_timeline_command_table(tmp_path: Path, snapshot: SnapshotAssertion) -> None:
    path, _ = _ledger(tmp_path)
    run = run_cli("timeline", "Germany", "-l", str(path), env={"COLUMNS": "100"})
    assert run.exit_code == 0, run.stderr
    assert run.stdout == snapshot


def test_timeline_command_markdown(tmp_path: Path, snapshot: SnapshotAssertion) -> None:
    path, _ = _ledger(tmp_path)
    run = run_cli("timeline", "-d", "land", "-f", "markdown", "-l", str(path))
    assert run.exit_code == 0, run.stderr
    assert run.stdout == snapshot


def test_timeline_command_json_since(tmp_path: Path) -> None:
    path, _ = _ledger(tmp_path)
    run = run_cli("timeline", "--since", "2025-12-01", "-f", "json", "-l", str(path))
    assert run.exit_code == 0, run.stderr
    document = json.loads(run.stdout)
    assert document["since"] == "2025-12-01"
    (land,) = document["timelines"]
    assert (land["domain"], land["first_seen"], land["since"]) == (
        "land",
        "2025-09-04",
        "2026-01-06",
    )
    assert land["contradictions"][0]["follows"] == "l"
    none = run_cli("timeline", "--since", "2026-02-01", "-l", str(path))
    assert "No stance moved on or after that day." in none.stdout


def test_timeline_refuses_a_bad_date_and_an_unknown_country(tmp_path: Path) -> None:
    path, _ = _ledger(tmp_path)
    assert run_cli("timeline", "--since", "December", "-l", str(path)).exit_code == 2
    assert run_cli("timeline", "France", "-l", str(path)).exit_code == 1


_DAYS = st.one_of(st.none(), st.dates(datetime.date(2025, 1, 1), datetime.date(2026, 12, 31)))
_QUOTES = st.lists(
    st.tuples(
        st.sampled_from(["a", "b", "c"]), st.one_of(st.none(), st.sampled_from(Status)), _DAYS
    ),
    min_size=1,
    max_size=8,
)
_SOURCES = {
    "a": Source(publisher="A", title="A", published=datetime.date(2025, 6, 1)),
    "b": Source(publisher="B", title="B", published=None, date_basis=DateBasis.UNKNOWN),
    "c": Source(publisher="C", title="C", published=datetime.date(2026, 1, 6)),
}


def _evidence(
    quotes: list[tuple[str, Status | None, datetime.date | None]],
) -> list[StanceEvidence]:
    return [
        StanceEvidence(source=s, quote=f"quote {i}", status=status, date=day)
        for i, (s, status, day) in enumerate(quotes)
    ]


@given(st.sampled_from(Status), _QUOTES)
def test_a_timeline_is_sorted_and_places_every_quote_once(
    status: Status, quotes: list[tuple[str, Status | None, datetime.date | None]]
) -> None:
    history = history_of(status, _evidence(quotes), _SOURCES)
    starts = [s.first_seen for s in history.steps]
    assert starts == sorted(starts)
    assert all(s.first_seen <= s.last_seen for s in history.steps)
    assert all(a.status is not b.status for a, b in itertools.pairwise(history.steps))
    placed = [q.position for s in history.steps for q in s.evidence] + [
        q.position for q in history.undated
    ]
    assert sorted(placed) == list(range(len(quotes)))
    assert all(q.date is None for q in history.undated)
    assert [s.state for s in history.steps].count(State.CURRENT) <= 1


@given(st.sampled_from(Status), _QUOTES)
def test_without_statuses_of_its_own_a_stance_has_one_step(
    status: Status, quotes: list[tuple[str, Status | None, datetime.date | None]]
) -> None:
    history = history_of(status, _evidence([(s, None, d) for s, _, d in quotes]), _SOURCES)
    assert len(history.steps) <= 1
    assert all(s.status is status and s.state is State.CURRENT for s in history.steps)
    assert history.contradictions == ()


def test_show_tells_a_stances_history_and_its_contradictions(tmp_path: Path) -> None:
    path, _ = _ledger(tmp_path)
    run = run_cli("show", "DE", "-l", str(path), env={"COLUMNS": "200"})
    assert run.exit_code == 0, run.stderr
    assert (
        "  history: undecided since 2025-09-04 → ruled out since 2026-01-06 → considering since "
        "2026-01-06\n" in run.stdout
    )
    assert "— Boris Pistorius, supports ruled out; Deutsche Welle" in run.stdout
    assert "(u); not resolved" in run.stdout
    document = json.loads(run_cli("show", "DE", "-f", "json", "-l", str(path)).stdout)
    land = document["stances"]["land"]
    assert (land["since"], land["first_seen"], land["unresolved"]) == (
        "2026-01-06",
        "2025-09-04",
        0,
    )
    assert document["stances"]["financing"]["unresolved"] == 1


MOVING = textwrap.dedent(
    """\
    title: Test coalition
    as_of: 2026-01-10
    sources:
      p:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
      l:
        publisher: LIGA.net
        title: Merz on troops
        published: 2026-01-06
    countries:
      DE:
        group: coalition
        stances:
          land:
            status: undecided
            evidence:
              - source: p
                quote: "Berlin is reluctant to talk about German boots on the ground"  # kept
    """
)


def test_set_from_a_new_source_keeps_the_old_status_on_the_old_quotes(tmp_path: Path) -> None:
    path, _ = _ledger(tmp_path, MOVING)
    run = run_cli(
        "set", "DE", "land", "considering", "--source", "l",
        "--quote", "Germany may deploy troops in a NATO country nearby", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    text = path.read_text(encoding="utf-8")
    assert (
        '        quote: "Berlin is reluctant to talk about German boots on the ground"  # kept\n'
        "            status: undecided\n" in text
    )
    _, ledger = _ledger(tmp_path, text)
    (land,) = stance_timelines(ledger)
    assert [(s.status.value, s.state.value) for s in land.steps] == [
        ("undecided", "superseded"),
        ("considering", "current"),
    ]


def test_set_from_the_same_source_rereads_its_quotes(tmp_path: Path) -> None:
    path, _ = _ledger(tmp_path, MOVING)
    run = run_cli(
        "set", "DE", "land", "considering", "--source", "p",
        "--quote", "Berlin is reluctant to talk about German boots", "-l", str(path),
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert "status: undecided" not in path.read_text(encoding="utf-8")


def test_diff_and_textconv_see_a_quotes_status_and_a_resolution(tmp_path: Path) -> None:
    old, _ = _ledger(tmp_path)
    new = tmp_path / "new.yaml"
    new.write_text(
        TIMELINE.replace(
            "The chancellor speaks for the government", "Merz leads the cabinet"
        ).replace("status: ruled_out", "status: undecided"),
        encoding="utf-8",
    )
    run = run_cli("diff", str(old), str(new), "-f", "json")
    assert run.exit_code == 0, run.stderr
    found = {(c["kind"], c["field"], c["old"], c["new"]) for c in json.loads(run.stdout)["changes"]}
    assert ("evidence_changed", "status", "ruled_out", "undecided") in found
    assert (
        "stance_changed",
        "resolution",
        "follows l: The chancellor speaks for the government",
        "follows l: Merz leads the cabinet",
    ) in found
    facts = run_cli("textconv", str(new)).stdout
    assert "DE land resolution: follows l: Merz leads the cabinet\n" in facts
    assert (
        "“Germany will not send troops to Ukraine” — Boris Pistorius, supports undecided\n" in facts
    )
