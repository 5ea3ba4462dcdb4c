"""Regenerate what README.md and the pages of docs/ show from the real
commands: the examples printed from the shipped ledger (and its git history),
the example SQL's results and the exports' tables.

    python -m scripts.update_docs          # rewrite the pages
    python -m scripts.update_docs --check  # exit 1 if a page is out of date

tests/data/test_doc_examples.py (`pytest -m data`) runs the same examples, so
a page that no longer shows what the commands print fails the data suite;
this script is how to mend it. (The rules and commands pages have scripts of
their own: scripts/rules_page.py, scripts/commands_page.py.)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
DOCS = REPO / "docs"
EXPORTS = DOCS / "exports.md"
TABLES_BEGIN, TABLES_END = "<!-- data tables: begin -->\n", "<!-- data tables: end -->"

# The exports page's example SQL, run on `coalition export sqlite --history` of the
# shipped ledger and this repository's history; each is followed in the
# page by a ```sql block holding it and a plain block holding its result.
QUERIES: list[tuple[str, str]] = [
    (
        "<!-- query: land -->",
        "SELECT c.name, s.status, s.detail\n"
        "FROM stances AS s JOIN countries AS c ON c.code = s.country\n"
        "WHERE s.domain = 'land' AND s.strength >= 3\n"
        "ORDER BY s.strength DESC, c.name;",
    ),
    (
        "<!-- query: search -->",
        "SELECT e.country, e.domain, e.source\n"
        "FROM evidence_fts JOIN evidence AS e ON e.id = evidence_fts.rowid\n"
        "WHERE evidence_fts MATCH 'monitoring'\n"
        "ORDER BY e.country, e.domain;",
    ),
    (
        "<!-- query: history -->",
        "SELECT substr(date, 1, 10) AS day, status_before, status_after, correction, sources\n"
        "FROM stance_history\n"
        "WHERE country = 'DE' AND domain = 'land'\n"
        "ORDER BY date;",
    ),
    (
        "<!-- query: since -->",
        "SELECT c.name, h.status_before, h.status_after, h.news_date, h.recorded_on, h.evidence\n"
        "FROM stance_history AS h JOIN countries AS c ON c.code = h.country\n"
        "WHERE h.domain = 'land' AND h.news_date >= '2025-12-01' AND NOT h.correction\n"
        "ORDER BY h.news_date, c.name;",
    ),
]

# (the page, the heading or marker the example follows, the command's
# arguments). Each example is the first plain ``` block after its heading.
EXAMPLES: list[tuple[Path, str, list[str]]] = [
    (DOCS / "views.md", "## `coalition summary`", ["summary"]),
    (DOCS / "views.md", "## `coalition show CODE`", ["show", "FI"]),
    (DOCS / "views.md", "## `coalition domain DOMAIN`", ["domain", "land"]),
    (DOCS / "time.md", "## `coalition diff OLD [NEW]`", ["diff", "2026-11-25", "--country", "DE"]),
    (DOCS / "time.md", "## `coalition log [CODE]`", ["log", "Italy"]),
]


def run(*args: str) -> str:
    """What `coalition ARGS` prints on the shipped ledger, 80 columns, plain,
    run from the repository as a reader would (so no path of this machine)."""
    environment = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "COALITION_LEDGER": ""}
    environment.pop("FORCE_COLOR", None)
    result = subprocess.run(
        [sys.executable, "-m", "coalition", *args, "-l", "contributions.yaml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    return result.stdout


# The README shows `coalition summary` as a picture: the whole table, in a
# terminal's colours, without a hundred lines of text in the README.
SUMMARY_PICTURE = DOCS / "images" / "summary.svg"


def summary_picture() -> str:
    """`coalition summary` of the shipped ledger as a terminal shows it (100
    columns, in colour), drawn as SVG by Rich."""
    from rich.console import Console
    from rich.text import Text

    environment = {**os.environ, "COLUMNS": "100", "FORCE_COLOR": "1", "COALITION_LEDGER": ""}
    environment.pop("NO_COLOR", None)
    printed = subprocess.run(
        [sys.executable, "-m", "coalition", "summary", "-l", "contributions.yaml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    ).stdout
    with Path(os.devnull).open("w", encoding="utf-8") as nowhere:
        console = Console(record=True, width=100, file=nowhere)
        console.print(Text.from_ansi(printed), end="")
        return console.export_svg(title="coalition summary")


def example_after(text: str, heading: str) -> tuple[int, int]:
    """The span of the example block after `heading`."""
    start = text.index("```\n", text.index(heading)) + 4
    return start, text.index("\n```", start)


def query_results(database: Path) -> dict[str, str]:
    """Each query's result as the page shows it: a header and a line per
    row, cells separated by ' | ', an empty cell for NULL."""
    import sqlite3

    results = {}
    with sqlite3.connect(database) as connection:
        for marker, sql in QUERIES:
            cursor = connection.execute(sql)
            lines = [" | ".join(column[0] for column in cursor.description)]
            for row in cursor.fetchall():
                lines.append(" | ".join("" if v is None else str(v) for v in row))
            results[marker] = "\n".join(lines)
    return results


def exported_database(folder: Path) -> Path:
    """`coalition export sqlite --history` of the shipped ledger."""
    database = folder / "coalition.db"
    command = ["export", "sqlite", str(database), "--history", "--ledger", "contributions.yaml"]
    subprocess.run(
        [sys.executable, "-m", "coalition", *command],
        cwd=REPO,
        capture_output=True,
        check=True,
    )
    return database


def data_tables() -> str:
    """The data contract as Markdown: a table per exported table."""
    from coalition.analyse.contract import HISTORY, TABLES

    parts = []
    for table in (*TABLES, HISTORY):
        key = ", ".join(table.primary_key)
        parts.append(f"**`{table.name}`** — {table.description} Key: {key}.\n")
        parts.append("| column | type | meaning |\n| --- | --- | --- |")
        for field in table.fields:
            allowed = (
                f" One of: {', '.join(field.enum)}." if field.enum and len(field.enum) < 8 else ""
            )
            parts.append(f"| `{field.name}` | {field.type} | {field.description}{allowed} |")
        parts.append("")
    return "\n".join(parts)


def updated_exports(text: str) -> str:
    """The exports page with its queries' results and the tables' contract."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        results = query_results(exported_database(Path(folder)))
    for marker, sql in QUERIES:
        start = text.index("```sql\n", text.index(marker)) + len("```sql\n")
        end = text.index("\n```", start)
        text = text[:start] + sql + text[end:]
        start = text.index("```\n", start + len(sql) + 4) + 4
        end = text.index("\n```", start)
        text = text[:start] + results[marker] + text[end:]
    start = text.index(TABLES_BEGIN) + len(TABLES_BEGIN)
    return text[:start] + data_tables() + text[text.index(TABLES_END) :]


def updated_pages() -> dict[Path, str]:
    """Every page this script writes, as it should read now."""
    pages = {page: page.read_text(encoding="utf-8") for page, _, _ in EXAMPLES}
    pages[EXPORTS] = updated_exports(EXPORTS.read_text(encoding="utf-8"))
    pages[SUMMARY_PICTURE] = summary_picture()
    for page, heading, args in EXAMPLES:
        start, end = example_after(pages[page], heading)
        pages[page] = pages[page][:start] + run(*args).rstrip() + pages[page][end:]
    return pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    options = parser.parse_args()
    pages = updated_pages()
    stale = [
        page
        for page, text in pages.items()
        if not page.exists() or page.read_text(encoding="utf-8") != text
    ]
    if options.check:
        return 1 if stale else 0
    for page in stale:
        page.write_text(pages[page], encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
