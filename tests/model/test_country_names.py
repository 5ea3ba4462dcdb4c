"""The copy of countryinfo's country names that the package ships
(coalition/model/country_names.json) is what countryinfo gives today, and
reads as the check expects."""

from __future__ import annotations

from coalition.model.names import country_words, names_country
from scripts.country_names import TABLE, table


def test_the_shipped_copy_is_what_countryinfo_gives() -> None:
    """Stale after a countryinfo release: `python -m scripts.country_names`."""
    assert TABLE.read_text(encoding="utf-8") == table()


def test_a_country_is_named_by_its_demonym_capital_and_native_name() -> None:
    for text in ("Finnish troops", "Helsinki said", "Suomi", "the Finns", "Finland"):
        assert names_country(text, "FI"), text
    assert not names_country("Swedish troops", "FI")


def test_a_shared_demonym_names_the_state_in_listings_of_every_country() -> None:
    """'French' is France's; Martinique keeps it only when asked about alone."""
    assert "French" in country_words("MQ").words
    assert "French" not in country_words("MQ", exclusive=True).words
    assert "French" in country_words("FR", exclusive=True).words
