"""ISO 3166-1 country codes, from pycountry's table.

pycountry is the maintained copy of the ISO tables. Its import looks up its
own version in the installed packages' metadata (importing
`importlib.metadata`, a tenth of `validate`'s start-up on the shipped
ledger), so the table is read from the JSON file pycountry ships, found
without importing it; where that file is not (a pycountry laid out
otherwise), through pycountry's public API.
"""

from __future__ import annotations

import difflib
import functools
import importlib.util
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coalition.problems import show_text

if TYPE_CHECKING:
    from coalition.model.ledger import Ledger


@dataclass(frozen=True)
class IsoCountry:
    alpha_2: str
    alpha_3: str
    name: str
    official_name: str | None = None
    common_name: str | None = None


# Codes people write that ISO 3166-1 does not assign (or reserves for other
# uses), and the code they mean.
NOT_ISO = {
    "UK": "GB",  # reserved at the UK's request; ISO assigns GB
    "EL": "GR",  # the European Union's code for Greece
}


@functools.cache
def iso_countries() -> dict[str, IsoCountry]:
    """Every ISO 3166-1 country, by alpha-2 code."""
    return {
        str(c["alpha_2"]): IsoCountry(
            str(c["alpha_2"]),
            str(c["alpha_3"]),
            str(c["name"]),
            c.get("official_name"),
            c.get("common_name"),
        )
        for c in iso_table()
    }


def iso_table() -> list[dict[str, Any]]:
    """pycountry's ISO 3166-1 records, each a mapping of its fields."""
    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        try:
            table = json.loads((Path(folder) / "databases" / "iso3166-1.json").read_bytes())
            records = table["3166-1"]
        except (OSError, ValueError, KeyError, TypeError):
            continue
        if isinstance(records, list) and all(
            isinstance(r, dict) and {"alpha_2", "alpha_3", "name"} <= r.keys() for r in records
        ):
            return records
    return pycountry_table()


def pycountry_table() -> list[dict[str, Any]]:
    """The same records through pycountry's public API."""
    import pycountry

    fields = ("alpha_2", "alpha_3", "name", "official_name", "common_name")
    return [
        {name: getattr(c, name) for name in fields if getattr(c, name, None) is not None}
        for c in pycountry.countries
    ]


def country_name(code: str) -> str:
    """The name a reader knows a country by (ISO's common name where it has
    one: 'Bolivia', not 'Bolivia, Plurinational State of')."""
    country = iso_countries().get(code)
    if country is None:
        return code
    return country.common_name or country.name


# Names people use that ISO does not list: short, former and informal names.
# (ISO's own names, official names and common names are read from pycountry.)
ALIASES = {
    "uk": "GB",
    "britain": "GB",
    "great britain": "GB",
    "usa": "US",
    "us": "US",
    "america": "US",
    "united states of america": "US",
    "turkey": "TR",
    "holland": "NL",
    "the netherlands": "NL",
    "czech republic": "CZ",
    "russia": "RU",
    "vatican": "VA",
    "ivory coast": "CI",
    "macedonia": "MK",
    "swaziland": "SZ",
    "cape verde": "CV",
    "brunei": "BN",
    "palestine": "PS",
    "el": "GR",
}


def name_key(text: str) -> str:
    """A name as compared: case, accents, dots and spacing do not matter
    ('Türkiye' = 'turkiye', 'U.K.' = 'uk')."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace(".", "").replace("’", "'").replace("-", " ")
    return " ".join(plain.split())


@functools.cache
def _names() -> dict[str, str]:
    """Every way of writing a country, as `name_key`s -> alpha-2 code: codes,
    alpha-3 codes, ISO names (also "Republic of Korea" for "Korea, Republic
    of"), official and common names, and the aliases above."""
    names: dict[str, str] = {}
    for country in iso_countries().values():
        spellings = [country.alpha_2, country.alpha_3, country.name]
        spellings += [country.official_name or "", country.common_name or ""]
        if ", " in country.name:
            head, _, tail = country.name.partition(", ")
            spellings.append(f"{tail} {head}")
        for spelling in spellings:
            if spelling:
                names.setdefault(name_key(spelling), country.alpha_2)
    for alias, code in ALIASES.items():
        names[name_key(alias)] = code
    return names


def resolve_code(text: str) -> str | None:
    """The ISO alpha-2 code of what a person typed, written exactly (in any
    case): a code, an alpha-3 code, a name, an official, common or former
    name, or an alias ('UK', 'Britain', 'Turkey', 'Holland')."""
    return _names().get(name_key(text))


@functools.lru_cache(maxsize=4096)
def close_codes(text: str, limit: int = 3) -> tuple[str, ...]:
    """Codes of the countries whose names are close to `text`, closest first.

    Bounded: a text of two or three letters is compared with codes only, a
    longer one with the names (a few hundred), and repeated texts are cached."""
    wanted = name_key(text)
    names = _names()
    if len(wanted) <= 3:
        candidates = [n for n in names if len(n) <= 3]
        cutoff = 0.5
    else:
        candidates = [n for n in names if len(n) > 3]
        cutoff = 0.75
    found = difflib.get_close_matches(wanted, candidates, n=limit * 2, cutoff=cutoff)
    if len(wanted) >= 4:
        found += [n for n in candidates if n.startswith(wanted) and n not in found]
    return tuple(dict.fromkeys(names[n] for n in found))[:limit]


def suggest_code(text: str) -> str | None:
    """The alpha-2 code someone probably meant by `text` (a wrong code, an
    alpha-3 code, lower case, or a country's name, maybe misspelt)."""
    exact = resolve_code(text)
    if exact is not None:
        return exact
    if len(name_key(text)) <= 3:
        return None  # two letters are too few to guess from
    close = close_codes(text, 1)
    return close[0] if close else None


def country_code_problem(code: str, *, suggest: bool = True) -> tuple[str, str] | None:
    """(message, hint) when `code` is not an ISO 3166-1 alpha-2 code."""
    if code in iso_countries():
        return None
    guess = suggest_code(code) if suggest else resolve_code(code)
    message = f"{show_text(code)} is not an ISO 3166-1 alpha-2 country code"
    if guess is None:
        return message, "use the country's two-letter code, e.g. FR, GB, NO, US"
    return message, f"did you mean {show_text(guess)} ({country_name(guess)})?"


def display_name(code: str, name: str | None) -> str:
    """The name the ledger gives, else the ISO name a reader knows."""
    return name or country_name(code)


def alpha3(code: str) -> str:
    country = iso_countries().get(code)
    return country.alpha_3 if country else ""


@dataclass(frozen=True)
class CountryMatch:
    """The answer to "which country did the reader mean?"."""

    code: str | None
    suggestions: tuple[str, ...] = ()  # codes that are close to what was typed
    known_elsewhere: str | None = None  # an ISO country the ledger does not list


def find_country(ledger: Ledger | None, query: str) -> CountryMatch:
    """The country a person meant, for every command that takes one: a code
    or any name `resolve_code` knows, or the name the ledger gives it, in any
    case. Without a ledger, any ISO country is found."""
    code = resolve_code(query)
    if ledger is not None:
        given = {name_key(c.name): k for k, c in ledger.countries.items() if c.name}
        code = code or given.get(name_key(query))
        if code is not None and code not in ledger.countries:
            return CountryMatch(None, known_elsewhere=code)
    if code is not None:
        return CountryMatch(code)
    close = close_codes(query, 5)
    if ledger is not None:
        close = tuple(c for c in close if c in ledger.countries) or tuple(
            c for c in ledger.countries if name_key(query) in name_key(display_name(c, None))
        )
    return CountryMatch(None, close[:5])
