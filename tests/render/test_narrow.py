"""However narrow the terminal, the summary names every country and cuts no
status: a matrix while one fits, then a block per country."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURE_LEDGER, run_cli

LEDGER = str(FIXTURE_LEDGER)
NAMES = [
    "Belgium", "Canada", "Finland", "France", "Germany", "Italy", "Japan", "Poland",
    "United Kingdom", "United States",
]  # fmt: skip


@pytest.mark.parametrize("width", range(24, 121, 4))
def test_every_name_whole_and_no_status_cut(width: int) -> None:
    run = run_cli("summary", "-l", LEDGER, env={"COLUMNS": str(width)})
    assert run.exit_code == 0
    assert all(len(line) <= width for line in run.lines)
    words = set(run.stdout.split())
    for name in NAMES:
        assert all(word in words for word in name.split()), (width, name)
    table = run.stdout.split("\noverall:")[0]
    assert "…" not in table  # neither a heading nor a status shortened with an ellipsis


def test_narrow_is_a_block_per_country() -> None:
    run = run_cli("summary", "-l", LEDGER, env={"COLUMNS": "40"})
    lines = run.lines
    assert lines[lines.index("United Kingdom") + 1].split()[0] in ("overall", "land")
    assert "  land      ● committed" in lines
