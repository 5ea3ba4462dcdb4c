"""`is_canonical` says "formatted" only where `fmt` would change nothing.

The invariant is checked against ruamel.yaml's own rewrite (`format_text`)
on fuzzed ledgers, on their formatted versions, and on formatted ledgers
restyled the ways an editor restyles them (comments, blank lines, quotes).
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml.error import YAMLError

from coalition.edit.apply import format_ledger
from coalition.edit.blockwise import format_blocks
from coalition.edit.canonical import canonical_lines, folded_quoted, is_canonical
from coalition.edit.roundtrip import format_text
from coalition.read import read_yaml
from tests.conftest import FIXTURE, FIXTURE_LEDGER, VALID, budgets, run_cli
from tests.fuzz.mutants import mutants

SHIPPED = (FIXTURE_LEDGER).read_text(encoding="utf-8")


def _data(text: str) -> object | None:
    document, _ = read_yaml(text.encode("utf-8"), "x.yaml")
    return None if document is None else document.data


def _holds(text: str) -> bool | None:
    """Whether the invariant holds for `text`; None when `text` cannot be
    read (neither side has anything to say)."""
    data = _data(text)
    if data is None:
        return None
    try:
        formatted = format_text(text)
    except YAMLError:  # ruamel.yaml refuses what PyYAML read: fmt refuses too
        return not is_canonical(text, data)
    return not is_canonical(text, data) or formatted == text


def test_the_shipped_ledger_is_recognised_as_formatted() -> None:
    assert format_text(SHIPPED) == SHIPPED
    assert is_canonical(SHIPPED, _data(SHIPPED))


@pytest.mark.parametrize("count", budgets(20, 120))
def test_recognised_only_where_fmt_changes_nothing_on_fuzzed_ledgers(count: int) -> None:
    recognised = 0
    for mutant in mutants(SHIPPED, count, seed=7):
        assert _holds(mutant.text) is not False, (mutant.kind, mutant.line)
        data = _data(mutant.text)
        if data is not None and is_canonical(mutant.text, data):
            recognised += 1
    # Mutants that change nothing fmt cares about (a duplicated comment, a
    # swapped pair of keys fmt puts back…) exist, but most break something.
    assert recognised < count


@pytest.mark.parametrize("count", budgets(5, 15))
@pytest.mark.parametrize("seed", range(4))
def test_formatted_mutants_are_recognised(seed: int, count: int) -> None:
    """fmt's own output is recognised whenever it is a ledger this module
    writes (no empty texts, no multi-line quotes)."""
    for mutant in mutants(SHIPPED, count, seed=seed):
        data = _data(mutant.text)
        if data is None:
            continue
        try:
            formatted = format_text(mutant.text)
        except YAMLError:
            continue
        again = _data(formatted)
        if again is None or canonical_lines(again) is None:
            continue
        assert format_text(formatted) == formatted
        assert is_canonical(formatted, again), (mutant.kind, mutant.line)


_LINES = SHIPPED.rstrip("\n").split("\n")


@st.composite
def restyled(draw: st.DrawFn) -> str:
    """The shipped ledger with a few lines restyled as an editor might."""
    lines = list(_LINES)
    for _ in range(draw(st.integers(1, 4))):
        index = draw(st.integers(0, len(lines) - 1))
        line = lines[index]
        how = draw(
            st.sampled_from(
                ["comment", "eol", "blank", "spaces", "single", "double", "plain", "indent"]
            )
        )
        indent = " " * draw(st.integers(0, 10))
        if how == "comment":
            lines.insert(index, indent + draw(st.sampled_from(["# note", "#", "# x  ", "#:"])))
        elif how == "eol":
            lines[index] = line + " " * draw(st.integers(1, 3)) + "# said " + "x" * index
        elif how == "blank":
            lines.insert(index, draw(st.sampled_from(["", " ", "   "])))
        elif how == "spaces":
            lines[index] = line + " "
        elif how == "indent":
            lines[index] = " " + line
        elif ": " in line:
            key, _, value = line.partition(": ")
            bare = value.strip("\"'")
            if how == "single":
                lines[index] = f"{key}: '{bare}'"
            elif how == "double":
                lines[index] = f'{key}: "{bare}"'
            else:
                lines[index] = f"{key}: {bare}"
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("examples", budgets(10, 60))
def test_recognised_only_where_fmt_changes_nothing_on_restyled_ledgers(examples: int) -> None:
    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(restyled())
    def holds(text: str) -> None:
        assert _holds(text) is not False

    holds()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("title: T\n", False),  # prose is always in double quotes
        ('title: "T"\n', True),
        ('title: "T"  # a comment\n', True),
        ('title: "T"  # a comment \n', False),  # trailing spaces: ruamel.yaml may drop them
        ('title: "T"\n\n', False),
        ('\ntitle: "T"\n', False),  # ruamel.yaml drops a blank first line
        ('title: "T"\r\n', False),
        ('title: "T"\nas_of: 2025-09-04\n', True),
        ("title: \"T\"\nas_of: '2025-09-04'\n", True),  # fmt keeps a date's quotes
        ('as_of: 2025-09-04\ntitle: "T"\n', False),  # order
        ('title: "a \\"b\\""\n', True),
        ('title: "a\\tb"\n', False),  # an escape ruamel.yaml writes its own way
    ],
)
def test_examples(text: str, expected: bool) -> None:
    data = _data(text)
    assert is_canonical(text, data) is expected
    if expected:
        assert format_text(text) == text


def test_fmt_check_of_a_formatted_ledger_does_not_rewrite_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The quick answer is the one `fmt` gives: nothing to change, and
    ruamel.yaml never asked."""
    import coalition.edit.apply as apply

    def refuse(text: str) -> str:
        raise AssertionError("a formatted ledger was rewritten")

    monkeypatch.setattr(apply, "format_text", refuse)
    edited = format_ledger(SHIPPED.encode("utf-8"), "contributions.yaml", FIXTURE)
    assert edited.new == SHIPPED.encode("utf-8") and not edited.problems


