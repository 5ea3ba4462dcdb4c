"""Country codes and names, from pycountry's public API."""

from __future__ import annotations

import pycountry

from coalition.model.countries import (
    country_code_problem,
    country_name,
    iso_countries,
    iso_table,
    pycountry_table,
    suggest_code,
)


def test_every_iso_country_and_nothing_else() -> None:
    ours = iso_countries()
    assert len(ours) == len(pycountry.countries) >= 249
    assert ours["UA"].alpha_3 == "UKR" and "UK" not in ours and "XK" not in ours


def test_the_table_read_from_pycountrys_file_is_its_public_one() -> None:
    fields = ("alpha_2", "alpha_3", "name", "official_name", "common_name")
    from_file = [{k: v for k, v in r.items() if k in fields} for r in iso_table()]
    assert from_file == pycountry_table()


def test_reader_friendly_names() -> None:
    assert country_name("GB") == "United Kingdom"
    assert (
        country_name("BO") == "Bolivia"
    )  # ISO's common name, not 'Bolivia, Plurinational State of'


def test_suggestions() -> None:
    assert suggest_code("UK") == "GB"
    assert suggest_code("NOR") == "NO"
    assert suggest_code("norway") == "NO"
    assert suggest_code("Germny") == "DE"
    assert suggest_code("ZZ") is None


def test_valid_codes_have_no_problem() -> None:
    assert country_code_problem("NO") is None
    assert country_code_problem("ZZ") == (
        "'ZZ' is not an ISO 3166-1 alpha-2 country code",
        "use the country's two-letter code, e.g. FR, GB, NO, US",
    )
