"""The tables in SQLite, for Datasette and SQL: keys, foreign keys and indexes
declared, full-text search on quotes and details, and (with history) one row
per stance per commit that moved it.

The current tables describe one moment (`as_of`), so each export replaces
them whole, in one transaction. The history only grows: a row is keyed by
commit, country and domain, and an export after new commits adds the new
rows and leaves the others as they are (as git-history does for a file).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from coalition.analyse.contract import CONTRACT_VERSION, HISTORY, TABLES, Table
from coalition.analyse.tables import Row, Tables
from coalition.render.output import replace_database

_TYPES = {"string": str, "integer": int, "number": float, "boolean": int, "date": str}
# NUMERIC keeps a whole number whole (200, not 200.0) and a decimal a decimal.
_SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "NUMERIC", "boolean": "INTEGER"}
_SQL_TYPES["date"] = "TEXT"
# Tables others point at first, so that their foreign keys can be declared.
_ORDER = sorted(TABLES, key=lambda t: bool(t.foreign_keys))


def _value(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _create(db: Any, table: Table) -> None:
    if any(len(key.fields) > 1 for key in table.foreign_keys):
        db.execute(_create_sql(table))
    else:
        db.table(table.name).create(
            {field.name: _TYPES[field.type] for field in table.fields},
            pk=table.primary_key[0] if len(table.primary_key) == 1 else table.primary_key,
            not_null={field.name for field in table.fields if field.required},
            foreign_keys=[(k.fields[0], k.table, k.reference[0]) for k in table.foreign_keys],
        )
    for key in table.foreign_keys:
        db.table(table.name).create_index(list(key.fields), if_not_exists=True)
    if table.searchable:
        db.table(table.name).enable_fts(list(table.searchable), create_triggers=True, replace=True)


def _create_sql(table: Table) -> str:
    """The table's CREATE TABLE, written out: sqlite-utils declares a foreign
    key of one column only, and a figure points at its stance by two
    (country, domain). Names come from the contract, never from the ledger."""

    def names(fields: tuple[str, ...]) -> str:
        return ", ".join(f"[{name}]" for name in fields)

    columns = [
        f"[{f.name}] {_SQL_TYPES[f.type]}" + (" NOT NULL" if f.required else "")
        for f in table.fields
    ]
    columns.append(f"PRIMARY KEY ({names(table.primary_key)})")
    columns += [
        f"FOREIGN KEY ({names(k.fields)}) REFERENCES [{k.table}]({names(k.reference)})"
        for k in table.foreign_keys
    ]
    return f"CREATE TABLE [{table.name}] (\n   " + ",\n   ".join(columns) + "\n)"


def _rows(rows: list[Row]) -> list[Row]:
    return [{key: _value(value) for key, value in row.items()} for row in rows]


def write_sqlite(tables: Tables, path: Path, history: list[Row] | None = None) -> dict[str, int]:
    """Write the tables (and add new history rows) to the database at `path`,
    made if missing; returns how many rows each table holds now. The work is
    done on a copy that then replaces the database (`replace_database`): a
    full disk leaves the database as it was, or none, and no debris."""
    return replace_database(path, lambda copy: _write(tables, copy, history))


def _write(tables: Tables, path: Path, history: list[Row] | None) -> dict[str, int]:
    import sqlite_utils

    db = sqlite_utils.Database(path)
    try:
        return _fill(db, tables, history)
    finally:
        db.conn.close()


def _fill(db: Any, tables: Tables, history: list[Row] | None) -> dict[str, int]:
    with db.conn:
        for table in reversed(_ORDER):  # those that point at others go first
            for name in (f"{table.name}_fts", table.name):
                if db.table(name).exists():
                    db.table(name).drop()
        for table in _ORDER:
            _create(db, table)
            db.table(table.name).insert_all(_rows(tables.rows[table.name]))
        db.table("meta").insert({"key": "as_of", "value": tables.as_of}, pk="key", replace=True)
        db.table("meta").insert(
            {"key": "contract_version", "value": CONTRACT_VERSION}, replace=True
        )
        db.table("meta").insert({"key": "title", "value": tables.title}, replace=True)
        db.table("meta").insert({"key": "release", "value": tables.release}, replace=True)
        if history is not None:
            if not db.table(HISTORY.name).exists():
                _create(db, HISTORY)
            # Rows are facts of git and the ledger: the same commit gives the
            # same row, but for its release, known once one holds it; a file
            # of an older contract gains the new columns.
            db.table(HISTORY.name).upsert_all(
                _rows(history), pk=list(HISTORY.primary_key), alter=True
            )
    names = [t.name for t in TABLES] + ([HISTORY.name] if db.table(HISTORY.name).exists() else [])
    return {name: db.table(name).count for name in names}
