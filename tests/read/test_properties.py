"""Invariants over generated input (hypothesis)."""

from __future__ import annotations

import json

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from coalition.load import load_ledger_bytes
from coalition.problems import exit_code
from coalition.read import read_yaml
from tests.conftest import FIXTURE, VALID

YAMLISH = st.text(
    alphabet=st.sampled_from(list("ab :-#'\"[]{}&*!|>%@`\t\n\\ \x00\x1b\u200bé")), max_size=80
)


@given(YAMLISH)
@settings(max_examples=300, deadline=None)
def test_any_text_gets_a_verdict_and_both_parsers_agree(text: str) -> None:
    data = text.encode("utf-8")
    fast = load_ledger_bytes(data, "f.yaml")
    pure = load_ledger_bytes(data, "f.yaml", pure_yaml=True)
    assert exit_code(fast.problems) == exit_code(pure.problems)
    assert all(p.line >= 1 and p.column >= 1 for p in fast.problems)


@given(st.binary(max_size=200))
@settings(max_examples=200, deadline=None)
def test_any_bytes_never_raise(data: bytes) -> None:
    loaded = load_ledger_bytes(data, "f.yaml")
    assert loaded.problems  # no random bytes make a ledger


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_quoted_text_reads_back_as_typed_or_is_reported(value: str) -> None:
    """Whatever a journalist puts in double quotes comes back unchanged, unless
    it holds a character the ledger refuses, which is then reported on its line."""
    text = VALID.replace("detail: Air patrols", f"detail: {json.dumps(value, ensure_ascii=False)}")
    document, problems = read_yaml(text.encode("utf-8"), "f.yaml")
    if problems:
        assert {p.line for p in problems} == {14}
        assert {p.rule for p in problems} <= {"control-character", "invisible-character", "tab"}
    else:
        assert document is not None
        assert document.data["countries"]["IT"]["stances"]["air"]["detail"] == value


KEYS = ["title", "as_of", "sources", "reported", "countries", "status", "evidence", "source", "quote",
        "group", "stances", "land", "overall", "FR", "UK", "NO", "value", "published", "archive",
        "conditions", "detail", "counts"]  # fmt: skip
SCALARS = st.one_of(
    st.sampled_from(["2025-09-04", "offered", "comitted", "coalition", "p", "", "26", "x"]),
    st.integers(-5, 50),
    st.booleans(),
    st.none(),
)
SHAPES = st.recursive(
    SCALARS,
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(st.sampled_from(KEYS), children, max_size=4)
    ),
    max_leaves=25,
)


@given(st.dictionaries(st.sampled_from(KEYS), SHAPES, max_size=6))
@settings(max_examples=300, deadline=None)
def test_any_shape_of_ledger_gets_located_problems_not_an_exception(
    data: dict[str, object],
) -> None:
    """Right keys, wrong shapes: a list where a mapping belongs, a number for a
    quote, a source that is a list. The cross-record checks read the document
    as written, so they must take any shape in their stride."""
    text = yaml.safe_dump(data, allow_unicode=True)
    loaded = load_ledger_bytes(text.encode("utf-8"), "f.yaml", base=FIXTURE)
    assert all(p.line >= 1 and p.column >= 1 for p in loaded.problems)
