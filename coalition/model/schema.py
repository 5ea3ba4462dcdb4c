"""The JSON Schema of the ledger, generated from the pydantic models.

An editor with a YAML language server reads it (the ledger's first line
points at `contributions.schema.json`) to complete keys and statuses and flag
mistakes while the journalist types. Its verdict agrees with `validate`
wherever a schema can say it: the schema is rewritten to read YAML as
`validate` does (every scalar is text, so `title: 2025` is a title and
`value: "26"` a number; `conditions:` left empty means none), and country
keys are the ISO codes themselves, not two capitals. What needs more than the
document's shape (a quote in its archive, a source that is defined) is
`validate`'s alone; tests/model/test_schema_agreement.py holds both to that.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from coalition.model import ledger as models
from coalition.model.countries import iso_countries
from coalition.model.ledger import Ledger

SCHEMA_FILE = "contributions.schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"

# What pydantic reads as a boolean from text, in any case.
_BOOLEAN_WORDS = ("true", "false", "yes", "no", "on", "off", "t", "f", "y", "n", "1", "0")


def ledger_schema() -> dict[str, Any]:
    schema = Ledger.model_json_schema()
    _read_as_validate_does(schema, Ledger)
    for name, definition in schema.get("$defs", {}).items():
        model = getattr(models, name, None)
        if isinstance(model, type) and issubclass(model, BaseModel):
            _read_as_validate_does(definition, model)
    countries = schema["properties"]["countries"]
    countries["propertyNames"] = {
        "enum": sorted(iso_countries()),
        "description": "An ISO 3166-1 alpha-2 code in capitals: FR, GB (not UK), NO, US.",
    }
    return {"$schema": DIALECT, **schema}


def _read_as_validate_does(definition: dict[str, Any], model: type[BaseModel]) -> None:
    properties = definition.get("properties", {})
    for name, field in model.model_fields.items():
        key = field.alias or name
        if key not in properties:
            continue
        properties[key] = _scalars_as_text(properties[key])
        if field.default_factory is not None:  # `conditions:` with nothing after it
            properties[key] = {"anyOf": [properties[key], {"type": "null"}]}


def _scalars_as_text(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` widened to what a YAML 1.2 reader sees where `validate` reads
    text: a number or a boolean is text to a free-text field, a number
    written as text is a number, and a boolean may be a word."""
    if "anyOf" in schema:
        return {**schema, "anyOf": [_scalars_as_text(option) for option in schema["anyOf"]]}
    kind = schema.get("type")
    plain = not ({"enum", "const", "format", "pattern", "$ref"} & set(schema))
    if kind == "string" and plain:
        return {**schema, "type": ["string", "number", "boolean"]}
    if kind in ("integer", "number"):
        digits = "^[0-9]+$" if kind == "integer" else "^[0-9]+([.][0-9]+)?$"
        text = {"type": "string", "pattern": digits}
        return {**_annotations(schema), "anyOf": [_without_annotations(schema), text]}
    if kind == "boolean":
        words = "|".join(_any_case(word) for word in _BOOLEAN_WORDS)
        text = {"type": "string", "pattern": f"^({words})$"}
        options = [_without_annotations(schema), {"enum": [0, 1]}, text]
        return {**_annotations(schema), "anyOf": options}
    return schema


_ANNOTATIONS = ("title", "description", "default", "examples")


def _annotations(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k in _ANNOTATIONS}


def _without_annotations(schema: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in schema.items() if k not in _ANNOTATIONS}


def _any_case(word: str) -> str:
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else c for c in word)


def schema_text() -> str:
    return json.dumps(ledger_schema(), indent=2, ensure_ascii=False) + "\n"
