"""The ledger's shape, as pydantic models.

No I/O here: `coalition/load.py` turns a file into the plain data these models
validate. Field descriptions double as the documentation a YAML language
server shows; each text field says how it is written (`styles.Style`).
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from coalition.model.amounts import Bound, checked_unit
from coalition.model.styles import Order, Style
from coalition.model.vocabulary import Attribution, Column, DateBasis, Domain, Group, Status

_Text = StringConstraints(strip_whitespace=True, min_length=1)
Prose = Annotated[str, _Text, Style.PROSE]
"""Free text, written in double quotes: a title, a detail, a quote."""
Label = Annotated[str, _Text, Style.LABEL]
"""A short free text: a name, a publisher, a speaker, a role."""
Code = Annotated[str, _Text, Style.CODE]
"""An id, a path, a URL."""
WebAddress = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^[Hh][Tt][Tt][Pp][Ss]?://[^\s/?#]"),
    Style.CODE,
]
"""An http(s) address: a javascript: or file: one would run or open something
where the published site and the Markdown make it a link."""
Sha256 = Annotated[
    str, StringConstraints(strip_whitespace=True, pattern="^[0-9a-f]{64}$"), Style.CODE
]


class _Strict(BaseModel):
    # Unknown keys are errors: a misspelt key would otherwise vanish silently.
    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _empty_means_none(cls, data: Any) -> Any:
        """`conditions:` with nothing after it means "no conditions", as a
        person writing the file would expect, wherever a list or mapping may
        be left out."""
        # Called for every object of the ledger: most have no empty value.
        if isinstance(data, dict) and None in data.values():
            optional = [
                name
                for name, info in cls.model_fields.items()
                if info.default_factory is not None and data.get(name, ...) is None
            ]
            if optional:
                return {k: v for k, v in data.items() if k not in optional}
        return data


class Ignored(_Strict):
    """What a source says that is deliberately not recorded, and why, so that
    `coalition coverage` stops listing it: one sentence (`text`), or every
    sentence about a country the ledger does not track (`country`)."""

    text: Prose | None = Field(
        default=None, description="The sentence, or enough of it to find it."
    )
    country: Code | None = Field(
        default=None, description="A country not tracked, by code (the one the guarantees are for)."
    )
    reason: Prose = Field(description="Why it is not recorded.")


class Source(_Strict):
    """A document the ledger cites."""

    publisher: Label = Field(description="Who published it, e.g. 'Politico'.")
    title: Prose = Field(description="Its headline or title, as published.")
    published: datetime.date | None = Field(
        description="Publication date, YYYY-MM-DD; left empty when it is unknown (then "
        "date_basis: unknown)."
    )
    date_basis: DateBasis = Field(
        default=DateBasis.STATED,
        description="How the date is known: stated (the text gives it, the default), url, "
        "index (the date it was indexed with), inferred (say how in date_note), or unknown.",
    )
    date_note: Prose | None = Field(
        default=None, description="How an inferred or uncertain date was arrived at."
    )
    url: WebAddress | None = Field(
        default=None,
        description="Where it can be read, an http:// or https:// address; leave out rather "
        "than guess.",
    )
    archive: Code | None = Field(
        default=None,
        description="Path, relative to the ledger, of a plain-text copy; quotes citing "
        "this source are checked against it.",
    )
    excerpt: bool = Field(
        default=False, description="The archive holds only part of the text (most web copies)."
    )
    retrieved: datetime.date | None = Field(
        default=None, description="When the archived copy was retrieved."
    )
    sha256: Sha256 | None = Field(
        default=None,
        description="The SHA-256 of the archive when it was recorded; validate reports a copy "
        "that changed since.",
    )
    language: Code | None = Field(
        default=None, description="The language of the text, as an ISO 639-1 code (de, fr)."
    )
    ignored: list[Ignored] = Field(
        default_factory=list,
        description="Sentences naming a country that are deliberately not recorded, with why.",
    )


class Evidence(_Strict):
    """Words from a source that support a claim, quoted exactly, and how the
    source knows them, so that a reader can weigh them."""

    source: Code = Field(description="The id of a source defined under 'sources'.")
    quote: Prose = Field(
        description="The source's exact words, in the source's language (see translation)."
    )
    translation: Prose | None = Field(
        default=None, description="The quote in English, when the source is in another language."
    )
    speaker: Label | None = Field(default=None, description="Who said it, e.g. 'Emmanuel Macron'.")
    speaker_country: Code | None = Field(
        default=None,
        description="The country the speaker speaks for, by code, when it is not the country "
        "the evidence is about (Macron on the United States: FR).",
    )
    attribution: Attribution | None = Field(
        default=None,
        description="How the source knows: on_record, spokesperson, anonymous or reported.",
    )
    paraphrase: bool = Field(
        default=False,
        description="The words are the source's paraphrase of what was said, not a direct quote.",
    )
    via: Label | None = Field(
        default=None,
        description="The outlet the source carries it from, e.g. 'Spiegel', 'The Canadian Press'.",
    )
    date: datetime.date | None = Field(
        default=None,
        description="When it was said or first reported, if earlier than the source's date.",
    )
    checked: bool = Field(
        default=False,
        description="A person read the quote and it bears the claim: the claim checks "
        "(status-unsupported, country-not-named) accept it.",
    )


class StanceEvidence(Evidence):
    """Evidence of a stance, which may support an earlier status than the
    stance's own: the stance's history is written once, in the ledger, from
    its sources, and its timeline is derived from it (`analyse/timeline.py`).
    A quote from February 2025 saying Germany was "reluctant" keeps its
    `status: undecided` beside the January 2026 quotes that moved the stance
    to `considering`, rather than being deleted or retyped in a second list."""

    status: Status | None = Field(
        default=None,
        description="The status this quote supported on its date, when it is not the stance's "
        "own (an earlier position, since superseded, or a source that contradicts another). "
        "Leave it out when the quote supports the stance's status.",
    )


class Resolution(_Strict):
    """How the ledger resolved sources that contradict each other about one
    stance on overlapping dates: which it follows and why, so a reader sees
    the choice rather than only its result (as Kiel notes the source it
    prefers, ACLED its best estimate, Wikidata a preferred rank)."""

    follows: Code = Field(description="The id of the source whose account the status follows.")
    reason: Prose = Field(description="Why that source, in words a reader understands.")

    def __str__(self) -> str:
        """As `diff` and `log` say it: `follows SOURCE-ID: REASON`."""
        return f"follows {self.follows}: {self.reason}"


class Amount(_Strict):
    """A figure a source gives for a stance ('a company of 100–200 troops',
    '€20m'), as a range in one unit, with the source's own words: totals add
    only figures of one unit, and a range stays a range."""

    # What a schema can say of the bounds: at least one is there.
    model_config = ConfigDict(
        json_schema_extra={"anyOf": [{"required": ["min"]}, {"required": ["max"]}]}
    )

    unit: Annotated[Label, AfterValidator(checked_unit)] = Field(
        description="What is counted: soldiers, trainers, ships, aircraft; money as an "
        "ISO 4217 code (EUR, USD, GBP)."
    )
    min: Bound | None = Field(
        default=None,
        description="The lower bound; leave out when the source gives none ('up to 100').",
    )
    max: Bound | None = Field(
        default=None,
        description="The upper bound; leave out when the source gives none ('at least 100'). "
        "A single figure has min and max equal.",
        validate_default=True,
    )
    words: Prose = Field(
        description="The source's own words for the figure, as they appear in a quote (or "
        "translation) of this stance's evidence."
    )

    def __str__(self) -> str:
        """As `diff` and `log` say it: '100–200 soldiers (“a company of 100–200 troops”)'."""
        low, high = self.min, self.max
        bounds = f"{low}–{high}" if low != high else f"{low}"
        figure = f"up to {high}" if low is None else f"at least {low}" if high is None else bounds
        return f"{figure} {self.unit} (“{self.words}”)"

    @field_validator("max", mode="after")
    @classmethod
    def _a_range(cls, value: int | Decimal | None, info: ValidationInfo) -> int | Decimal | None:
        # On `max`, not the model, so that it is reported beside the other
        # fields' mistakes; a `min` that failed is not in `info.data`.
        if "min" not in info.data:
            return value
        low = info.data["min"]
        if low is None and value is None:
            raise PydanticCustomError("amount_unbounded", "neither min nor max")
        if low is not None and value is not None and low > value:
            raise PydanticCustomError(
                "amount_order", "min {min} is more than max {max}", {"min": low, "max": value}
            )
        return value


class Stance(_Strict):
    """One country's position on one contribution."""

    status: Status = Field(
        description="ruled_out, undecided, considering, offered, committed or delivering "
        "(weakest to strongest)."
    )
    detail: Prose | None = Field(
        default=None, description="A short description of the contribution."
    )
    scope: Prose | None = Field(
        default=None,
        description="Where or to what the stance applies, as the source limits it, e.g. "
        "'the war front', 'neighbouring NATO territory'.",
    )
    hedge: Label | None = Field(
        default=None,
        description="The hedge the source uses, e.g. 'likely', 'possible', 'could'.",
    )
    conditions: list[Prose] = Field(
        default_factory=list,
        description="What the contribution depends on, e.g. 'ceasefire', 'US backstop'.",
    )
    amounts: tuple[Amount, ...] = Field(
        default_factory=tuple,
        description="Figures the sources give (troops, ships, aircraft, money), each with its "
        "unit, range and the source's words.",
    )
    evidence: list[StanceEvidence] = Field(
        min_length=1,
        description="At least one quote from a source supporting the status (or, with its own "
        "'status', an earlier or contradicting one).",
    )
    resolution: Resolution | None = Field(
        default=None,
        description="When sources contradict each other on overlapping dates: the source the "
        "status follows, and why.",
    )
    reviewed: datetime.date | None = Field(
        default=None,
        description="When a person last checked that the stance still holds, YYYY-MM-DD; "
        "a stance reviewed recently is not stale, whatever the age of its evidence.",
    )


