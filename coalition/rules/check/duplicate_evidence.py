"""`duplicate-evidence`: raised by the check in `coalition/check/evidence.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="duplicate-evidence",
    level=Level.ERROR,
    stage="check",
    summary="the same quote from the same source twice in one entry",
    rationale=(
        "Evidence is a set: a quote counts once however often it is pasted. Quotes are compared "
        "as the quote check compares them (quote marks, dashes, spacing and '...' for '…' do "
        "not matter). Delete the copy; to change who said it, edit the first one "
        "(`coalition set` with the same quote does)."
    ),
    fail=Example(
        changed(
            "            attribution: reported\n",
            "            attribution: reported\n          - source: politico\n"
            "            quote: “Italy is weighing participating in air patrols”\n",
        )
    ),
    passing=Example(BASE),
)
