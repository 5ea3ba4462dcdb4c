"""`archive`: raised by the check in `coalition/check/provenance.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import ARCHIVE, ARCHIVED
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="archive",
    level=Level.ERROR,
    stage="check",
    summary="a source's archived copy is missing, unreadable, or outside the ledger's folder",
    rationale=(
        "An archive is a plain-text copy of the source kept beside the ledger, so that quotes "
        "can be checked and the source outlives its web page. The path is relative to the "
        "ledger's folder and must stay inside it."
    ),
    fail=Example(ARCHIVED),
    passing=Example(ARCHIVED, files={"sources/politico.txt": ARCHIVE}),
)
