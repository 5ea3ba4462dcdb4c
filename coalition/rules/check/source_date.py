"""`source-date`: a source's date is given, or said to be unknown; an
inferred one says how."""

from __future__ import annotations

from coalition.check.context import Check, Context, text_of
from coalition.problems import Level, Problem
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="source-date",
    level=Level.ERROR,
    stage="check",
    summary=(
        "a source's date is empty without being said to be unknown, given while said to be "
        "unknown, or inferred without saying how"
    ),
    rationale=(
        "An unknown date is said, never guessed: leave 'published' empty and write "
        "'date_basis: unknown'. A date deduced from the text ('on Tuesday') is 'inferred', and "
        "'date_note' says how; the checks that use dates skip what they cannot know and say so."
    ),
    fail=Example(changed("    published: 2025-09-04\n", "    published:\n")),
    passing=Example(
        changed("    published: 2025-09-04\n", "    published:\n    date_basis: unknown\n")
    ),
)


def check_source_dates(context: Context) -> list[Problem]:
    problems = []
    for source_id, source in context.section("sources").items():
        if not isinstance(source, dict) or "published" not in source:
            continue  # the model reports a missing key
        basis = str(source.get("date_basis") or "stated")
        known = source.get("published") is not None
        path = ("sources", source_id, "published")
        if not known and basis != "unknown":
            message = "the date is empty, but date_basis does not say it is unknown"
            hint = "write the date (YYYY-MM-DD), or say 'date_basis: unknown'; never guess one"
        elif known and basis == "unknown":
            message = "a date is given, yet date_basis says it is unknown"
            hint = "say how the date is known (stated, url, index, inferred), or leave it empty"
        elif basis == "inferred" and not text_of(source.get("date_note")):
            message = "the date is inferred, but nothing says how"
            hint = "say how in 'date_note', e.g. \"'on Tuesday' after the attacks of 28 November\""
        else:
            continue
        problems.append(context.problem(RULE, path, message, hint, at_key=True))
    return problems


CHECK = Check(check_source_dates, (RULE,))