class Precondition(_Strict):
    """A precondition the sources state for every contribution, such as a
    ceasefire or a peace agreement."""

    text: Prose = Field(description="The precondition, e.g. 'a ceasefire or peace agreement'.")
    evidence: list[Evidence] = Field(min_length=1, description="The quote that states it.")


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
        "value", "qualifier", "counts", "status", "source", "quote", "speaker", "attribution",
    )  # fmt: skip

    value: int = Field(ge=0, description="The number, e.g. 26.")
    qualifier: Label | None = Field(
        default=None, description="How the source qualifies it: 'more than', 'about', 'at least'."
    )
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
    preconditions: list[Precondition] = Field(
        default_factory=list,
        description="Preconditions the sources state for every contribution, each with its quote.",
    )
    sources: Annotated[dict[Code, Source], Order.AS_WRITTEN] = Field(
        description="Cited documents by short id."
    )
    reported: list[Reported] = Field(
        default_factory=list, description="Aggregate figures stated without naming countries."
    )
    countries: dict[Code, Country] = Field(
        description="Countries by ISO 3166-1 alpha-2 code (FR, GB, NO, US)."
    )
    ignored: list[Ignored] = Field(
        default_factory=list,
        description="What no source's sentences are recorded for: countries not tracked "
        "(`country:`), each with why.",
    )
    corrections: list[Correction] = Field(
        default_factory=list,
        description="Corrections of the ledger's own mistakes, oldest first, each with its reason.",
    )
