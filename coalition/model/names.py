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
import re
from dataclasses import dataclass
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

_LANGUAGES = ("de", "fr", "it", "es", "nl", "pl")


@dataclass(frozen=True)
class CountryWords:
    code: str
    words: tuple[str, ...]  # every way a text may name the country

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        alternatives = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w])")


@functools.cache
def _info(code: str) -> dict[str, Any]:
    """countryinfo's record of one country (its first use loads the table)."""
    from countryinfo import CountryInfo

    try:
        return dict(CountryInfo(code).info())
    except Exception:  # noqa: BLE001 - a code the table does not know
        return {}


@functools.cache
def _infos() -> dict[str, dict[str, Any]]:
    """countryinfo's record of every country, by alpha-2 code."""
    from countryinfo import all_countries

    found: dict[str, dict[str, Any]] = {}
    for country in all_countries():
        info: dict[str, Any] = dict(country.info())
        iso: dict[str, Any] = info.get("ISO") or {}
        code = str(iso.get("alpha2") or "")
        if code:
            found[code] = info
    return found


@functools.cache
def _demonym_owner() -> dict[str, str]:
    """A demonym shared by several entries ('French' for France, Martinique,
    Réunion…) names the most populous: the state, not its territories."""
    owners: dict[str, tuple[int, str]] = {}
    for code, info in _infos().items():
        demonym = str(info.get("demonym") or "")
        population = int(str(info.get("population") or 0) or 0)
        if demonym and population >= owners.get(demonym, (-1, ""))[0]:
            owners[demonym] = (population, code)
    return {demonym: code for demonym, (_, code) in owners.items()}


def _from_countryinfo(code: str, exclusive: bool) -> list[str]:
    info = _info(code)
    if not info:
        return []
    words = [info.get("name") or "", info.get("nativeName") or ""]
    words += [str(spelling) for spelling in info.get("altSpellings") or []]
    translations = info.get("translations") or {}
    words += [str(translations.get(language) or "") for language in _LANGUAGES]
    demonym = str(info.get("demonym") or "")
    if demonym and (not exclusive or _demonym_owner().get(demonym) == code):
        words.append(demonym)
        if not demonym.endswith(("sh", "ch", "ese", "s")):
            words.append(demonym + "s")
    capital = str(info.get("capital") or "")
    words += [capital, capital.split(" ")[0]] if capital else []
    return [w for part in words for w in part.split(" / ")]


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
    return country_words(code).pattern.search(text) is not None


def countries_named(text: str, codes: tuple[str, ...] | None = None) -> list[str]:
    """The codes of the countries `text` names (of `codes`, or of every ISO
    country), in the order of their first mention."""
    found = []
    for code in codes or tuple(iso_countries()):
        match = country_words(code, exclusive=codes is None).pattern.search(text)
        if match is not None:
            found.append((match.start(), code))
    return [code for _, code in sorted(found)]
