"""How a field is written (its style) and in what order a mapping's keys
go: the words the models' annotations use (`coalition/model/ledger.py`) and
the writer reads back through `fields.layout()`. Apart from `fields`, so the
models can use them without importing what reads the models.
"""

from __future__ import annotations

import enum


class Style(enum.StrEnum):
    """How a scalar is written and what kind of text it is."""

    PROSE = "prose"  # free text, always in double quotes: titles, details, quotes
    LABEL = "label"  # a short free text, plain unless it needs quotes: a name, a role
    CODE = "code"  # an id, a path, a URL, or a word of the vocabulary
    DATE = "date"
    NUMBER = "number"
    FLAG = "flag"  # true or false

    @property
    def free_text(self) -> bool:
        return self in (Style.PROSE, Style.LABEL)


class Order(enum.StrEnum):
    """The order `fmt` puts the keys of a mapping of entries in."""

    AS_WRITTEN = "as_written"  # the writer's own order (sources, by topic or date)
    SORTED = "sorted"  # by key (countries, by code)
    VOCABULARY = "vocabulary"  # the order of an enum (domains, in column order)
