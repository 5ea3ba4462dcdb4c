"""`url`: raised by `coalition/model/errors.py`, which puts pydantic's
errors into words (the model's pattern admits http(s) addresses only)."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="url",
    level=Level.ERROR,
    stage="model",
    summary="a source's url that is not an http:// or https:// address",
    rationale=(
        "The published site and the Markdown make a source's url a link: a javascript:, data: "
        "or file: address would run or open something on the reader's machine. Give the "
        "page's web address, or leave url out."
    ),
    fail=Example(
        changed(
            "    published: 2025-09-04\n",
            "    published: 2025-09-04\n    url: javascript:alert(1)\n",
        )
    ),
    passing=Example(
        changed(
            "    published: 2025-09-04\n",
            "    published: 2025-09-04\n    url: https://www.politico.eu/\n",
        )
    ),
)
