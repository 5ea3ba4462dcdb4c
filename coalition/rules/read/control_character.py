"""`control-character`: raised by `character_problem` in `coalition/read/characters.py`
and by the composer (`coalition/read/compose.py`) for an escape that makes one."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="control-character",
    level=Level.ERROR,
    stage="read",
    summary="a control character or terminal escape sequence, typed or written as an escape",
    rationale=(
        "Control characters are invisible in an editor, can act on a reader's terminal, and "
        "make text that looks the same compare differently. They usually come from copying "
        "out of a terminal or a PDF. Delete them."
    ),
    fail=Example(changed("detail: Air patrols", 'detail: "Air patrols\\e[31m"')),
    passing=Example(BASE),
)
