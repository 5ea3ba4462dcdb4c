"""Who does what: the analysis as data, and the commands through the CLI."""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from coalition.analyse.summary import (
    Filters,
    SortOrder,
    StatusFilter,
    group_by_status,
    summarise,
)
from coalition.load import load_ledger
from coalition.model.countries import find_country
from coalition.model.ledger import Ledger
from coalition.model.vocabulary import Group, Status
from tests.conftest import run_cli

Write = Callable[..., Path]

LEDGER = textwrap.dedent(
    """\
    title: Test coalition
    as_of: 2025-09-04
    sources:
      p:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
    reported:
      - value: 3
        counts: countries committed
        status: committed
        source: p
        quote: Three countries committed
    countries:
      PL:
        group: coalition
        stances:
          land: {status: ruled_out, evidence: [{source: p, quote: No troops}]}
          logistics: {status: offered, evidence: [{source: p, quote: Transport}]}
      IT:
        group: coalition
        stances:
          air: {status: considering, evidence: [{source: p, quote: Weighing patrols}]}
      GB:
        group: coalition
        role: co-host
        stances:
          land: {status: committed, evidence: [{source: p, quote: Troops}]}
          sea: {status: committed, evidence: [{source: p, quote: Ships}]}
      US:
        group: partner
        overall: {status: offered, evidence: [{source: p, quote: Willing}]}
        stances:
          land: {status: ruled_out, evidence: [{source: p, quote: No soldiers}]}
      FR:
        group: coalition
        role: co-host
    """
)


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    path = tmp_path / "contributions.yaml"
    path.write_text(LEDGER, encoding="utf-8")
    loaded = load_ledger(path)
    assert loaded.ledger is not None, loaded.problems
    return loaded.ledger


@pytest.fixture
def ledger_path(ledger_file: Write) -> str:
    return str(ledger_file(LEDGER))


def names(
    ledger: Ledger, filters: Filters | None = None, sort: SortOrder = SortOrder.NAME
) -> list[str]:
    return [row.code for row in summarise(ledger, filters or Filters(), sort).rows]


def test_rows_by_name_with_cells(ledger: Ledger) -> None:
    summary = summarise(ledger)
    assert [row.name for row in summary.rows] == [
        "France",
        "Italy",
        "Poland",
        "United Kingdom",
        "United States",
    ]
    us = summary.rows[-1]
    assert (us.alpha3, us.group, us.cells) == (
        "USA",
        Group.PARTNER,
        {"overall": Status.OFFERED, "land": Status.RULED_OUT},
    )


def test_totals_strongest_first(ledger: Ledger) -> None:
    totals = summarise(ledger).totals
    assert totals["land"] == {Status.COMMITTED: 1, Status.RULED_OUT: 2}
    assert totals["cyber"] == {}
    assert list(totals) == ["overall", "land", "sea", "air", "cyber", "logistics", "financing"]


def test_sort_by_code_and_strength(ledger: Ledger) -> None:
    assert names(ledger, sort=SortOrder.CODE) == ["FR", "GB", "IT", "PL", "US"]
    assert names(ledger, sort=SortOrder.STRENGTH) == ["GB", "PL", "US", "IT", "FR"]


def test_status_exact_and_at_least(ledger: Ledger) -> None:
    exact = Filters(statuses=(StatusFilter.parse("ruled_out"),))
    assert names(ledger, exact) == ["PL", "US"]
    assert summarise(ledger, exact).rows[0].cells == {"land": Status.RULED_OUT}
    at_least = Filters(statuses=(StatusFilter.parse("offered+"),))
    assert names(ledger, at_least) == ["PL", "GB", "US"]


def test_filters_combine(ledger: Ledger) -> None:
    filters = Filters(columns=("land",), statuses=(StatusFilter.parse("ruled_out"),))
    assert names(ledger, filters) == ["PL", "US"]
    filters = Filters(columns=("land",), groups=(Group.COALITION,))
    assert names(ledger, filters) == ["PL", "GB"]
    assert names(ledger, Filters(countries=("it", "FR"))) == ["FR", "IT"]


def test_filter_matching_nothing(ledger: Ledger) -> None:
    assert names(ledger, Filters(statuses=(StatusFilter.parse("delivering"),))) == []


