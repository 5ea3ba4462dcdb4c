"""Checks that one part of the ledger refers rightly to another: country codes,
source ids, dates."""

from __future__ import annotations

from coalition.check.context import (
    Context,
    check,
    date_of,
    evidence_as_written,
    text_of,
)
from coalition.model.countries import country_code_problem, iso_countries
from coalition.model.suggest import did_you_mean
from coalition.problems import MAX_PER_RULE, Level, Problem, show_text


@check("country-code")
def check_country_codes(context: Context) -> list[Problem]:
    problems: list[Problem] = []
    for code in context.section("countries"):
        if code in iso_countries():
            continue
        # Past the first hundred, no suggestions: each costs a search of the
        # names, and nobody reads that many (the report says how many more).
        found = country_code_problem(code, suggest=len(problems) < MAX_PER_RULE)
        if found is not None:
            message, hint = found
            problems.append(
                context.problem(
                    ("countries", code),
                    Level.ERROR,
                    message,
                    hint,
                    rule="country-code",
                    at_key=True,
                )
            )
    return problems


@check("undefined-source")
def check_sources_defined(context: Context) -> list[Problem]:
    sources = context.section("sources")
    problems = []
    for path, evidence in evidence_as_written(context.data):
        source = text_of(evidence.get("source"))
        if source is None or source in sources:
            continue
        guess = did_you_mean(source, sources)
        hint = (
            f"did you mean {show_text(guess)}?"
            if guess
            else "add it under 'sources' (publisher, title, published), or fix the id"
        )
        problems.append(
            context.problem(
                (*path, "source"),
                Level.ERROR,
                f"the source {show_text(source)} is not defined under 'sources'",
                hint,
                rule="undefined-source",
            )
        )
    return problems


@check("unused-source")
def check_sources_cited(context: Context) -> list[Problem]:
    cited = {text_of(e.get("source")) for _, e in evidence_as_written(context.data)}
    return [
        context.problem(
            ("sources", source_id),
            Level.WARNING,
            f"the source {show_text(source_id)} is never cited",
            "cite it in some evidence, or delete it",
            rule="unused-source",
            at_key=True,
        )
        for source_id in context.section("sources")
        if source_id not in cited
    ]


@check("future-date")
def check_dates(context: Context) -> list[Problem]:
    as_of = date_of(context.data.get("as_of"))
    if as_of is None:
        return []
    problems = []
    for source_id, source in context.section("sources").items():
        published = date_of(source.get("published")) if isinstance(source, dict) else None
        if published is not None and published > as_of:
            problems.append(
                context.problem(
                    ("sources", source_id, "published"),
                    Level.WARNING,
                    f"published {published.isoformat()}, after the ledger's as_of date "
                    f"{as_of.isoformat()}",
                    "check the date, or move as_of forward after reviewing the ledger",
                    rule="future-date",
                )
            )
    return problems


@check("source-date")
def check_source_dates(context: Context) -> list[Problem]:
    """A date is given, or said to be unknown; an inferred one says how."""
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
        problems.append(
            context.problem(path, Level.ERROR, message, hint, rule="source-date", at_key=True)
        )
    return problems
