"""ISO 3166-1 country codes, from pycountry's data.

pycountry is the maintained copy of the ISO tables. Importing it costs more
than the rest of `validate` (it reads its own package metadata at import), so
its JSON table is read directly and only when a code is looked up;
tests/test_countries.py checks that this agrees with pycountry's own API.
"""

from __future__ import annotations

import difflib
import functools
import importlib.util
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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
    spec = importlib.util.find_spec("pycountry")
    locations = spec.submodule_search_locations if spec else None
    if not locations:  # pragma: no cover - pycountry is a dependency
        raise RuntimeError("pycountry is not installed")
    table = Path(next(iter(locations))) / "databases" / "iso3166-1.json"
    records = json.loads(table.read_text(encoding="utf-8"))["3166-1"]
    return {
        r["alpha_2"]: IsoCountry(
            r["alpha_2"], r["alpha_3"], r["name"], r.get("official_name"), r.get("common_name")
        )
        for r in records
    }


def country_name(code: str) -> str:
    """The name a reader knows a country by (ISO's common name where it has
    one: 'Bolivia', not 'Bolivia, Plurinational State of')."""
    country = iso_countries().get(code)
    if country is None:
        return code
    return country.common_name or country.name


def suggest_code(text: str) -> str | None:
    """The alpha-2 code someone probably meant by `text` (a wrong code, an
    alpha-3 code, lower case, or a country's name)."""
    countries = iso_countries()
    upper = text.strip().upper()
    if upper in countries:
        return upper
    if upper in NOT_ISO:
        return NOT_ISO[upper]
    for country in countries.values():
        if upper == country.alpha_3:
            return country.alpha_2
    names: dict[str, str] = {}
    for country in countries.values():
        for name in (country.name, country.official_name, country.common_name):
            if name:
                names[name.lower()] = country.alpha_2
    lowered = text.strip().lower()
    if lowered in names:
        return names[lowered]
    close = difflib.get_close_matches(lowered, list(names), n=1, cutoff=0.8)
    return names[close[0]] if close else None


def country_code_problem(code: str) -> tuple[str, str] | None:
    """(message, hint) when `code` is not an ISO 3166-1 alpha-2 code."""
    if code in iso_countries():
        return None
    guess = suggest_code(code)
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
    suggestions: tuple[str, ...] = ()  # codes in the ledger that are close
    known_elsewhere: str | None = None  # an ISO country the ledger does not list


def find_country(ledger: Ledger, query: str) -> CountryMatch:
    """A code or a name, in any case: 'fi', 'Finland', 'finland'."""
    wanted = query.strip().casefold()
    names: dict[str, str] = {}
    for code, country in ledger.countries.items():
        names[code.casefold()] = code
        names[display_name(code, country.name).casefold()] = code
        for name in _iso_spellings(code):
            names[name] = code
    if wanted in names:
        return CountryMatch(names[wanted])
    elsewhere = suggest_code(query)
    if elsewhere is not None and wanted in _iso_spellings(elsewhere):
        # A real country, written right, that the ledger has no entry for.
        return CountryMatch(None, known_elsewhere=elsewhere)
    close = [names[n] for n in _close(wanted, names)]
    return CountryMatch(None, tuple(dict.fromkeys(close)))


def _iso_spellings(code: str) -> set[str]:
    """Every way ISO writes a country, case-folded: codes and names."""
    country = iso_countries().get(code)
    if country is None:
        return set()
    spellings = [country.alpha_2, country.alpha_3, country.name]
    spellings += [country.official_name or "", country.common_name or ""]
    return {s.casefold() for s in spellings if s}


def _close(word: str, choices: Iterable[str]) -> list[str]:
    options = list(choices)
    found = difflib.get_close_matches(word, options, n=5, cutoff=0.7)
    found += [c for c in options if len(word) >= 2 and c.startswith(word) and c not in found]
    return found[:5]
