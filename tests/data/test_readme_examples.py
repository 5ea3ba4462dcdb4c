"""The README's examples: what the commands print from the shipped ledger
and this repository's history, and what its SQL finds in the export. They
change whenever the ledger does, so they are data checks (`pytest -m data`);
mend them with `python -m scripts.update_readme`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.update_readme import EXAMPLES, QUERIES, data_tables, exported_database, query_results
from tests.conftest import REPO, run_cli

pytestmark = pytest.mark.data

README = (REPO / "README.md").read_text(encoding="utf-8")


def _example_after(heading: str) -> str:
    section = README[README.index(heading) :]
    return section.split("```\n", 1)[1].split("\n```", 1)[0]


def test_the_readme_shows_what_the_commands_print(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mend with `python -m scripts.update_readme`."""
    monkeypatch.chdir(REPO)
    for heading, args in EXAMPLES:
        run = run_cli(*args, "-l", "contributions.yaml", env={"COLUMNS": "80"})
        assert run.stdout.rstrip() == _example_after(heading), heading


def test_the_data_section_shows_what_the_queries_return(tmp_path: Path) -> None:
    """The README's SQL, run on `export sqlite --history` of the shipped
    ledger; mend with `python -m scripts.update_readme`."""
    results = query_results(exported_database(tmp_path))
    for marker, sql in QUERIES:
        after = README[README.index(marker) :]
        assert after.startswith(f"{marker}\n```sql\n{sql}\n```\n\n```\n{results[marker]}\n```"), (
            marker
        )
    assert len(results["<!-- query: land -->"].splitlines()) > 1  # the queries find something
    assert data_tables() in README
