"""`quote-not-found`: every quote of a source with an archive is found in it.
A quote too short to identify a passage is not looked for: the same pass says
`quote-too-short` instead (its module holds the rule)."""

from __future__ import annotations

from coalition.check.context import Check, Context, evidence_as_written, text_of
from coalition.check.quotes import MIN_WORDS, MIN_WORDS_PER_PART, quote_mismatch, too_short
from coalition.problems import Level, Problem, show_text
from coalition.rules.check.archive import archived_texts
from coalition.rules.check.quote_too_short import RULE as QUOTE_TOO_SHORT
from coalition.rules.examples import ARCHIVE, ARCHIVED, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="quote-not-found",
    level=Level.ERROR,
    stage="check",
    summary="a quote is not in the archived copy of its source",
    rationale=(
        "A quote is the source's exact words. Quote marks (straight or curly), dashes and "
        "line breaks do not matter; words left out are marked with '…'. The message says "
        "where the quote departs from the source."
    ),
    fail=Example(
        changed("Italy is weighing participating in", "Italy is considering joining", ARCHIVED),
        files={"sources/politico.txt": ARCHIVE},
    ),
    passing=Example(ARCHIVED, files={"sources/politico.txt": ARCHIVE}),
)


def check_quotes(context: Context) -> list[Problem]:
    archives = archived_texts(context)
    if not archives:
        return []
    problems = []
    for evidence_path, evidence in evidence_as_written(context.data):
        archived = archives.get(text_of(evidence.get("source")) or "")
        quote = text_of(evidence.get("quote"))
        if archived is None or quote is None:
            continue
        if too_short(quote):
            problems.append(
                context.problem(
                    QUOTE_TOO_SHORT,
                    (*evidence_path, "quote"),
                    f"the quote {show_text(quote, 40)} holds too few of the source's words to "
                    "identify a passage",
                    f"quote at least {MIN_WORDS} words, and at least {MIN_WORDS_PER_PART} on "
                    "each side of a '…'",
                )
            )
            continue
        missing = quote_mismatch(quote, archived)
        if missing is not None:
            source = show_text(evidence.get("source"))
            departs = f": it departs from the source at {show_text(missing, 40)}"
            problems.append(
                context.problem(
                    RULE,
                    (*evidence_path, "quote"),
                    f"this quote is not in the archived text of {source}{departs}",
                    "copy the source's words exactly; mark words left out with '…'",
                )
            )
    return problems


CHECK = Check(check_quotes, (RULE, QUOTE_TOO_SHORT))
