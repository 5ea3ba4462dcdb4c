"""Every position a document keeps is the parser's own mark of that key or value.

`Positions` keeps the line and column of every key and value in a few arrays
rather than the parser's mark objects under a path each; checked here against
the marks of PyYAML's own node tree of the same text, path by path, on the
fixture ledger, on damaged copies of it and on the cases of the YAML test
suite that read without a problem, with both parsers.
"""

from __future__ import annotations

import pytest
import yaml

from coalition.read import Document, Mark, Path, read_yaml
from coalition.read.document import Positions, to_mark
from coalition.read.text import decode, scan_text
from tests.conftest import FIXTURE_LEDGER
from tests.fuzz.mutants import mutants
from tests.read.test_yaml_test_suite import CASES

SHIPPED = FIXTURE_LEDGER.read_text(encoding="utf-8")


def _marks(text: str, pure: bool) -> tuple[list[Path], dict[Path, Mark], dict[Path, Mark]]:
    """Every path in the order of the file, and the marks of its value and key,
    from the node tree of the same parser (LibYAML's, or PyYAML's own)."""
    order: list[Path] = []
    values: dict[Path, Mark] = {}
    keys: dict[Path, Mark] = {}

    def walk(node: yaml.Node, path: Path) -> None:
        order.append(path)
        values[path] = to_mark(node.start_mark)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                keys[(*path, key.value)] = to_mark(key.start_mark)
                walk(value, (*path, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, value in enumerate(node.value):
                walk(value, (*path, index))

    root = yaml.compose(text, Loader=yaml.SafeLoader if pure else yaml.CSafeLoader)
    assert root is not None
    walk(root, ())
    return order, values, keys


def _assert_parser_marks(text: str, document: Document, pure: bool) -> None:
    order, values, keys = _marks(text, pure)
    assert list(document.positions.paths()) == order
    assert document.paths() == set(values)
    assert document.paths(keys=True) == set(keys)
    assert {p: document.mark(p) for p in values if p} == {p: m for p, m in values.items() if p}
    assert {p: document.key_mark(p) for p in keys} == keys
    assert document.has_value(())


def _check(text: str) -> bool:
    """Compare, for both parsers; False when the text has problems (then
    the data is not the node tree's)."""
    for pure in (False, True):
        document, problems = read_yaml(text.encode("utf-8"), "p.yaml", pure=pure)
        if problems or document is None:
            return False
        _assert_parser_marks(text, document, pure)
    return True


def test_the_ledger_positions_are_the_parser_marks() -> None:
    assert _check(SHIPPED)


def test_damaged_ledgers_positions_are_the_parser_marks() -> None:
    checked = sum(_check(mutant.text) for mutant in mutants(SHIPPED, 200, seed=33))
    assert checked > 50, checked


@pytest.mark.skipif(not CASES, reason="no YAML test suite beside the repository")
def test_yaml_test_suite_positions_are_the_parser_marks() -> None:
    checked = 0
    for case in CASES:
        try:
            text = case.read_bytes().decode("utf-8")
        except UnicodeDecodeError:
            continue
        checked += _check(text)
    assert checked > 20, checked


def test_a_path_not_written_has_no_position() -> None:
    document, _ = read_yaml(b"a:\n  b: [x, {c: d}]\ne: ''\n", "p.yaml")
    assert document is not None
    assert document.mark(("a", "b", 1, "c")) == Mark(2, 14)
    assert document.key_mark(("a", "b", 1, "c")) == Mark(2, 11)
    assert not document.has_value(("a", "b", 2))
    assert document.mark(("a", "b", 2)) == Mark(2, 6)  # its nearest ancestor
    assert not document.has_value(("a", "c"))
    assert not document.has_value(("e", 0))
    assert not document.has_value(("a", 0))
    assert document.key_mark(("a", "b", 0)) == Mark(2, 7)  # a list item: its own


def test_an_empty_positions_finds_nothing() -> None:
    assert Positions().find(()) is None
    assert list(Positions().paths()) == []


def _indexes_are_offsets(text: str) -> int:
    """How many marks were compared: each mark's index must be its line's
    offset in `text` plus its column (what `compose` relies on to see what
    follows a value without splitting the text into lines)."""
    starts = [0]
    starts += [i + 1 for i, char in enumerate(text) if char == "\n"]
    compared = 0
    for loader in (yaml.CSafeLoader, yaml.SafeLoader):
        parser = loader(text)
        try:
            while (event := parser.get_event()) is not None:
                for mark in (event.start_mark, event.end_mark):
                    assert mark is not None
                    # LibYAML ends a text without a last line break on a
                    # line of its own, after the end: nothing follows there.
                    if mark.index < len(text):
                        assert mark.index == starts[mark.line] + mark.column
                        compared += 1
        except yaml.YAMLError:
            pass
        finally:
            parser.dispose()
    return compared


def test_a_mark_index_is_its_offset_in_the_text() -> None:
    assert _indexes_are_offsets(SHIPPED + 'x: "é😀ü" # a comment\ny: plain 😀 #cut\n')
    for mutant in mutants(SHIPPED, 50, seed=34):
        _indexes_are_offsets(mutant.text)


@pytest.mark.skipif(not CASES, reason="no YAML test suite beside the repository")
def test_a_mark_index_is_its_offset_in_the_suite() -> None:
    compared = 0
    for case in CASES:
        text, problems = decode(case.read_bytes(), "p.yaml")
        if text is not None and not problems:
            compared += _indexes_are_offsets(scan_text(text, "p.yaml").text)
    assert compared > 1000


def test_a_text_that_recurs_is_read_into_one_string() -> None:
    """Every key and every value that recurs is one object (a ledger repeats
    its keys, statuses and ids tens of thousands of times)."""
    document, _ = read_yaml(
        b'a:\n  - {status: committed, q: "x y"}\n  - {status: committed, q: "x y"}\n', "p.yaml"
    )
    assert document is not None
    first, second = document.data["a"]
    assert [id(k) for k in first] == [id(k) for k in second]
    assert first["status"] is second["status"] and first["q"] is second["q"]
