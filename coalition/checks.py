"""Cross-record checks: what no single field can know about itself.

Each check is a small function `(context) -> list[Problem]`, listed once in
CHECKS, as beancount's validations are. They read the document as written
rather than the validated model, so that they run even when some entries have
model errors: a journalist sees a misspelt source id in the same run as the
misspelt status two lines above it. Values of the wrong type are skipped here;
the model has already reported them.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any

from coalition.countries import country_code_problem
from coalition.models import Status
from coalition.problems import Level, Problem, dotted, show_text
from coalition.provenance import normalise, quote_mismatch
from coalition.suggest import did_you_mean
from coalition.yamlread import Document, Path


@dataclass
class Context:
    file: str
    document: Document
    # The folder that archive paths are relative to; None skips provenance.
    base: FilePath | None
    # A stance whose newest evidence is this many days older than as_of is stale.
    stale_after: int = 90
    archives: dict[str, str] = field(default_factory=dict)

    @property
    def data(self) -> dict[str, Any]:
        data = self.document.data
        return data if isinstance(data, dict) else {}

    def section(self, name: str) -> dict[str, Any]:
        value = self.data.get(name)
        return value if isinstance(value, dict) else {}

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


def _items(value: Any) -> list[tuple[str | int, Any]]:
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, list):
        return list(enumerate(value))
    return []


def evidence_as_written(data: dict[str, Any]) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every piece of evidence in the document (each reported figure is one),
    with its path."""
    for index, item in _items(data.get("reported")):
        if isinstance(item, dict):
            yield ("reported", index), item
    countries = data.get("countries")
    holders = [
        (("countries", code), country)
        for code, country in _items(countries)
        if isinstance(country, dict)
    ]
    for path, holder in [*holders, *stances_as_written(countries)]:
        for index, item in _items(holder.get("evidence")):
            if isinstance(item, dict):
                yield (*path, "evidence", index), item


