"""`encoding`: raised by `decode` in `coalition/read/text.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="encoding",
    level=Level.ERROR,
    stage="read",
    summary="the file is not saved as UTF-8 text",
    rationale=(
        "A ledger is UTF-8, the encoding every tool here reads. A file saved as Latin-1, "
        "Windows-1252 or UTF-16 shows accented letters as garbage elsewhere. Save it again "
        "with the encoding 'UTF-8' (most editors offer it under 'Save with encoding')."
    ),
    fail=Example(changed("publisher: Politico", "publisher: Le Télégramme"), encoding="latin-1"),
    passing=Example(changed("publisher: Politico", "publisher: Le Télégramme")),
)
