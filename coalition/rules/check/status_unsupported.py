"""`status-unsupported`: raised by the check in `coalition/check/claims.py`."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import BASE, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="status-unsupported",
    level=Level.WARNING,
    stage="check",
    summary="the status is stronger than any wording in its evidence supports",
    rationale=(
        "The quote must bear the claim, not just exist. Each status has its words (refusal: "
        "'ruling out', 'not sending'; weighing: 'weighing', 'could', 'likely'; willingness: "
        "'ready', 'willing', 'prepared'; commitment: 'committed', 'pledged', 'signed'; delivery: "
        "'deployed', 'arrived'), in English and German, a negation turning a word into a "
        "refusal. Record the weakest status the words support; a quote a person has read and "
        "found to bear the status without such a word is marked 'checked: true'."
    ),
    fail=Example(changed("status: considering", "status: committed")),
    passing=Example(BASE),
)
