"""The ledger's fixed words: statuses (an ordered scale), domains, groups,
attributions, and what each means. Plain enums, cheap to import: the CLI's
help and the renderers need them without pydantic."""

from __future__ import annotations

import enum


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


class DateBasis(enum.StrEnum):
    """How a source's date is known."""

    STATED = "stated"  # the text gives it
    URL = "url"  # the page's address gives it
    INDEX = "index"  # the date the page was indexed with
    INFERRED = "inferred"  # deduced from the text (say how in date_note)
    UNKNOWN = "unknown"  # nothing says it: the date is left empty


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


class Column(enum.StrEnum):
    """A column of a summary: the mission as a whole, or one domain."""

    OVERALL = "overall"
    LAND = "land"
    SEA = "sea"
    AIR = "air"
    CYBER = "cyber"
    LOGISTICS = "logistics"
    FINANCING = "financing"


OVERALL = "overall"
"""The column of stances about the mission as a whole, beside the domains."""

COLUMNS: tuple[str, ...] = (OVERALL, *(d.value for d in Domain))
"""Every column of a summary, in order: overall, then the domains."""
