"""The examples of README.md and docs/: what the commands print from the
shipped ledger and this repository's history, and what the exports page's SQL
finds in the export. They change whenever the ledger does, so they are data
checks (`pytest -m data`); mend them with `python -m scripts.update_docs`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.update_docs import (
    EXAMPLES,
    EXPORTS,
    QUERIES,
    SUMMARY_PICTURE,
    data_tables,
    exported_database,
    query_results,
    summary_picture,
)
from tests.conftest import REPO, run_cli

pytestmark = pytest.mark.data


def _example_after(page: Path, heading: str) -> str:
    text = page.read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    return section.split("```\n", 1)[1].split("\n```", 1)[0]


def test_the_pages_show_what_the_commands_print(monkeypatch: pytest.MonkeyPatch) -> None:
    """Mend with `python -m scripts.update_docs`."""
    monkeypatch.chdir(REPO)
    for page, heading, args in EXAMPLES:
        run = run_cli(*args, "-l", "contributions.yaml", env={"COLUMNS": "80"})
        assert run.stdout.rstrip() == _example_after(page, heading), (page.name, heading)


def test_the_exports_page_shows_what_the_queries_return(tmp_path: Path) -> None:
    """The exports page's SQL, run on `export sqlite --history` of the
    shipped ledger; mend with `python -m scripts.update_docs`."""
    text = EXPORTS.read_text(encoding="utf-8")
    results = query_results(exported_database(tmp_path))
    for marker, sql in QUERIES:
        after = text[text.index(marker) :]
        assert after.startswith(f"{marker}\n```sql\n{sql}\n```\n\n```\n{results[marker]}\n```"), (
            marker
        )
    assert len(results["<!-- query: land -->"].splitlines()) > 1  # the queries find something
    assert data_tables() in text


def test_the_readme_pictures_what_summary_prints() -> None:
    """The README's picture of `coalition summary`; mend with
    `python -m scripts.update_docs`."""
    assert SUMMARY_PICTURE.read_text(encoding="utf-8") == summary_picture()
    assert f"]({SUMMARY_PICTURE.relative_to(REPO)})" in (REPO / "README.md").read_text("utf-8")
