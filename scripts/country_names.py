"""Write coalition/model/country_names.json, the names countryinfo gives
each ISO country (spellings, native name, translations, capital, demonym),
from countryinfo's own files.

    python -m scripts.country_names          # rewrite the table
    python -m scripts.country_names --check  # exit 1 if it is out of date

Why a copy: countryinfo reads all of its 255 country files (1.9 MB, outlines
included) the first time it is asked about one country, about 0.016 s of
every `validate`; the dozen words per country the check needs fit in a table
of a few kilobytes. tests/model/test_country_names.py fails when the table
differs from what the installed countryinfo gives; this script mends it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from scripts.generated import write_or_check

TABLE = Path(__file__).resolve().parent.parent / "coalition" / "model" / "country_names.json"
LANGUAGES = ("de", "fr", "it", "es", "nl", "pl")


def _infos() -> dict[str, dict[str, Any]]:
    """countryinfo's record of every country, by alpha-2 code."""
    from countryinfo import all_countries

    found: dict[str, dict[str, Any]] = {}
    for country in all_countries():
        info: dict[str, Any] = dict(country.info())
        code = str((info.get("ISO") or {}).get("alpha2") or "")
        if code:
            found[code] = info
    return found


def _info(code: str) -> dict[str, Any]:
    from countryinfo import CountryInfo

    try:
        return dict(CountryInfo(code).info())
    except Exception:  # noqa: BLE001 - a code the table does not know
        return {}


def _demonym_owners(infos: dict[str, dict[str, Any]]) -> dict[str, str]:
    """A demonym shared by several entries ('French' for France, Martinique,
    Réunion…) names the most populous: the state, not its territories."""
    owners: dict[str, tuple[int, str]] = {}
    for code, info in infos.items():
        demonym = str(info.get("demonym") or "")
        population = int(str(info.get("population") or 0) or 0)
        if demonym and population >= owners.get(demonym, (-1, ""))[0]:
            owners[demonym] = (population, code)
    return {demonym: code for demonym, (_, code) in owners.items()}


def _entry(info: dict[str, Any], owner: str | None, code: str) -> dict[str, Any]:
    words = [info.get("name") or "", info.get("nativeName") or ""]
    words += [str(spelling) for spelling in info.get("altSpellings") or []]
    translations = info.get("translations") or {}
    words += [str(translations.get(language) or "") for language in LANGUAGES]
    capital = str(info.get("capital") or "")
    words += [capital, capital.split(" ")[0]] if capital else []
    demonym = str(info.get("demonym") or "")
    demonyms = []
    if demonym:
        demonyms.append(demonym)
        if not demonym.endswith(("sh", "ch", "ese", "s")):
            demonyms.append(demonym + "s")

    def split(parts: list[str]) -> list[str]:
        return sorted({w for part in parts for w in part.split(" / ") if w.strip()})

    entry: dict[str, Any] = {"names": split(words), "demonyms": split(demonyms)}
    if demonym and owner != code:
        entry["demonym_of"] = owner or ""
    return entry


def table() -> str:
    from coalition.model.countries import iso_countries

    owners = _demonym_owners(_infos())
    entries = {}
    for code in sorted(iso_countries()):
        info = _info(code)
        if info:
            entries[code] = _entry(info, owners.get(str(info.get("demonym") or "")), code)
    return json.dumps(entries, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    return write_or_check(__doc__.splitlines()[0], TABLE, table)


if __name__ == "__main__":
    sys.exit(main())
