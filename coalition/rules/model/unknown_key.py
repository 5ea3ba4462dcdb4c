"""`unknown-key`: raised by `coalition/model/errors.py`, which puts
pydantic's errors into words."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="unknown-key",
    level=Level.ERROR,
    stage="model",
    summary="a key the ledger's format does not have (often a misspelling)",
    rationale=(
        "A misspelt key would otherwise be ignored, and what it holds lost without a word. "
        "The message suggests the closest key; the annotated example in docs/ledger-format.md "
        "lists them all."
    ),
    fail=Example(changed("detail: Air patrols", "details: Air patrols")),
    passing=Example(BASE),
)