def _long_text(chooser: random.Random, size: int, *, double: bool) -> str:
    """Words, spaces (single and double), quote marks and backslashes: every
    case of where ruamel.yaml folds and what it escapes (with `double`, the
    double quote mark too, without which `fmt` reads the line's nodes from a
    shortened copy)."""
    pieces = ["word", "w", "x" * 60, "é", "“", "'", "\\", " ", " ", " ", "  ", "\\ ", "' "]
    if double:
        pieces += ['"', '" ', ' "']
    parts: list[str] = []
    while sum(map(len, parts)) < size:
        parts.append(chooser.choice(pieces))
    return "".join(parts).strip() or "x"


@pytest.mark.parametrize("seed", range(12))
def test_a_long_text_is_folded_as_ruamel_yaml_folds_it(seed: int) -> None:
    """A text over one line's width, in a detail, a quote in a list and the
    title: the lines `canonical` writes are those of ruamel.yaml's round trip."""
    chooser = random.Random(seed)
    size = chooser.choice([4050, 4100, 4500, 9000, 13000])
    text = _long_text(chooser, size, double=seed % 2 == 0)
    body = json.dumps(text, ensure_ascii=False)
    ledger = VALID.replace("detail: Air patrols", f"detail: {body}").replace(
        "quote: Italy is weighing", f"quote: {body}\n            speaker: Italy is weighing"
    )
    formatted = format_text(ledger)
    data = _data(formatted)
    assert is_canonical(formatted, data)
    assert format_blocks(ledger, _data(ledger)) == formatted
    for key, indent in (("        detail: ", 8), ("            quote: ", 12)):
        lines = folded_quoted(text, len(key), indent + 2)
        start = formatted.index(key) + len(key)
        assert formatted[start:].startswith("\n".join(lines) + "\n")


def test_fmt_of_a_10_mb_value_never_asks_ruamel_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 10 MB value on one line is folded by `canonical`, not by ruamel.yaml's
    round trip (which takes seconds a megabyte): `fmt` and `fmt --check`."""
    import coalition.edit.apply as apply
    import coalition.edit.blockwise as blockwise

    def refuse(text: str) -> str:
        raise AssertionError("the 10 MB value went through ruamel.yaml")

    monkeypatch.setattr(apply, "format_text", refuse)
    monkeypatch.setattr(blockwise, "format_text", refuse)
    words = " ".join(["air", "patrols", "ceasefire", "troops"] * 600_000)[:10_000_000]
    for written in (words, json.dumps(words)):
        path = tmp_path / "contributions.yaml"
        path.write_text(VALID.replace("detail: Air patrols", f"detail: {written}"), "utf-8")
        check = run_cli("fmt", "--check", str(path))
        assert check.exit_code == 1 and check.stdout.count("\n") > 2400, check.stderr
        assert run_cli("fmt", str(path)).exit_code == 0
        assert run_cli("fmt", "--check", str(path)).exit_code == 0
        data: Any = _data(path.read_text("utf-8"))
        assert data["countries"]["IT"]["stances"]["air"]["detail"] == words
