"""What the tests of each rule share: run a ledger through `coalition
validate` and read off where a rule's problems are reported.

Each rule has its own file, `tests/rules/test_RULE_ID.py`, holding its cases
(a ledger, and the problems it must report), as yamllint's tests/rules/ do;
`test_registry.py` runs every rule's failing and passing examples and checks
that every registered rule has its file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from coalition.rules.rule import Example, Rule
from tests.conftest import run_cli

# (line, column, path, message) of one problem; line, column and path are
# None where they do not apply (a file that cannot be read has no line).
Reported = tuple[int | None, int | None, str | None, str]


def validate(example: Example, folder: Path, *options: str) -> tuple[int, list[dict[str, Any]]]:
    """The exit status and the problems of `validate --strict --format json`
    on `example`, written into `folder` with the files beside it."""
    ledger = folder / "contributions.yaml"
    if example.ledger is not None:
        ledger.write_bytes(example.ledger.encode(example.encoding))
    for name, text in example.files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    run = run_cli(
        "validate", "--format", "json", "--strict", *example.options, *options, str(ledger)
    )
    problems: list[dict[str, Any]] = json.loads(run.stdout)["problems"]
    return run.exit_code, problems


def reported(rule: Rule, example: Example | str, folder: Path, *options: str) -> list[Reported]:
    """Where `example` (an Example, or a ledger's text) raises `rule`, in
    the order of the report, and what it says there."""
    if isinstance(example, str):
        example = Example(example)
    _, problems = validate(example, folder, *options)
    return [
        (p["line"], p["column"], p["path"], p["message"]) for p in problems if p["rule"] == rule.id
    ]
