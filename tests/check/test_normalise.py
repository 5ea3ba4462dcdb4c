"""The quote check's normalisation skips what cannot change a text (the
translation table for ASCII text without '`', the white-space rewrite for
printable text without two spaces in a row): it gives what the whole
rewrite gives, on the claim corpora and on generated text."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from coalition.check import quotes
from coalition.check.quotes import normalise, too_short
from tests.model.test_folding import corpus_texts


def reference(text: str) -> str:
    """The normalisation written out in full, every step on every text."""
    composed = unicodedata.normalize("NFC", text).translate(quotes._TRANSLATION)
    return re.sub(r"\s+", " ", composed.replace("...", "…")).strip()


def reference_too_short(quote: str) -> bool:
    parts = [p for p in re.split(r"\s*(?:…|\.\.\.)\s*", reference(quote)) if p.strip("\"' ")]
    counts = [len(re.findall(r"\w+", part)) for part in parts]
    return sum(counts) < quotes.MIN_WORDS or any(c < quotes.MIN_WORDS_PER_PART for c in counts)


def test_only_the_backtick_is_translated_in_ascii() -> None:
    assert [chr(code) for code in quotes._TRANSLATION if code < 128] == ["`"]


def test_every_white_space_but_the_space_is_unprintable() -> None:
    spaces = re.findall(r"\s", "".join(map(chr, range(sys.maxunicode + 1))))
    assert " " in spaces and "\u3000" in spaces
    assert all(c == " " or not c.isprintable() for c in spaces)


def test_the_corpora_normalise_as_before() -> None:
    for text in corpus_texts():
        assert normalise(text) == reference(text)
        assert too_short(text) == reference_too_short(text)


_PIECES = st.sampled_from(
    [
        "Italy",
        "is",
        "weighing",
        "`",
        "‘",
        "’",
        "“",
        "—",
        "–",
        "\u00ad",
        "\u200b",
        "...",
        "…",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
        "\u3000",
        "\x1c",
        "e\u0301",
        "é",
        "«",
        "'",
        '"',
        ".",
        ".",
    ]
)


@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=16).map("".join))
@settings(max_examples=300, deadline=None)
def test_generated_text_normalises_as_before(text: str) -> None:
    assert normalise(text) == reference(text)
    assert too_short(text) == reference_too_short(text)
