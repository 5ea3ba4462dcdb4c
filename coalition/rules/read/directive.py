"""`directive`: raised by the line scan in `coalition/read/text.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="directive",
    level=Level.ERROR,
    stage="read",
    summary="a YAML directive ('%' at the start of a line)",
    rationale=(
        "Directives such as %YAML change how the rest of the file is read, and YAML readers "
        "disagree about them. A ledger needs none: delete the line."
    ),
    fail=Example("%YAML 1.2\n---\n" + BASE),
    passing=Example(BASE),
)
