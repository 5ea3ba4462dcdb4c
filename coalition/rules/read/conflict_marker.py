"""`conflict-marker`: raised by the line scan in `coalition/read/text.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="conflict-marker",
    level=Level.ERROR,
    stage="read",
    summary="git left a merge-conflict marker in the file",
    rationale=(
        "Two people changed the same lines and git kept both versions between <<<<<<<, "
        "======= and >>>>>>> lines. Keep the version you want, delete the other and the "
        "three marker lines."
    ),
    fail=Example(
        changed(
            "        status: considering\n",
            "<<<<<<< HEAD\n        status: considering\n=======\n"
            "        status: offered\n>>>>>>> update\n",
        )
    ),
    passing=Example(BASE),
)
