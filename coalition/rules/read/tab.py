"""`tab`: raised by `character_problem` in `coalition/read/characters.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="tab",
    level=Level.ERROR,
    stage="read",
    summary="a tab character",
    rationale=(
        "YAML allows only spaces for indentation, and a tab looks like spaces in an editor. "
        "Replace it with spaces (two per level of indentation)."
    ),
    fail=Example(changed("    group: coalition", "\tgroup: coalition")),
    passing=Example(BASE),
)
