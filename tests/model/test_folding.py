"""The word lists matched on lower-cased text find what the case-insensitive
patterns find (`coalition/model/folding.py`): the same spans, in the same
order, on the claim corpora's quotes and on generated text made of the lists'
own words in any case, among letters that do not lower-case plainly."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from coalition.model import cues, wording
from coalition.model.folding import WordGate, WordPattern, _by_first_letter, folded
from tests.check import claims_corpus
from tests.check.reading_corpus import MISLABELLED, TRUE

KINDS = ("hedge", "scope", "ukraine", "lead", "forecast", "joint", "relative", "topic")


def patterns() -> list[WordPattern]:
    return [wording._pattern(kind) for kind in KINDS] + [p for _, p in cues._patterns()]


def corpus_texts() -> list[str]:
    texts = []
    for entry in (*TRUE, *MISLABELLED):
        texts += [entry.quote, entry.translation or ""]
        texts += [other[1] for other in entry.others.values()]
    texts += [v for v in vars(claims_corpus).values() if isinstance(v, str)]
    return [text for text in texts if text]


def gates() -> list[tuple[WordGate, list[WordPattern]]]:
    """Each gate, and the lists it stands before."""
    gated = [wording._pattern(kind) for kind in KINDS if kind != "topic"]
    return [(wording._gate(), gated), (cues._gate(), [p for _, p in cues._patterns()])]


def agree(text: str) -> None:
    for pattern in patterns():
        expected = [match.span() for match in pattern.exact.finditer(text)]
        assert list(pattern.spans(text)) == expected, (pattern.exact.pattern[:40], text)
        assert pattern.search(text) == bool(expected)
    for gate, lists in gates():
        if any(pattern.exact.search(text) for pattern in lists):
            assert not gate.shuts_out(folded(text)), text


def test_every_list_has_its_lower_case_pattern_and_its_gate() -> None:
    assert all(pattern.lower is not None for pattern in patterns())
    assert all(gate.pattern is not None for gate, _ in gates())


def test_a_gate_spells_out_how_each_word_begins() -> None:
    assert _by_first_letter("(?:un)?likely") == [("u", "nlikely"), ("l", "ikely")]
    assert _by_first_letter("s?x") == [("s", "x"), ("x", "")]
    assert _by_first_letter("(?:a|b)c") == [("a", "c"), ("b", "c")]
    for opaque in (r"\w+", "[ab]c", "(?<![a-z])may", "(?:a|b)+c", "a*b", ""):
        assert _by_first_letter(opaque) is None
    gate = WordGate(("(?:un)?likely", r"may\w*"), ("[ab]c",))
    assert gate.pattern is not None
    assert [gate.admits(text) for text in ("unlikely", "mayor", "bc", "likelyx", "ac x")] == [
        True,
        True,
        True,
        False,
        True,
    ]


def test_a_gate_lets_the_first_texts_through_unread() -> None:
    """A small ledger's texts are read by the lists before the gate is built."""
    gate = WordGate(("likely",), after=2)
    assert [gate.admits(text) for text in ("x", "y", "z", "likely")] == [True, True, False, True]
    assert WordGate(("likely",)).shuts_out("x") and not WordGate(("likely",)).shuts_out("likely")


def test_a_text_the_gate_shuts_out_reads_no_word() -> None:
    assert cues._gate().shuts_out("the meeting was held in the morning")
    assert cues._cues("the meeting was held in the morning") == ()
    assert wording._gate().shuts_out("the meeting was held in the morning")


def test_the_corpora_read_the_same() -> None:
    texts = corpus_texts()
    assert len(texts) > 100
    assert any(folded(text) is not None and not text.isascii() for text in texts)
    for text in texts:
        agree(text)


def test_letters_that_do_not_lower_case_plainly_keep_the_exact_pattern() -> None:
    for text in ("İn principle", "ſigned", "unlıkely", "ΣΟΣ may", "STRAßE ready"):
        assert folded(text) is None
    assert folded("Україна ГОТОВА, ready") == "україна готова, ready"


# The lists' own words, and letters that lower-case to two characters, lower-case
# by their place, or match another letter that shares their upper case.
_WORDS = sorted(
    {
        word
        for pattern in patterns()
        for word in re.findall(r"[^\W\d_]+", pattern.exact.pattern)
        if len(word) > 1
    }
)
_ODD = "İıſΣσςKkßẞµμǅǆΆάﬅ"
_PIECE = st.one_of(
    st.sampled_from(_WORDS),
    st.text(alphabet=_ODD + "aeiostkmlyAEIOSTKMLY", min_size=1, max_size=4),
)
_CASE = st.sampled_from((str, str.upper, str.title, str.swapcase))
_GAP = st.sampled_from((" ", " ", " ", ", ", ". ", "-", "'", "\n", " 3 ", "'s "))


@st.composite
def texts(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.tuples(_PIECE, _CASE, _GAP), min_size=1, max_size=14))
    return "".join(case(piece) + gap for piece, case, gap in pieces)


@given(texts())
@settings(max_examples=400, deadline=None)
def test_generated_text_reads_the_same(text: str) -> None:
    agree(text)
