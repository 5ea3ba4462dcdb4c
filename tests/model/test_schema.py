"""The JSON Schema shipped for editors: current, and right about the ledger."""

from __future__ import annotations

import datetime
import json
from typing import Any

import jsonschema
import pytest
import yaml

from coalition.model.schema import SCHEMA_FILE, schema_text
from tests.conftest import FIXTURE_LEDGER, REPO, run_cli

LEDGER = FIXTURE_LEDGER


def as_an_editor_reads_it(text: str) -> Any:
    """YAML as a language server sees it: dates are text."""

    def dates_as_text(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: dates_as_text(v) for k, v in value.items()}
        if isinstance(value, list):
            return [dates_as_text(v) for v in value]
        return value.isoformat() if isinstance(value, datetime.date) else value

    return dates_as_text(yaml.safe_load(text))


def test_shipped_schema_is_up_to_date() -> None:
    shipped = (REPO / SCHEMA_FILE).read_text(encoding="utf-8")
    assert shipped == schema_text(), "run: coalition schema > contributions.schema.json"
    assert run_cli("schema").stdout == shipped


def test_the_ledger_points_editors_at_the_schema() -> None:
    first = LEDGER.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema={SCHEMA_FILE}"


def test_a_standard_validator_accepts_the_shipped_ledger() -> None:
    schema = json.loads(schema_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(as_an_editor_reads_it(LEDGER.read_text(encoding="utf-8")), schema)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("status: considering", "status: comitted"),
        ("  IT:\n", "  Italy:\n"),
        ("    group: partner", "    group: allies"),
        ('        detail: "No Polish', '        detial: "No Polish'),
    ],
)
def test_a_standard_validator_rejects_mistakes(old: str, new: str) -> None:
    text = LEDGER.read_text(encoding="utf-8")
    assert old in text
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(
            as_an_editor_reads_it(text.replace(old, new, 1)), json.loads(schema_text())
        )


def test_schema_has_descriptions_and_enums() -> None:
    schema = json.loads(schema_text())
    assert schema["$defs"]["Status"]["enum"] == [
        "ruled_out", "undecided", "considering", "offered", "committed", "delivering",
    ]  # fmt: skip
    assert "description" in schema["$defs"]["Stance"]["properties"]["status"]
