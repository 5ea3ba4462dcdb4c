"""`syntax`: raised where YAML stops reading: `coalition/read/syntax.py` and
`coalition/read/slips.py` put the parser's error into words; the composer
(`coalition/read/compose.py`) and the line scan (`coalition/read/text.py`) find a
few more."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="syntax",
    level=Level.ERROR,
    stage="read",
    summary="the file is not valid YAML",
    rationale=(
        "YAML stops reading at a syntax error, so nothing after it can be checked. The "
        "commonest causes: a ': ' inside a text that is not in quotes, a quote mark that is "
        "not closed, a key without a space after its colon, and a line indented unlike its "
        "neighbours. Put such texts in double quotes."
    ),
    fail=Example(changed("detail: Air patrols", "detail: Air patrols: Baltic model")),
    passing=Example(changed("detail: Air patrols", 'detail: "Air patrols: Baltic model"')),
)