def stances_as_written(countries: Any) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Every stance (overall and per domain) in the document, with its path."""
    for code, country in _items(countries):
        if not isinstance(country, dict):
            continue
        if isinstance(country.get("overall"), dict):
            yield ("countries", code, "overall"), country["overall"]
        for domain, stance in _items(country.get("stances")):
            if isinstance(stance, dict):
                yield ("countries", code, "stances", domain), stance


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


STATUS_VALUES = frozenset(s.value for s in Status)

# Free-text fields: a ` #` in one of them, unquoted, has probably cut a
# sentence short. (In `status: committed  # since June` it is a comment.)
PROSE_FIELDS = frozenset(
    {"title", "detail", "quote", "speaker", "role", "name", "counts", "publisher", "conditions"}
)


def check_text_cut_by_comment(context: Context) -> list[Problem]:
    return [
        context.problem(
            path,
            Level.WARNING,
            "the text is cut short at ' #': YAML reads the rest of the line as a comment",
            "if the '#' belongs to the text, put the whole text in double quotes; "
            "if it starts a comment, put two spaces before it",
            "comment-in-text",
        )
        for path in context.document.cut_by_comment
        if any(part in PROSE_FIELDS for part in path if isinstance(part, str))
    ]


def check_country_codes(context: Context) -> list[Problem]:
    problems = []
    for code in context.section("countries"):
        found = country_code_problem(code)
        if found is not None:
            message, hint = found
            problems.append(
                context.problem(
                    ("countries", code), Level.ERROR, message, hint, "country-code", at_key=True
                )
            )
    return problems


def check_sources_defined(context: Context) -> list[Problem]:
    sources = context.section("sources")
    problems = []
    for path, evidence in evidence_as_written(context.data):
        source = _text(evidence.get("source"))
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
                "undefined-source",
            )
        )
    return problems


def check_sources_cited(context: Context) -> list[Problem]:
    cited = {_text(e.get("source")) for _, e in evidence_as_written(context.data)}
    return [
        context.problem(
            ("sources", source_id),
            Level.WARNING,
            f"the source {show_text(source_id)} is never cited",
            "cite it in some evidence, or delete it",
            "unused-source",
            at_key=True,
        )
        for source_id in context.section("sources")
        if source_id not in cited
    ]


def _date(value: Any) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None  # reported by the model


def check_dates(context: Context) -> list[Problem]:
    as_of = _date(context.data.get("as_of"))
    if as_of is None:
        return []
    problems = []
    for source_id, source in context.section("sources").items():
        published = _date(source.get("published")) if isinstance(source, dict) else None
        if published is not None and published > as_of:
            problems.append(
                context.problem(
                    ("sources", source_id, "published"),
                    Level.WARNING,
                    f"published {published.isoformat()}, after the ledger's as_of date "
                    f"{as_of.isoformat()}",
                    "check the date, or move as_of forward after reviewing the ledger",
                    "future-date",
                )
            )
    return problems


def check_archives(context: Context) -> list[Problem]:
    """Each archive exists inside the ledger's folder, and every quote of a
    source with an archive is found in it."""
    if context.base is None:
        return []
    problems = []
    base = context.base.resolve()
    for source_id, source in context.section("sources").items():
        archive = _text(source.get("archive")) if isinstance(source, dict) else None
        if archive is None:
            continue
        path = ("sources", source_id, "archive")
        target = (base / archive).resolve()
        if FilePath(archive).is_absolute() or not target.is_relative_to(base):
            problems.append(
                context.problem(
                    path,
                    Level.ERROR,
                    f"the archive {show_text(archive)} is outside the ledger's folder",
                    "keep archived copies in the repository, e.g. 'sources/NAME.txt'",
                    "archive",
                )
            )
            continue
        try:
            text = target.read_text(encoding="utf-8", errors="replace")
        except OSError as error:
            problems.append(
                context.problem(
                    path,
                    Level.ERROR,
                    f"cannot read the archive {show_text(archive)}: {error.strerror or error}",
                    "check the path: it is relative to the ledger's folder",
                    "archive",
                )
            )
            continue
        context.archives[source_id] = normalise(text)
    for evidence_path, evidence in evidence_as_written(context.data):
        archived = context.archives.get(_text(evidence.get("source")) or "")
        quote = _text(evidence.get("quote"))
        if archived is None or quote is None:
            continue
        missing = quote_mismatch(quote, archived)
        if missing is not None:
            source = show_text(evidence.get("source"))
            departs = f": it departs from the source at {show_text(missing, 40)}" if missing else ""
            problems.append(
                context.problem(
                    (*evidence_path, "quote"),
                    Level.ERROR,
                    f"this quote is not in the archived text of {source}{departs}",
                    "copy the source's words exactly; mark words left out with '…'",
                    "quote-not-found",
                )
            )
    return problems


# -- what a news desk checks before publishing (warnings; --strict fails on them) --


def check_stale_stances(context: Context) -> list[Problem]:
    as_of = _date(context.data.get("as_of"))
    if as_of is None:
        return []
    published = {
        source_id: _date(source.get("published"))
        for source_id, source in context.section("sources").items()
        if isinstance(source, dict)
    }
    problems = []
    for path, stance in stances_as_written(context.section("countries")):
        dates = [
            published.get(_text(item.get("source")) or "")
            for _, item in _items(stance.get("evidence"))
            if isinstance(item, dict)
        ]
        newest = max((d for d in dates if d is not None), default=None)
        if newest is None:
            continue
        age = (as_of - newest).days
        if age > context.stale_after:
            problems.append(
                context.problem(
                    path,
                    Level.WARNING,
                    f"the newest evidence is from {newest.isoformat()}, {age} days before as_of "
                    f"({as_of.isoformat()})",
                    f"find newer reporting, or check the stance still holds (the limit is "
                    f"{context.stale_after} days: --stale-after)",
                    "stale",
                    at_key=True,
                )
            )
    return problems


def check_countries_have_stances(context: Context) -> list[Problem]:
    """A country with neither a stance nor a role is an entry left unfinished."""
    return [
        context.problem(
            ("countries", code),
            Level.WARNING,
            f"{show_text(code)} has no stance and no role",
            "add what the sources say it does (or refuses), or remove the country",
            "no-stance",
            at_key=True,
        )
        for code, country in context.section("countries").items()
        if isinstance(country, dict)
        and not country.get("overall")
        and not country.get("stances")
        and not country.get("role")
    ]


def check_reported_figures(context: Context) -> list[Problem]:
    """A source that counts 26 committed countries allows at most 26 of them."""
    strongest: dict[str | int, int] = {}
    for path, stance in stances_as_written(context.section("countries")):
        status = stance.get("status")
        if isinstance(status, str) and status in STATUS_VALUES:
            strongest[path[1]] = max(strongest.get(path[1], -1), Status(status).rank)
    problems = []
    for index, figure in _items(context.data.get("reported")):
        status = figure.get("status") if isinstance(figure, dict) else None
        value = figure.get("value") if isinstance(figure, dict) else None
        if not isinstance(status, str) or status not in STATUS_VALUES:
            continue
        if not isinstance(value, str) or not value.isdigit():
            continue
        named = sum(1 for rank in strongest.values() if rank >= Status(status).rank)
        if named > int(value):
            problems.append(
                context.problem(
                    ("reported", index, "value"),
                    Level.WARNING,
                    f"the ledger has {named} countries {status} or stronger, more than the "
                    f"{value} this figure counts",
                    "check the statuses against the sources, or find the newer figure",
                    "reported-exceeded",
                )
            )
    return problems


CHECKS: tuple[Callable[[Context], list[Problem]], ...] = (
    check_text_cut_by_comment,
    check_country_codes,
    check_sources_defined,
    check_sources_cited,
    check_dates,
    check_archives,
    check_stale_stances,
    check_countries_have_stances,
    check_reported_figures,
)


def run_checks(
    document: Document, file: str, *, base: FilePath | None, stale_after: int = 90
) -> list[Problem]:
    context = Context(file, document, base, stale_after)
    return [problem for check in CHECKS for problem in check(context)]
