"""The shipped JSON Schema and `validate` reach the same verdict on the same
broken ledgers, checked by check-jsonschema (what an editor's language server
and a newsroom's CI would run), wherever a schema can say it."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from coalition.load import load_ledger_bytes
from coalition.problems import errors_of
from tests.conftest import REPO, require
from tests.model.schema_corpus import CASES, Case


def schema_verdicts(paths: list[Path]) -> dict[str, bool]:
    """Whether check-jsonschema finds each file valid (a file YAML cannot
    parse counts as invalid, as a language server shows it)."""
    program = shutil.which("check-jsonschema")
    require(program, "check-jsonschema (pip install -e '.[test]')")
    result = subprocess.run(
        [str(program), "--schemafile", str(REPO / "contributions.schema.json"), "-o", "json"]
        + [str(path) for path in paths],
        capture_output=True,
        text=True,
        check=False,
    )
    report = json.loads(result.stdout)
    failed = {error["filename"] for error in report["errors"]}
    failed |= {error["filename"] for error in report["parse_errors"]}
    return {str(path): str(path) not in failed for path in paths}


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[bool, bool]]:
    """Each case's name -> (validate's verdict, the schema's)."""
    folder = tmp_path_factory.mktemp("corpus")
    paths = {}
    for index, case in enumerate(CASES):
        paths[case.name] = folder / f"case-{index}.yaml"
        paths[case.name].write_text(case.text, encoding="utf-8")
    schema = schema_verdicts(list(paths.values()))
    out = {}
    for case in CASES:
        loaded = load_ledger_bytes(case.text.encode(), "c.yaml", base=folder)
        out[case.name] = (not errors_of(loaded.problems), schema[str(paths[case.name])])
    return out


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_validate_and_the_schema_agree(case: Case, verdicts: dict[str, tuple[bool, bool]]) -> None:
    by_validate, by_schema = verdicts[case.name]
    assert by_validate == case.valid
    if case.schema_can_say:
        assert by_schema == by_validate
    else:  # what only validate can know: the schema lets it through
        assert by_schema and not by_validate


def test_the_corpus_has_both_verdicts() -> None:
    assert sum(c.valid for c in CASES) >= 8 and sum(not c.valid for c in CASES) >= 20
