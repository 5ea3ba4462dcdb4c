"""The data contract of the exports: the tables and their columns, declared
once with their types and descriptions.

A data desk joins these tables with its own, charts them and queries them;
a column renamed or dropped breaks every reuser (Kiel's changing workbook did).
The Frictionless `datapackage.json`, the SQLite schema and docs/exports.md's tables
are all read off `TABLES`, and a golden test fails on any change. Adding a
column is a minor version of `CONTRACT_VERSION`; renaming or removing one is a
major version.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from coalition.model.vocabulary import Attribution, Column, DateBasis, Group, Status

CONTRACT_VERSION = "1.2.0"


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # a Frictionless type: string, integer, number, boolean, date
    description: str
    enum: tuple[str, ...] = ()
    pattern: str | None = None
    required: bool = False


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    fields: tuple[Field, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    searchable: tuple[str, ...] = ()  # full-text search in SQLite

    @functools.cached_property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]


def _values(kind: Any) -> tuple[str, ...]:
    return tuple(str(member.value) for member in kind)


_AS_OF = Field("as_of", "date", "When the ledger was last reviewed as a whole.", required=True)
_CODE = Field("country", "string", "ISO 3166-1 alpha-2 code.", pattern="^[A-Z]{2}$", required=True)
_STATUSES = _values(Status)
_DOMAINS = (*_values(Column),)
_SOURCE = Field("source", "string", "The id of the source (sources.id).", required=True)
_SAID = (
    Field("quote", "string", "The source's exact words (or its paraphrase).", required=True),
    Field("speaker", "string", "Who said it."),
    Field("attribution", "string", "How the source knows.", enum=_values(Attribution)),
)

TABLES: tuple[Table, ...] = (
    Table(
        "countries",
        "One row per country the ledger names.",
        (
            _AS_OF,
            Field(
                "code", "string", "ISO 3166-1 alpha-2 code.", pattern="^[A-Z]{2}$", required=True
            ),
            Field(
                "alpha3", "string", "ISO 3166-1 alpha-3 code (for map tools).", pattern="^[A-Z]{3}$"
            ),
            Field("name", "string", "The country's name.", required=True),
            Field(
                "group",
                "string",
                "coalition, partner or other.",
                enum=_values(Group),
                required=True,
            ),
            Field("role", "string", "A particular role, e.g. co-host."),
            Field(
                "stances", "integer", "How many stances it has (overall included).", required=True
            ),
            Field("strongest", "string", "Its strongest status in any domain.", enum=_STATUSES),
        ),
        ("code",),
    ),
    Table(
        "stances",
        "One row per country and domain with a stance (`overall` included).",
        (
            _AS_OF,
            _CODE,
            Field("domain", "string", "overall or a domain.", enum=_DOMAINS, required=True),
            Field(
                "status",
                "string",
                "What the country has done or said.",
                enum=_STATUSES,
                required=True,
            ),
            Field(
                "strength",
                "integer",
                "The status as a number, 0 (ruled_out) to 5 (delivering).",
                required=True,
            ),
            Field("detail", "string", "A short description."),
            Field("scope", "string", "Where or to what it applies, as the source limits it."),
            Field("hedge", "string", "The source's hedge (likely, could)."),
            Field("conditions", "string", "Its conditions, separated by '; '."),
            Field("reviewed", "date", "When a person last checked it still holds."),
            Field("evidence", "integer", "How many quotes support it.", required=True),
            Field(
                "since",
                "date",
                "Since when the sources say its status (the first dated quote of the current "
                "step of its timeline); empty when none is dated.",
            ),
            Field("first_seen", "date", "Its oldest dated quote, whatever status it supports."),
            Field("last_seen", "date", "Its newest dated quote."),
            Field(
                "contradictions",
                "integer",
                "Contradictions between its sources that no resolution settles.",
            ),
        ),
        ("country", "domain"),
        (ForeignKey(("country",), "countries", ("code",)),),
        ("detail", "conditions"),
    ),
    Table(
        "evidence",
        "One row per quote behind a stance, or behind a country's group or role (domain empty).",
        (
            _AS_OF,
            Field(
                "id", "integer", "A number for the row, stable for the same ledger.", required=True
            ),
            _CODE,
            Field(
                "domain",
                "string",
                "The stance's domain; empty for the country's own evidence.",
                enum=_DOMAINS,
            ),
            _SOURCE,
            *_SAID,
            Field(
                "speaker_country",
                "string",
                "The country the speaker speaks for, when another.",
                pattern="^[A-Z]{2}$",
            ),
            Field("translation", "string", "The quote in English, when the source is not."),
            Field("paraphrase", "boolean", "The words are the source's paraphrase.", required=True),
            Field("via", "string", "The outlet the source carries it from."),
            Field("said_on", "date", "When it was said, if earlier than the source."),
            Field("checked", "boolean", "A person read it and it bears the claim.", required=True),
            Field(
                "status",
                "string",
                "The status the quote supports: its own (superseded or contradicting), else its "
                "stance's; empty for a country's own evidence.",
                enum=_STATUSES,
            ),
        ),
        ("id",),
        (
            ForeignKey(("country",), "countries", ("code",)),
            ForeignKey(("source",), "sources", ("id",)),
        ),
        ("quote", "translation"),
    ),
    Table(
        "amounts",
        "Figures the sources give for a stance (troops, ships, aircraft, money), one row per "
        "figure: a range in one unit, with the source's words. Add only rows of the same unit, "
        "and a range as a range.",
        (
            _AS_OF,
            Field("id", "integer", "A number for the row.", required=True),
            _CODE,
            Field("domain", "string", "overall or a domain.", enum=_DOMAINS, required=True),
            Field(
                "unit",
                "string",
                "What is counted (soldiers, trainers, ships, aircraft); money as its ISO 4217 "
                "code (EUR, USD, GBP).",
                required=True,
            ),
            Field("min", "number", "The lower bound; empty when the source gives none."),
            Field(
                "max",
                "number",
                "The upper bound; empty when the source gives none. Equal to min for a single "
                "figure.",
            ),
            Field(
                "words",
                "string",
                "The source's own words for the figure, found in a quote of the stance.",
                required=True,
            ),
        ),
        ("id",),
        (
            ForeignKey(("country",), "countries", ("code",)),
            ForeignKey(("country", "domain"), "stances", ("country", "domain")),
        ),
        ("words",),
    ),
    Table(
        "sources",
        "One row per cited source.",
        (
            _AS_OF,
            Field("id", "string", "The source's short id.", required=True),
            Field("publisher", "string", "Who published it.", required=True),
            Field("title", "string", "Its headline, as published.", required=True),
            Field("published", "date", "Its date; empty when unknown (never guessed)."),
            Field(
                "date_basis",
                "string",
                "How the date is known.",
                enum=_values(DateBasis),
                required=True,
            ),
            Field("date_note", "string", "More on the date."),
            Field("url", "string", "Where it was published."),
            Field("archive", "string", "The archived copy, relative to the ledger."),
            Field(
                "excerpt",
                "boolean",
                "The archive holds an excerpt, not the whole text.",
                required=True,
            ),
            Field("retrieved", "date", "When the archived copy was retrieved."),
            Field("language", "string", "Its language, ISO 639-1."),
            Field("sha256", "string", "The archive's SHA-256.", pattern="^[0-9a-f]{64}$"),
        ),
        ("id",),
    ),
    Table(
        "reported",
        "Figures a source states without naming countries ('26 countries').",
        (
            _AS_OF,
            Field("id", "integer", "A number for the row.", required=True),
            Field("value", "integer", "The number.", required=True),
            Field("qualifier", "string", "more than, at least…"),
            Field("counts", "string", "What is counted.", required=True),
            Field("status", "string", "The status the figure is about.", enum=_STATUSES),
            Field("named", "integer", "Countries the ledger names at that status or stronger."),
            _SOURCE,
            *_SAID,
        ),
        ("id",),
        (ForeignKey(("source",), "sources", ("id",)),),
        ("counts", "quote"),
    ),
    Table(
        "preconditions",
        "Preconditions the sources state for every contribution, one row per quote.",
        (
            _AS_OF,
            Field("id", "integer", "A number for the row.", required=True),
            Field("text", "string", "The precondition.", required=True),
            _SOURCE,
            *_SAID,
        ),
        ("id",),
        (ForeignKey(("source",), "sources", ("id",)),),
    ),
    Table(
        "corrections",
        "The ledger's corrections of its own mistakes, with their reasons.",
        (
            _AS_OF,
            Field("id", "integer", "A number for the row.", required=True),
            Field("date", "date", "When the correction was made.", required=True),
            Field("country", "string", "The country corrected.", pattern="^[A-Z]{2}$"),
            Field("domain", "string", "The domain corrected.", enum=_DOMAINS),
            Field("source", "string", "The source corrected."),
            Field("reason", "string", "What was wrong.", required=True),
        ),
        ("id",),
    ),
)

TABLES_BY_NAME = {table.name: table for table in TABLES}


# From git, with `export sqlite --history`: one row per stance per commit
# that changed its status (or made or removed it).
HISTORY = Table(
    "stance_history",
    "One row per stance per commit that changed its status, made it or removed it (from git).",
    (
        Field("commit", "string", "The commit's full hash.", required=True),
        Field("date", "string", "The commit's author date (ISO 8601).", required=True),
        Field("subject", "string", "The commit's subject line."),
        _CODE,
        Field("domain", "string", "overall or a domain.", enum=_DOMAINS, required=True),
        Field(
            "status_before", "string", "The status before; empty for a new stance.", enum=_STATUSES
        ),
        Field(
            "status_after", "string", "The status after; empty for a removed one.", enum=_STATUSES
        ),
        Field("strength_before", "integer", "status_before as 0-5."),
        Field("strength_after", "integer", "status_after as 0-5."),
        Field("direction", "string", "escalation or downgrade.", enum=("escalation", "downgrade")),
        Field(
            "correction", "boolean", "The change corrects the ledger's own mistake.", required=True
        ),
        Field("reason", "string", "The correction's reason."),
        Field("evidence", "string", "The quotes behind the new status, separated by ' | '."),
        Field("sources", "string", "Their sources' ids, separated by ', '."),
        Field(
            "news_date",
            "date",
            "Since when the sources support the new status: the date its first quote was said "
            "or published (empty when none is dated).",
        ),
        Field("recorded_on", "date", "When the ledger recorded it: the commit's date."),
        Field("release", "string", "The first release (YEAR.N) that holds the commit."),
    ),
    ("commit", "country", "domain"),
    (),
    ("subject", "evidence", "reason"),
)
