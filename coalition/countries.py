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
from dataclasses import dataclass
from pathlib import Path

from coalition.problems import show_text


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
