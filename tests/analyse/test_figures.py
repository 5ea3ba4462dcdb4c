"""A reported figure is compared like with like: with the stances in force on
its date, and of the same kind (a status, or the coalition's members)."""

from __future__ import annotations

import datetime
import textwrap

from coalition.analyse.figures import Counted, Named, named_for
from coalition.analyse.summary import summarise
from coalition.model.ledger import Ledger
from coalition.render.style import reported_sentence

LEDGER = textwrap.dedent(
    """\
    title: Test
    as_of: 2026-01-07
    sources:
      sept:
        publisher: Politico
        title: Allies ready
        published: 2025-09-04
      jan:
        publisher: Reuters
        title: Paris declaration
        published: 2026-01-07
      london:
        publisher: Nippon
        title: London meeting
        published: 2025-10-25
      undated:
        publisher: A ministry
        title: A page
        published:
        date_basis: unknown
    reported:
      - value: 26
        counts: countries formally committed
        status: committed
        source: sept
        quote: "26 countries committed"
      - value: 20
        qualifier: more than
        counts: countries whose leaders attended
        source: london
        quote: "attended by more than 20"
        date: 2025-10-24
      - value: 5
        counts: countries, some day
        status: committed
        source: undated
        quote: "five countries"
    countries:
      FR:
        group: coalition
        stances:
          land:
            status: committed
            evidence:
              - {source: jan, quote: "Troops after a ceasefire"}
              - {source: sept, quote: "We are weighing it", status: considering}
      GB:
        group: coalition
        overall:
          status: committed
          evidence: [{source: sept, quote: "We commit"}]
      DE:
        group: coalition
        stances:
          air:
            status: considering
            evidence: [{source: jan, quote: "Air defences, perhaps"}]
      BE:
        group: coalition
        stances:
          air:
            status: committed
            evidence: [{source: undated, quote: "Belgium commits"}]
      US:
        group: partner
        stances:
          air:
            status: committed
            evidence: [{source: sept, quote: "A backstop"}]
    """
)


def ledger() -> Ledger:
    import yaml

    return Ledger.model_validate(yaml.safe_load(LEDGER))


def test_a_status_figure_counts_the_stances_in_force_on_its_date() -> None:
    book = ledger()
    # 4 September: GB overall and the US were committed; France only weighed
    # it then (committed since January); Belgium's source has no date.
    assert named_for(book, book.reported[0]) == Named(
        2, Counted.STATUS, datetime.date(2025, 9, 4), undated=1
    )


def test_a_figure_without_status_counts_the_coalition_named_by_its_own_date() -> None:
    book = ledger()
    # Said on 24 October (published the 25th): FR and GB were named by then,
    # DE only in January; BE undated; the US is a partner.
    assert named_for(book, book.reported[1]) == Named(
        2, Counted.COALITION, datetime.date(2025, 10, 24), undated=1
    )


def test_a_figure_of_unknown_date_is_compared_with_the_ledger_as_it_stands() -> None:
    book = ledger()
    assert named_for(book, book.reported[2]) == Named(4, Counted.STATUS, None)


def test_the_summary_says_what_it_compares_and_on_which_day() -> None:
    lines = [reported_sentence(f, str) for f in summarise(ledger()).reported]
    assert lines == [
        "26 countries formally committed (Politico, 2025-09-04); on 2025-09-04 the ledger "
        "names 2 committed or stronger (overall or in any domain), and 1 more whose sources "
        "give no date",
        "more than 20 countries whose leaders attended (Nippon, 2025-10-25); on 2025-10-24 "
        "the ledger names 2 in the coalition group, and 1 more whose sources give no date",
        "5 countries, some day (A ministry, date unknown); the ledger names 4 committed or "
        "stronger (overall or in any domain) today, the figure's date being unknown",
    ]
