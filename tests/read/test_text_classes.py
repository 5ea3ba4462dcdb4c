"""The fast patterns of one character (`one_character_of`) find exactly what
the plain classes they stand for find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from coalition.read.text import (
    CONTEXTUAL_ASTRAL,
    CONTEXTUAL_BMP,
    SUSPECT_ASTRAL,
    SUSPECT_BMP,
    one_character_of,
)

CLASSES = [
    (SUSPECT_BMP, SUSPECT_ASTRAL),
    (CONTEXTUAL_BMP, CONTEXTUAL_ASTRAL),
    (
        SUSPECT_BMP + CONTEXTUAL_BMP + "\\x80-\\x9f\\u2028\\u2029",
        SUSPECT_ASTRAL + CONTEXTUAL_ASTRAL,
    ),
]
# Characters at and around every edge of the classes, beside ordinary text.
EDGES = [
    chr(code + step)
    for code in (
        *(0x0, 0x9, 0x1F, 0x7F, 0x9F, 0xAD, 0x200B, 0x2028, 0xD7FF, 0xE000, 0xF8FF),
        *(0xFE00, 0xFFFF, 0x10000, 0x1D173, 0x1D17A, 0xE0000, 0xE001F, 0xE007F, 0xE0FFF, 0x10FFFF),
    )
    for step in (-1, 0, 1)
    if 0 <= code + step <= 0x10FFFF
]
TEXTS = st.text(st.one_of(st.characters(), st.sampled_from(EDGES)), max_size=40)


@given(TEXTS)
def test_the_same_matches_as_the_plain_class(text: str) -> None:
    for bmp, astral in CLASSES:
        plain = re.compile(f"[{bmp}{astral}]")
        fast = one_character_of(bmp, astral)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert fast.sub("?", text) == plain.sub("?", text)
        assert bool(fast.match(text)) == bool(plain.match(text))


def test_every_character_at_an_edge() -> None:
    for bmp, astral in CLASSES:
        plain = re.compile(f"[{bmp}{astral}]")
        fast = one_character_of(bmp, astral)
        for char in EDGES:
            assert bool(fast.fullmatch(char)) == bool(plain.fullmatch(char)), hex(ord(char))
