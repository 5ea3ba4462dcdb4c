"""The ledger's shape, as pydantic models, and the ordered status scale.

No I/O here: `load.py` turns a file into the plain data these models validate.
Field descriptions double as the documentation a YAML language server shows.
"""

from __future__ import annotations

import datetime
import enum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


class Status(enum.StrEnum):
    """What a country has said or done about one contribution.

    The members are listed weakest to strongest: diffs call a move up this
    scale an escalation, a move down a downgrade.
    """

    RULED_OUT = "ruled_out"
    UNDECIDED = "undecided"
    CONSIDERING = "considering"
    OFFERED = "offered"
    COMMITTED = "committed"
    DELIVERING = "delivering"

    @property
    def rank(self) -> int:
        return _STATUS_ORDER.index(self)


_STATUS_ORDER = list(Status)

STATUS_MEANINGS = {
    Status.RULED_OUT: "publicly refused",
    Status.UNDECIDED: "spoke about it without taking a position",
    Status.CONSIDERING: "publicly weighing a named contribution",
    Status.OFFERED: "said it is willing or prepared",
    Status.COMMITTED: "formally pledged",
    Status.DELIVERING: "under way",
}


class Domain(enum.StrEnum):
    """Where a contribution is made; the order is the order of columns."""

    LAND = "land"
    SEA = "sea"
    AIR = "air"
    CYBER = "cyber"
    LOGISTICS = "logistics"
    FINANCING = "financing"


class Attribution(enum.StrEnum):
    """How the source knows what it says, strongest first."""

    ON_RECORD = "on_record"
    SPOKESPERSON = "spokesperson"
    ANONYMOUS = "anonymous"
    REPORTED = "reported"


ATTRIBUTION_MEANINGS = {
    Attribution.ON_RECORD: "a named official speaking",
    Attribution.SPOKESPERSON: "an official spokesperson",
    Attribution.ANONYMOUS: "unnamed officials",
    Attribution.REPORTED: "the outlet's own or another outlet's reporting",
}


class Group(enum.StrEnum):
    """Where a country stands relative to the coalition of the willing."""

    COALITION = "coalition"
    PARTNER = "partner"
    OTHER = "other"


GROUP_MEANINGS = {
    Group.COALITION: "a member of the coalition of the willing",
    Group.PARTNER: "an outside partner (for example the United States as a backstop)",
    Group.OTHER: "named in the sources without being a member or partner",
}


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

    publisher: Text = Field(description="Who published it, e.g. 'Politico'.")
    title: Text = Field(description="Its headline or title, as published.")
    published: datetime.date = Field(description="Publication date, YYYY-MM-DD.")
    url: Text | None = Field(
        default=None, description="Where it can be read; leave out rather than guess."
    )
    archive: Text | None = Field(
        default=None,
        description="Path, relative to the ledger, of a plain-text copy; quotes citing "
        "this source are checked against it.",
    )


class Evidence(_Strict):
    """Words from a source that support a claim, quoted exactly."""

    source: Text = Field(description="The id of a source defined under 'sources'.")
    quote: Text = Field(description="The source's exact words.")
    speaker: Text | None = Field(default=None, description="Who said it, e.g. 'Emmanuel Macron'.")
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
    detail: Text | None = Field(
        default=None, description="A short description of the contribution."
    )
    conditions: list[Text] = Field(
        default_factory=list,
        description="What the contribution depends on, e.g. 'ceasefire', 'US backstop'.",
    )
    evidence: list[Evidence] = Field(
        min_length=1, description="At least one quote from a source supporting the status."
    )


class Country(_Strict):
    """A country and what it has said about each domain."""

    name: Text | None = Field(default=None, description="Defaults to the ISO 3166-1 name.")
    group: Group = Field(description="coalition, partner or other.")
    role: Text | None = Field(default=None, description="A particular role, e.g. 'co-host'.")
    overall: Stance | None = Field(
        default=None, description="A stance about the mission as a whole, not one domain."
    )
    stances: dict[Domain, Stance] = Field(
        default_factory=dict,
        description="land, sea, air, cyber, logistics, financing: each a stance.",
    )
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="Quotes supporting the country's group or role.",
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

    value: int = Field(ge=0, description="The number, e.g. 26.")
    counts: Text = Field(description="What is counted, e.g. 'countries formally committed'.")
    status: Status | None = Field(
        default=None, description="The status the counted countries have, if the source says."
    )


class Ledger(_Strict):
    """The whole ledger file."""

    title: Text = Field(description="What this ledger tracks.")
    as_of: datetime.date = Field(description="When the ledger was last reviewed as a whole.")
    sources: dict[Text, Source] = Field(description="Cited documents by short id.")
    reported: list[Reported] = Field(
        default_factory=list, description="Aggregate figures stated without naming countries."
    )
    countries: dict[Text, Country] = Field(
        description="Countries by ISO 3166-1 alpha-2 code (FR, GB, NO, US)."
    )
