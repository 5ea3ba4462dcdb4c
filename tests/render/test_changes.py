"""Plain `diff` and `log` output breaks lines as Rich does, without Rich."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from coalition.render.changes import wrap
from tests.conftest import FIXTURE


def _rich_wrap(text: str, width: int) -> list[str]:
    console = Console(width=200, color_system=None, markup=False, emoji=False)
    return [line.plain.rstrip() for line in Text(text).wrap(console, width, overflow="fold")]


_WORDS = st.lists(
    st.sampled_from(
        ["a", "word", "longer-word", "é", "中文", "“quote”", "—", " ", "  ", "\n", "x" * 30]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_WORDS, st.integers(min_value=8, max_value=80))
def test_wrap_breaks_as_rich_does(text: str, width: int) -> None:
    mine = wrap(text, width)
    if mine is not None:
        assert mine == _rich_wrap(text, width)


def test_characters_taken_as_one_cell_are_one_cell_for_rich() -> None:
    from rich.cells import cell_len

    from coalition.render.changes import _ONE_CELL

    taken = [chr(c) for c in range(0x3000) if _ONE_CELL.fullmatch(chr(c))]
    assert len(taken) > 700
    assert [c for c in taken if cell_len(c) != 1] == []


def test_a_word_wider_than_the_line_is_left_to_rich() -> None:
    assert wrap("a " + "x" * 30, 20) is None
    assert wrap("tab\there", 20) is None


def test_plain_diff_output_does_not_import_rich() -> None:
    code = (
        "import io, sys\n"
        "from coalition.load import load_ledger\n"
        "from coalition.analyse.diff import diff_ledgers, diff_view\n"
        "from coalition.render import render, RenderOptions\n"
        "a = load_ledger('contributions.yaml').ledger\n"
        "render('diff', 'table', diff_view('a', 'b', a, a, diff_ledgers(a, a)), io.StringIO(),"
        " RenderOptions())\n"
        "print(sorted(m for m in sys.modules if m.startswith('rich.') and m != 'rich.cells'"
        " and not m.startswith('rich._')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=FIXTURE, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


@pytest.mark.usefixtures("synthetic_from_the_fixture")
@pytest.mark.parametrize("width", [40, 80, 120])
def test_a_plain_diff_is_what_rich_prints_without_colour(width: int) -> None:
    from benchmarks.ledgers import changed_statuses, make_ledger
    from coalition.analyse.diff import diff_ledgers, diff_view
    from coalition.load import load_ledger_bytes
    from coalition.render import RenderOptions, render
    from coalition.render.changes import _write_with_rich, diff_lines

    text = make_ledger(60_000)
    old = load_ledger_bytes(text.encode(), "a.yaml").ledger
    new = load_ledger_bytes(
        make_ledger(60_000, statuses=changed_statuses(text, 40)).encode(), "b.yaml"
    ).ledger
    assert old is not None and new is not None
    view = diff_view("a.yaml", "b.yaml", old, new, diff_ledgers(old, new))
    plain, printed = io.StringIO(), io.StringIO()
    render("diff", "table", view, plain, RenderOptions(width=width))
    _write_with_rich(diff_lines(view), printed, RenderOptions(width=width))
    assert plain.getvalue() == printed.getvalue()
    assert plain.getvalue().count("\n") > 100