def test_named_count_against_a_reported_figure(ledger: Ledger) -> None:
    assert summarise(ledger).reported[0].named == 1
    # Counted in the whole ledger, whatever the filters show.
    filters = Filters(columns=("air",))
    assert summarise(ledger, filters).reported[0].named == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("comitted", "'comitted' is not a status; did you mean 'committed'?"),
        ("maybe", "'maybe' is not a status; statuses, weakest to strongest: ruled_out,"),
    ],
)
def test_status_filter_errors(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        StatusFilter.parse(text)


def test_find_country(ledger: Ledger) -> None:
    assert find_country(ledger, "gb").code == "GB"
    assert find_country(ledger, "United kingdom").code == "GB"
    assert find_country(ledger, "GBR").code == "GB"
    assert find_country(ledger, "Itly").suggestions == ("IT",)
    assert find_country(ledger, "Spain").known_elsewhere == "ES"
    assert find_country(ledger, "zz").code is None


def test_group_by_status_strongest_first(ledger: Ledger) -> None:
    view = group_by_status(ledger, "land")
    assert [(status, [r.code for r in rows]) for status, rows in view.groups] == [
        (Status.COMMITTED, ["GB"]),
        (Status.RULED_OUT, ["PL", "US"]),
    ]


# -- through the command line ------------------------------------------------------


def test_summary_json(ledger_path: str) -> None:
    run = run_cli("summary", "-l", ledger_path, "--format", "json", "--domain", "land,overall")
    assert run.exit_code == 0
    document = json.loads(run.stdout)
    assert document["as_of"] == "2025-09-04"
    assert document["countries"][-1] == {
        "code": "US",
        "alpha3": "USA",
        "name": "United States",
        "group": "partner",
        "role": None,
        "overall": "offered",
        "stances": {"land": "ruled_out"},
        "scopes": {},
        "hedges": {},
    }
    assert document["totals"] == {
        "overall": {"offered": 1},
        "land": {"committed": 1, "ruled_out": 2},
    }
    assert document["reported"][0]["named"] == 1


def test_summary_csv_has_codes_and_as_of(ledger_path: str) -> None:
    run = run_cli("summary", "-l", ledger_path, "-f", "csv", "--sort", "code")
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    assert rows[1] == {
        "as_of": "2025-09-04",
        "code": "GB",
        "alpha3": "GBR",
        "name": "United Kingdom",
        "group": "coalition",
        "role": "co-host",
        "overall": "",
        "land": "committed",
        "sea": "committed",
        "air": "",
        "cyber": "",
        "logistics": "",
        "financing": "",
        "scopes": "",
        "hedges": "",
        "amounts": "",
    }


def test_show_unknown_country_is_a_usage_error_with_matches(ledger_path: str) -> None:
    run = run_cli("show", "Itly", "-l", ledger_path)
    assert run.exit_code == 2
    assert run.stderr.endswith(
        "Invalid value for 'CODE': no country 'Itly' in the ledger; did you mean Italy (IT)?\n"
    )


def test_show_country_not_in_the_ledger(ledger_path: str) -> None:
    run = run_cli("show", "es", "-l", ledger_path)
    assert run.exit_code == 1
    assert "Spain (ES) is not in the ledger" in run.stderr


def test_show_json(ledger_path: str) -> None:
    run = run_cli("show", "pl", "-l", ledger_path, "-f", "json")
    document = json.loads(run.stdout)
    assert document["stances"]["logistics"] == {
        "status": "offered",
        "detail": None,
        "scope": None,
        "hedge": None,
        "conditions": [],
        "reviewed": None,
        "amounts": [],
        "evidence": [
            {
                "quote": "Transport",
                "speaker": None,
                "attribution": None,
                "source": "p",
                "publisher": "Politico",
                "title": "Allies ready",
                "published": "2025-09-04",
                "url": None,
                "date_basis": "stated",
                "translation": None,
                "speaker_country": None,
                "paraphrase": False,
                "via": None,
                "date": None,
                "checked": False,
            }
        ],
        "since": "2025-09-04",
        "first_seen": "2025-09-04",
        "history": [
            {
                "status": "offered",
                "first_seen": "2025-09-04",
                "last_seen": "2025-09-04",
                "state": "current",
            }
        ],
        "contradictions": 0,
        "unresolved": 0,
    }


def test_domain_markdown(ledger_path: str) -> None:
    run = run_cli("domain", "LAND", "-l", ledger_path, "-f", "markdown")
    assert run.exit_code == 0
    assert run.lines[-2:] == [
        "- **● committed**: United Kingdom",
        "- **✗ ruled out**: Poland, United States",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["summary", "--status", "comitted"], "did you mean 'committed'?"),
        (["summary", "--domain", "airforce"], "did you mean 'air'?"),
        (["summary", "--group", "allies"], "groups are: coalition, partner, other"),
        (["summary", "--country", "Atlantis"], "no country 'Atlantis' in the ledger"),
        (["domain", "space"], "'space' is not a domain"),
        (["summary", "--sort", "size"], "size"),
    ],
)
def test_usage_errors_exit_two(ledger_path: str, args: list[str], message: str) -> None:
    run = run_cli(*args, "-l", ledger_path)
    assert run.exit_code == 2
    assert message in " ".join(run.stderr.split())


