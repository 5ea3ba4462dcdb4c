"""`amount-unquoted`: a figure whose words are in none of its stance's
quotes or translations."""

from __future__ import annotations

from typing import Any

from coalition.check.context import Check, Context, items_of, stances_as_written, text_of
from coalition.check.quotes import normalise, quote_mismatch
from coalition.problems import Level, Problem
from coalition.rules.examples import FIGURE, figured
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="amount-unquoted",
    level=Level.ERROR,
    stage="check",
    summary="a figure whose words are in none of its stance's quotes or translations",
    rationale=(
        "A figure is only as good as the words it is read from: 'words' holds the source's "
        "own words for it ('a company of 100–200 troops', '€20m'), and they must appear in a "
        "quote (or its translation) of the same stance's evidence, compared as quotes are "
        "compared with their archive (any dash a hyphen, curly quotes straight, runs of space "
        "one space, '…' for words left out), in any case. Copy the words from the quote, or "
        "add the evidence that gives the figure."
    ),
    fail=Example(figured(FIGURE.replace("up to four jets", "up to six jets"))),
    passing=Example(figured()),
)


def _texts(stance: dict[str, Any]) -> list[str]:
    """The stance's quotes and translations, normalised, in any case."""
    return [
        normalise(text).casefold()
        for _, item in items_of(stance.get("evidence"))
        if isinstance(item, dict)
        for text in (text_of(item.get("quote")), text_of(item.get("translation")))
        if text
    ]


def unquoted(words: str, texts: list[str]) -> bool:
    """Whether `words` appear in none of `texts` (normalised, casefolded)."""
    return all(quote_mismatch(words.casefold(), text) is not None for text in texts)


def check_amounts_quoted(context: Context) -> list[Problem]:
    problems = []
    for path, stance in stances_as_written(context.section("countries")):
        amounts = items_of(stance.get("amounts")) if isinstance(stance.get("amounts"), list) else []
        texts = None
        for index, amount in amounts:
            words = text_of(amount.get("words")) if isinstance(amount, dict) else None
            if not words:
                continue  # reported by the model
            texts = _texts(stance) if texts is None else texts
            if unquoted(words, texts):
                problems.append(
                    context.problem(
                        RULE,
                        (*path, "amounts", index, "words"),
                        f"the figure's words {words!r} are in none of this stance's quotes",
                        "copy them from a quote or its translation ('…' marks words left "
                        "out), or add the evidence that gives the figure",
                    )
                )
    return problems


CHECK = Check(check_amounts_quoted, (RULE,))
