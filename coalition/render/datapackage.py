"""A Frictionless data package: one CSV per table and a `datapackage.json`
that types every column, names the keys between tables and says when the
data was true (`as_of`) and which version of the contract it follows.

The CSVs are data for programs (pandas, R, Datawrapper, Flourish), UTF-8
without a byte-order mark, and yet safe to open in a spreadsheet: a text cell
a spreadsheet would run as a formula is prefixed with `'` (`spreadsheet_safe`,
as in every CSV coalition writes; the descriptor says so). Numbers, dates and
booleans are typed and never prefixed. `excel=True` adds a byte-order mark so
Excel reads UTF-8.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path
from typing import Any

from coalition import __version__
from coalition.analyse.contract import CONTRACT_VERSION, TABLES, Table
from coalition.analyse.tables import Tables
from coalition.render.csvfile import spreadsheet_safe
from coalition.render.output import build_folder, replace_file
from coalition.render.style import clean

DESCRIPTOR = "datapackage.json"
LICENCE = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 (the records; quotes remain their publishers')",
}


# Said in the descriptor, for whoever reads the CSVs with a program.
NEUTRALISED = (
    "Text cells that a spreadsheet would run as a formula (those starting with =, +, -, @, "
    "a tab or a carriage return, other than a plain number) are prefixed with an apostrophe "
    "('), as OWASP advises against CSV injection; numbers, dates and booleans are never "
    "prefixed."
)


def cell(value: Any) -> str:
    """A value as the CSV writes it: empty for none, `true`/`false`, ISO
    dates, text made safe for a spreadsheet."""
    if isinstance(value, str):
        return spreadsheet_safe(clean(value))
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def table_csv(table: Table, rows: list[dict[str, Any]], *, excel: bool = False) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = table.columns
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row[column]) for column in columns])
    return ("\ufeff" if excel else "") + out.getvalue()


def _schema(table: Table) -> dict[str, Any]:
    fields = []
    for field in table.fields:
        described: dict[str, Any] = {
            "name": field.name,
            "type": field.type,
            "description": field.description,
        }
        constraints: dict[str, Any] = {}
        if field.required:
            constraints["required"] = True
        if field.enum:
            constraints["enum"] = list(field.enum)
        if field.pattern:
            constraints["pattern"] = field.pattern.strip("^$")
        if constraints:
            described["constraints"] = constraints
        if field.type == "boolean":
            described["trueValues"], described["falseValues"] = ["true"], ["false"]
        fields.append(described)
    schema: dict[str, Any] = {
        "fields": fields,
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(k.fields),
                "reference": {"resource": k.table, "fields": list(k.reference)},
            }
            for k in table.foreign_keys
        ]
    return schema


def descriptor(tables: Tables) -> dict[str, Any]:
    """The `datapackage.json` of the tables."""
    return {
        "profile": "tabular-data-package",
        "name": "coalition-ledger",
        "title": clean(tables.title),
        "description": NEUTRALISED,
        "version": CONTRACT_VERSION,
        "as_of": tables.as_of,
        "release": tables.release,
        "generator": f"coalition {__version__}",
        "licenses": [LICENCE],
        "resources": [
            {
                "profile": "tabular-data-resource",
                "name": table.name,
                "path": f"{table.name}.csv",
                "description": table.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": _schema(table),
            }
            for table in TABLES
        ],
    }


def write_datapackage(tables: Tables, folder: Path, *, excel: bool = False) -> list[Path]:
    """Write the package into `folder` (made if missing): built whole beside
    it first, so a failure leaves no half-written package (`build_folder`);
    returns the files written."""
    files = {f"{t.name}.csv": table_csv(t, tables.rows[t.name], excel=excel) for t in TABLES}
    files[DESCRIPTOR] = json.dumps(descriptor(tables), indent=2, ensure_ascii=False) + "\n"

    def build(staging: Path) -> None:
        for name, text in files.items():
            replace_file(staging / name, text)

    build_folder(folder, build)
    return [folder / name for name in files]
