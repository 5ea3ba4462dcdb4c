"""The JSON Schema of the ledger, generated from the pydantic models.

An editor with a YAML language server reads it (the ledger's first line
points at `contributions.schema.json`) to complete keys and statuses and flag
mistakes while the journalist types. `coalition validate` remains the judge:
the schema cannot know, for instance, that a quote is in its source.
"""

from __future__ import annotations

import json
from typing import Any

from coalition.model.ledger import Ledger

SCHEMA_FILE = "contributions.schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def ledger_schema() -> dict[str, Any]:
    schema = Ledger.model_json_schema()
    countries = schema["properties"]["countries"]
    countries["propertyNames"] = {
        "pattern": "^[A-Z]{2}$",
        "description": "An ISO 3166-1 alpha-2 code in capitals: FR, GB (not UK), NO, US.",
    }
    return {"$schema": DIALECT, **schema}


def schema_text() -> str:
    return json.dumps(ledger_schema(), indent=2, ensure_ascii=False) + "\n"
