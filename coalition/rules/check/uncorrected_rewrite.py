"""`uncorrected-rewrite`: raised by `coalition/analyse/rewrites.py` (validate
--since REV), which compares two versions of the ledger: no check of one
version can see it."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.rule import Rule

RULE = Rule(
    id="uncorrected-rewrite",
    level=Level.WARNING,
    stage="check",
    summary=(
        "since a base revision (validate --since REV), a downgrade or a removal that neither a "
        "correction nor new evidence explains"
    ),
    rationale=(
        "The ledger is a record: a stance that goes down the scale, or a quote, a stance or a "
        "country that disappears, is either news (a later statement, cited as new evidence) "
        "or a correction of the ledger's own mistake (a correction entry says why). Anything "
        "else would silently rewrite what readers were told. Add the evidence, or a "
        "correction with its reason; CI can refuse the change with --strict."
    ),
)
