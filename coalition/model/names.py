"""How texts name a country: names, demonyms, capitals used for governments.

A quote names Finland when it says "Finland", "Finnish", "Finns", "Suomi" or
"Helsinki". The names, demonyms, capitals, native names and translations come
from maintained tables (pycountry's ISO names; countryinfo's spellings,
demonyms, capitals and translations); what no table holds (plural nouns such
as "Finns", buildings that stand for governments such as "the Elysée") is a
short list here. Matching is case-sensitive, so "US" is the United States and
"us" is not.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coalition.model.countries import iso_countries

# Plural nouns for a people that are not the demonym plus 's'.
PEOPLE = {
    "FI": ("Finns",),
    "PL": ("Poles",),
    "GB": ("Brits", "Britons"),
    "TR": ("Turks",),
    "DK": ("Danes",),
    "SE": ("Swedes",),
    "NL": ("Dutch",),
    "FR": ("French",),
    "ES": ("Spaniards",),
    "CH": ("Swiss",),
    "IE": ("Irish",),
    "JP": ("Japanese",),
}

# Places that stand for a government in reporting ("the Elysée said").
SEATS = {
    "FR": ("Elysée", "Élysée", "Élysée Palace"),
    "GB": ("Downing Street", "Whitehall", "Westminster"),
    "US": ("White House", "Pentagon", "Washington"),
    "RU": ("Kremlin",),
    "DE": ("Chancellery", "Bundestag", "Bundesregierung"),
    "UA": ("Kyiv", "Kiev"),
    "BE": ("Brussels",),
}

# Names in common use that the tables leave out.
OTHER_NAMES = {
    "GB": ("U.K.", "UK", "Britain", "Great Britain", "British"),
    "US": ("U.S.", "US", "USA", "America", "American", "Americans", "United States"),
    "TR": ("Turkey", "Turkish"),
    "NL": ("Holland",),
    "CZ": ("Czech Republic",),
    "RU": ("Russia", "Russian", "Russians"),
    "KR": ("South Korea",),
}


@dataclass(frozen=True)
class CountryWords:
    code: str
    words: tuple[str, ...]  # every way a text may name the country

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])")

    def named_in(self, text: str) -> bool:
        """Whether `text` names the country (`pattern` finds a word). A text
        holding none of the words at all is answered without the pattern,
        which a ledger of every country would otherwise compile for each
        (a quarter of a second at 10 MB)."""
        if not any(map(text.__contains__, self.words)):
            return False
        return self.pattern.search(text) is not None


@functools.cache
def _countryinfo() -> dict[str, dict[str, Any]]:
    """countryinfo's names of every ISO country, from the copy written by
    `python -m scripts.country_names` (countryinfo itself reads all of its
    country files, outlines included, to answer about one)."""
    table: dict[str, dict[str, Any]] = json.loads(
        (Path(__file__).parent / "country_names.json").read_bytes()
    )
    return table


def _from_countryinfo(code: str, exclusive: bool) -> list[str]:
    entry = _countryinfo().get(code)
    if entry is None:
        return []
    words: list[str] = list(entry["names"])
    if not exclusive or "demonym_of" not in entry:
        words += entry["demonyms"]
    return words


def _usable(word: str) -> bool:
    """Short codes are too ambiguous in running text, except these."""
    word = word.strip()
    return (
        bool(word)
        and "," not in word
        and (len(word) > 3 or word in ("UK", "U.K.", "US", "U.S.", "USA"))
    )


@functools.cache
def country_words(code: str, *, exclusive: bool = False) -> CountryWords:
    """Every way a text may name the country. `exclusive` leaves out a
    demonym the country shares with a more populous one (Martinique is not
    named by 'French'); it loads the whole table, so only listings of every
    country ask for it."""
    country = iso_countries().get(code)
    words = set(_from_countryinfo(code, exclusive))
    if country is not None:
        words |= {country.name, country.official_name or "", country.common_name or ""}
    for table in (OTHER_NAMES, PEOPLE, SEATS):
        words |= set(table.get(code, ()))
    return CountryWords(code, tuple(sorted(w.strip() for w in words if _usable(w))))


# A quote is checked once per stance of its country that cites it; the cache
# is for the stances of one country citing the same quote, and for a ledger
# of up to a few thousand quotes checked again (an edit checks the ledger
# before and after). A quote seldom names the same country twice in a large
# ledger (at 10 MB, 800 hits in 55,000 calls), and an entry of the cache
# costs more than its quote's text (12 MiB at 65,536 entries).
@functools.lru_cache(maxsize=1 << 13)
def names_country(text: str, code: str) -> bool:
    return country_words(code).named_in(text)


def names_any(code: str, texts: list[str]) -> bool:
    """Whether any of `texts` names the country. They are read as one,
    a line between each: no name holds a line break, and one ends a name as
    the end of a text does (the pattern asks only for no letter, digit, '_'
    or '-' beside it), so the answer is the same, found in one look."""
    words = country_words(code)
    if any("\n" in word for word in words.words):
        return any(names_country(text, code) for text in texts)
    return words.named_in("\n".join(texts))


def countries_named(text: str, codes: tuple[str, ...] | None = None) -> list[str]:
    """The codes of the countries `text` names (of `codes`, or of every ISO
    country), in the order of their first mention."""
    found = []
    for code in codes or tuple(iso_countries()):
        match = country_words(code, exclusive=codes is None).pattern.search(text)
        if match is not None:
            found.append((match.start(), code))
    return [code for _, code in sorted(found)]
