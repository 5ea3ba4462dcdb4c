"""Cross-record checks: what no single field can know about itself.

Each check is a small function `(ledger, context) -> list[Problem]`, listed
once in CHECKS, as beancount's validations are. They run after the model has
validated, on every entry that did.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path as FilePath

from coalition.countries import country_code_problem
from coalition.load import did_you_mean
from coalition.models import Evidence, Ledger
from coalition.problems import Level, Problem, dotted, show_text
from coalition.yamlread import Document, Path


@dataclass
class Context:
    file: str
    document: Document
    base: FilePath | None
    # False when broken entries were left out: "never cited" could be wrong.
    complete: bool
    archives: dict[str, str | None] = field(default_factory=dict)

    def problem(
        self,
        path: Path,
        level: Level,
        message: str,
        hint: str,
        rule: str,
        *,
        at_key: bool = False,
    ) -> Problem:
        mark = self.document.key_mark(path) if at_key else self.document.mark(path)
        return Problem(self.file, mark.line, mark.column, level, message, dotted(path), hint, rule)


def all_evidence(ledger: Ledger) -> Iterator[tuple[Path, Evidence]]:
    """Every piece of evidence in the ledger, with its path."""
    for index, reported in enumerate(ledger.reported):
        yield ("reported", index), reported
    for code, country in ledger.countries.items():
        for index, evidence in enumerate(country.evidence):
            yield ("countries", code, "evidence", index), evidence
        if country.overall is not None:
            for index, evidence in enumerate(country.overall.evidence):
                yield ("countries", code, "overall", "evidence", index), evidence
        for domain, stance in country.stances.items():
            for index, evidence in enumerate(stance.evidence):
                yield ("countries", code, "stances", domain.value, "evidence", index), evidence


def check_country_codes(ledger: Ledger, context: Context) -> list[Problem]:
    # Read from the document, not the model: a country whose entry has other
    # errors is left out of the model, but its code is still worth checking.
    countries = context.document.data.get("countries")
    problems = []
    for code in countries if isinstance(countries, dict) else ():
        found = country_code_problem(code)
        if found is not None:
            message, hint = found
            problems.append(
                context.problem(
                    ("countries", code), Level.ERROR, message, hint, "country-code", at_key=True
                )
            )
    return problems


def check_sources_defined(ledger: Ledger, context: Context) -> list[Problem]:
    problems = []
    for path, evidence in all_evidence(ledger):
        if evidence.source not in ledger.sources:
            guess = did_you_mean(evidence.source, ledger.sources)
            hint = (
                f"did you mean {show_text(guess)}?"
                if guess
                else "add it under 'sources' (publisher, title, published), or fix the id"
            )
            problems.append(
                context.problem(
                    (*path, "source"),
                    Level.ERROR,
                    f"the source {show_text(evidence.source)} is not defined under 'sources'",
                    hint,
                    "undefined-source",
                )
            )
    return problems


def check_sources_cited(ledger: Ledger, context: Context) -> list[Problem]:
    if not context.complete:
        return []
    cited = {evidence.source for _, evidence in all_evidence(ledger)}
    return [
        context.problem(
            ("sources", source_id),
            Level.WARNING,
            f"the source {show_text(source_id)} is never cited",
            "cite it in some evidence, or delete it",
            "unused-source",
            at_key=True,
        )
        for source_id in ledger.sources
        if source_id not in cited
    ]


def check_dates(ledger: Ledger, context: Context) -> list[Problem]:
    return [
        context.problem(
            ("sources", source_id, "published"),
            Level.WARNING,
            f"published {source.published.isoformat()}, after the ledger's as_of date "
            f"{ledger.as_of.isoformat()}",
            "check the date, or move as_of forward after reviewing the ledger",
            "future-date",
        )
        for source_id, source in ledger.sources.items()
        if source.published > ledger.as_of
    ]


def check_archives(ledger: Ledger, context: Context) -> list[Problem]:
    """Each archive exists inside the ledger's folder, and every quote of a
    source with an archive is found in it."""
    if context.base is None:
        return []
    problems = []
    base = context.base.resolve()
    for source_id, source in ledger.sources.items():
        if source.archive is None:
            continue
        path = ("sources", source_id, "archive")
        target = (base / source.archive).resolve()
        if FilePath(source.archive).is_absolute() or not target.is_relative_to(base):
            problems.append(
                context.problem(
                    path,
                    Level.ERROR,
                    f"the archive {show_text(source.archive)} is outside the ledger's folder",
                    "keep archived copies in the repository, e.g. 'sources/NAME.txt'",
                    "archive",
                )
            )
            continue
        try:
            context.archives[source_id] = normalise(
                target.read_text(encoding="utf-8", errors="replace")
            )
        except OSError as error:
            problems.append(
                context.problem(
                    path,
                    Level.ERROR,
                    f"cannot read the archive {show_text(source.archive)}: "
                    f"{error.strerror or error}",
                    "check the path: it is relative to the ledger's folder",
                    "archive",
                )
            )
    for evidence_path, evidence in all_evidence(ledger):
        archive = context.archives.get(evidence.source)
        if archive is None:
            continue
        missing = quote_mismatch(evidence.quote, archive)
        if missing is not None:
            problems.append(
                context.problem(
                    (*evidence_path, "quote"),
                    Level.ERROR,
                    f"this quote is not in the archived text of {show_text(evidence.source)}"
                    + (
                        f": it departs from the source at {show_text(missing, 40)}"
                        if missing
                        else ""
                    ),
                    "copy the source's words exactly; mark words left out with '…'",
                    "quote-not-found",
                )
            )
    return problems


_SINGLE_QUOTES = str.maketrans(dict.fromkeys("‘’‚‛′`´", "'"))
_DOUBLE_QUOTES = str.maketrans(dict.fromkeys("“”„‟″«»", '"'))
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")


def normalise(text: str) -> str:
    """Text as compared for provenance: one kind of quote mark, one space."""
    text = text.translate(_SINGLE_QUOTES).translate(_DOUBLE_QUOTES)
    return _SPACE.sub(" ", text).strip()


def quote_mismatch(quote: str, archive: str) -> str | None:
    """None when `quote` appears in `archive` (both normalised), its parts in
    order where '…' marks words left out. Otherwise the part of the quote
    from where it stops matching ('' when nothing matches)."""
    text = normalise(quote).strip("\"'")
    start = 0
    for fragment in _ELLIPSIS.split(text):
        if not fragment:
            continue
        found = archive.find(fragment, start)
        if found < 0:
            return _departure(fragment, archive[start:])
        start = found + len(fragment)
    return None


def _departure(fragment: str, archive: str) -> str:
    """The tail of `fragment` after its longest prefix found in `archive`."""
    low, high = 0, len(fragment)
    while low < high:  # the longest prefix present, by bisection on its length
        middle = (low + high + 1) // 2
        if fragment[:middle] in archive:
            low = middle
        else:
            high = middle - 1
    if low < 10:
        return ""
    word_start = fragment.rfind(" ", 0, low + 1) + 1  # show whole words
    return fragment[word_start:]


CHECKS: tuple[Callable[[Ledger, Context], list[Problem]], ...] = (
    check_country_codes,
    check_sources_defined,
    check_sources_cited,
    check_dates,
    check_archives,
)


def run_checks(
    ledger: Ledger, document: Document, file: str, *, base: FilePath | None, complete: bool
) -> list[Problem]:
    context = Context(file, document, base, complete)
    return [problem for check in CHECKS for problem in check(ledger, context)]
