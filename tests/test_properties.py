"""Invariants over generated input (hypothesis)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from coalition.load import load_ledger_bytes
from coalition.problems import exit_code
from coalition.yamlread import read_yaml
from tests.conftest import VALID

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