def test_an_invalid_ledger_is_not_summarised(ledger_file: Write) -> None:
    path = ledger_file(LEDGER.replace("status: considering", "status: comitted"))
    run = run_cli("summary", "-l", str(path))
    assert run.exit_code == 1
    assert run.stdout == ""
    assert "'comitted' is not a known status" in run.stderr
    assert "the ledger has errors; fix them first" in run.stderr


def test_a_missing_ledger_exits_two(tmp_path: Path) -> None:
    run = run_cli("summary", "-l", str(tmp_path / "none.yaml"))
    assert run.exit_code == 2


def test_ledger_text_never_acts_on_the_terminal_or_the_page(ledger_file: Write) -> None:
    hostile = LEDGER.replace(
        "role: co-host\n    stances:",
        'role: "[red]x[/] [link=http://e]y :warning: =cmd|x <b>"\n    stances:',
    )
    path = str(ledger_file(hostile))
    table = run_cli("summary", "-l", path, env={"FORCE_COLOR": "1"})
    shown = run_cli("show", "GB", "-l", path, env={"FORCE_COLOR": "1"})
    assert table.exit_code == 0
    assert "[red]x[/] [link=http://e]y :warning: =cmd|x <b>" in shown.stdout
    assert "\x1b]8;" not in shown.stdout and "⚠" not in shown.stdout
    markdown = run_cli("show", "GB", "-l", path, "-f", "markdown").stdout
    assert r"\[red\]x\[/\] \[link=`http://e]y` :warning: =cmd\|x \<b\>" in markdown
    csv_out = run_cli("summary", "-l", path, "-f", "csv").stdout
    assert ",\"'=cmd" not in csv_out  # the role does not start with '=' …
    formula = LEDGER.replace("role: co-host\n    stances:", "role: '=HYPERLINK(1)'\n    stances:")
    rows = list(
        csv.DictReader(
            io.StringIO(
                run_cli("summary", "-l", str(ledger_file(formula, "f.yaml")), "-f", "csv").stdout
            )
        )
    )
    assert [r["role"] for r in rows if r["code"] == "GB"] == ["'=HYPERLINK(1)"]


def test_no_colour_when_asked_even_on_a_terminal(ledger_path: str) -> None:
    run = run_cli("summary", "-l", ledger_path, env={"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert "\x1b" not in run.stdout
    coloured = run_cli("summary", "-l", ledger_path, env={"FORCE_COLOR": "1"})
    assert "\x1b[" in coloured.stdout


@pytest.mark.parametrize("output_format", ["table", "markdown", "csv", "json"])
def test_renderers_drop_escape_sequences_whatever_the_loader_let_through(
    ledger: Ledger, output_format: str
) -> None:
    """Defence in depth: the loader refuses control characters, and a
    renderer handed one anyway still does not pass it to the terminal."""
    from dataclasses import replace

    from coalition.render import RenderOptions, render

    summary = summarise(ledger)
    row = replace(summary.rows[0], name="Fr\x1b[2J\x1b]8;;http://e\x07ance")
    summary = replace(summary, rows=(row,))
    out = io.StringIO()
    render("summary", output_format, summary, out, RenderOptions(colour=False, width=80))
    # JSON keeps the data, escaped as \u001b, which no terminal acts on.
    assert "\x1b" not in out.getvalue() and "\x07" not in out.getvalue()
