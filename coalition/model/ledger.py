"""The ledger's shape, as pydantic models.

No I/O here: `coalition/load.py` turns a file into the plain data these models
validate. Field descriptions double as the documentation a YAML language
server shows; each text field says how it is written (`fields.Style`).
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from coalition.model.fields import Order, Style
from coalition.model.vocabulary import Attribution, Column, Domain, Group, Status

_Text = StringConstraints(strip_whitespace=True, min_length=1)
Prose = Annotated[str, _Text, Style.PROSE]
"""Free text, written in double quotes: a title, a detail, a quote."""
Label = Annotated[str, _Text, Style.LABEL]
"""A short free text: a name, a publisher, a speaker, a role."""
Code = Annotated[str, _Text, Style.CODE]
"""An id, a path, a URL."""


class _Strict(BaseModel):
    # Unknown keys are errors: a misspelt key would otherwise vanish silently.
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _empty_means_none(cls, data: Any) -> Any:
        """`conditions:` with nothing after it means "no conditions", as a
        person writing the file would expect, wherever a list or mapping may
        be left out."""
        if isinstance(data, dict):
            optional = [
                name
                for name, info in cls.model_fields.items()
                if info.default_factory is not None and data.get(name, ...) is None
            ]
            if optional:
                return {k: v for k, v in data.items() if k not in optional}
        return data


class Source(_Strict):
    """A document the ledger cites."""

    publisher: Label = Field(description="Who published it, e.g. 'Politico'.")
    title: Prose = Field(description="Its headline or title, as published.")
    published: datetime.date = Field(description="Publication date, YYYY-MM-DD.")
    url: Code | None = Field(
        default=None, description="Where it can be read; leave out rather than guess."
    )
    archive: Code | None = Field(
        default=None,
        description="Path, relative to the ledger, of a plain-text copy; quotes citing "
        "this source are checked against it.",
    )


class Evidence(_Strict):
    """Words from a source that support a claim, quoted exactly."""

    source: Code = Field(description="The id of a source defined under 'sources'.")
    quote: Prose = Field(description="The source's exact words.")
    speaker: Label | None = Field(default=None, description="Who said it, e.g. 'Emmanuel Macron'.")
    attribution: Attribution | None = Field(
        default=None,
        description="How the source knows: on_record, spokesperson, anonymous or reported.",
    )


class Stance(_Strict):
    """One country's position on one contribution."""

    status: Status = Field(
        description="ruled_out, undecided, considering, offered, committed or delivering "
        "(weakest to strongest)."
    )
    detail: Prose | None = Field(
        default=None, description="A short description of the contribution."
    )
    conditions: list[Prose] = Field(
        default_factory=list,
        description="What the contribution depends on, e.g. 'ceasefire', 'US backstop'.",
    )
    evidence: list[Evidence] = Field(
        min_length=1, description="At least one quote from a source supporting the status."
    )
    reviewed: datetime.date | None = Field(
        default=None,
        description="When a person last checked that the stance still holds, YYYY-MM-DD; "
        "a stance reviewed recently is not stale, whatever the age of its evidence.",
    )


class Country(_Strict):
    """A country and what it has said about each domain."""

    name: Label | None = Field(default=None, description="Defaults to the ISO 3166-1 name.")
    group: Group = Field(description="coalition, partner or other.")
    role: Label | None = Field(default=None, description="A particular role, e.g. 'co-host'.")
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="Quotes supporting the country's group or role.",
    )
    overall: Stance | None = Field(
        default=None, description="A stance about the mission as a whole, not one domain."
    )
    stances: dict[Domain, Stance] = Field(
        default_factory=dict,
        description="land, sea, air, cyber, logistics, financing: each a stance.",
    )


def stances_by_column(country: Country) -> dict[str, Stance]:
    """A country's stances in column order: `overall` first, then the domains
    in their fixed order. Summaries, diffs and listings all read them so."""
    stances: dict[str, Stance] = {}
    if country.overall is not None:
        stances["overall"] = country.overall
    for domain in Domain:
        if domain in country.stances:
            stances[domain.value] = country.stances[domain]
    return stances


class Reported(Evidence):
    """A figure a source states without naming the countries it counts."""

    # Written with the figure first, then the evidence it rests on.
    FIELD_ORDER: ClassVar[tuple[str, ...]] = (
        "value", "counts", "status", "source", "quote", "speaker", "attribution",
    )  # fmt: skip

    value: int = Field(ge=0, description="The number, e.g. 26.")
    counts: Prose = Field(description="What is counted, e.g. 'countries formally committed'.")
    status: Status | None = Field(
        default=None, description="The status the counted countries have, if the source says."
    )


class Correction(_Strict):
    """A correction of the ledger's own mistake (an entry over- or under-read,
    a wrong date), told apart from news: `diff` and `log` show the changes it
    covers as a correction with its reason, never as an escalation or a
    climb-down. It covers the changes made with it to what it names: a
    country, one of its stances, a source, or (naming none) the reported
    figures and the ledger's own fields."""

    date: datetime.date = Field(description="When the correction was made, YYYY-MM-DD.")
    country: Code | None = Field(default=None, description="The country corrected, by code.")
    domain: Column | None = Field(
        default=None, description="The stance corrected: a domain, or overall (needs 'country')."
    )
    source: Code | None = Field(default=None, description="The source corrected, by id.")
    reason: Prose = Field(description="What was wrong, in words a reader understands.")


class Ledger(_Strict):
    """The whole ledger file."""

    title: Prose = Field(description="What this ledger tracks.")
    as_of: datetime.date = Field(description="When the ledger was last reviewed as a whole.")
    sources: Annotated[dict[Code, Source], Order.AS_WRITTEN] = Field(
        description="Cited documents by short id."
    )
    reported: list[Reported] = Field(
        default_factory=list, description="Aggregate figures stated without naming countries."
    )
    countries: dict[Code, Country] = Field(
        description="Countries by ISO 3166-1 alpha-2 code (FR, GB, NO, US)."
    )
    corrections: list[Correction] = Field(
        default_factory=list,
        description="Corrections of the ledger's own mistakes, oldest first, each with its reason.",
    )
