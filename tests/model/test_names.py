"""A country is named in a text exactly when its pattern finds a word: the
look for the words themselves, before the pattern, only spares compiling it."""

from __future__ import annotations

from coalition.model.countries import iso_countries
from coalition.model.names import country_words, names_any, names_country
from tests.model.test_folding import corpus_texts

SAMPLES = (
    "Finland and the Finns, Helsinki said",
    "Finlandia's Finnish-speaking",
    "the US and the U.S. and USA; us",
    "Somalia, Omani women, Nigeria's Niger",
    "Україна, Polska, Deutschland, Élysée Palace",
)


def test_named_in_agrees_with_the_pattern() -> None:
    texts = [*corpus_texts(), *SAMPLES]
    for code in iso_countries():
        words = country_words(code)
        for text in texts:
            assert words.named_in(text) == (words.pattern.search(text) is not None), (code, text)


def test_texts_read_as_one_name_what_each_names() -> None:
    texts = [*corpus_texts(), *SAMPLES]
    groups = [texts[start : start + 7] for start in range(0, len(texts), 5)]
    groups += [["Finland", "-"], ["-", "Finland"], ["Fin", "land"], ["x\nFinland\n", ""]]
    for code in ("FI", "US", "GB", "FR", "UA", "NE", "OM", "ML"):
        for group in groups:
            assert names_any(code, group) == any(names_country(t, code) for t in group), group
