"""`status-unsupported`: the status is stronger than any wording in its
evidence supports (the cue lexicon is in `coalition/model/cues.py`)."""

from __future__ import annotations

from coalition.check.context import Check, Context
from coalition.check.reading import claimed, stances
from coalition.model.cues import strongest_support
from coalition.problems import Level, Problem
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


def check_status_supported(context: Context) -> list[Problem]:
    problems = []
    for path, stance in stances(context):
        status = stance.status
        if status is None or not claimed(stance):
            continue
        # The quote's words first, then its translation's: the cue named is the source's.
        texts = [text for _, words in stance.texts for text in reversed(words)]
        supported, cue = strongest_support(texts, status)
        if supported:
            continue
        says = (
            f"the evidence says {cue.words!r} ({cue.status.value})"
            if cue is not None
            else "the evidence holds no word for it"
        )
        problems.append(
            context.problem(
                RULE,
                (*path, "status"),
                f"{says}; the status says {status.value}",
                "record the weakest status the words support; if they do bear this status, "
                "mark the evidence 'checked: true' after reading it",
            )
        )
    return problems


CHECK = Check(check_status_supported, (RULE,))
