"""Reading versions block by block gives exactly what reading them whole gives.

`BlockReader` is an economy for `log` and `diff`: every answer it gives must
be `read_yaml`'s, to the data, every position, every cut-short text and
every problem. Checked on the shipped ledger damaged a few thousand ways
(with the blocks of the undamaged ledger remembered, so that damaged and
undamaged blocks meet), on every case of the YAML test suite, and on edits
that move blocks to other lines.
"""

from __future__ import annotations

import os
import pathlib

import pytest

from coalition.problems import Problem
from coalition.read import Document, read_yaml
from coalition.read.blocks import BlockReader
from tests.conftest import FIXTURE_LEDGER
from tests.fuzz.mutants import mutants
from tests.read.test_yaml_test_suite import CASES, SUITE

Read = tuple[Document | None, list[Problem]]
SHIPPED = (FIXTURE_LEDGER).read_bytes()


def _assert_same(whole: Read, blocks: Read) -> None:
    (expected, expected_problems), (got, got_problems) = whole, blocks
    assert got_problems == expected_problems
    if expected is None or got is None:
        assert expected is got
        return
    assert got.data == expected.data
    assert list(got.data) == list(expected.data)
    values, keys = expected.paths(), expected.paths(keys=True)
    assert got.paths() == values
    assert got.paths(keys=True) == keys
    assert [got.mark(p) for p in values] == [expected.mark(p) for p in values]
    assert [got.key_mark(p) for p in keys] == [expected.key_mark(p) for p in keys]
    assert got.cut_by_comment == expected.cut_by_comment


def _read_both(data: bytes, reader: BlockReader) -> bool:
    """Compare; True when the reader put the document together from blocks."""
    blocks = reader.read(data, "m.yaml")
    _assert_same(read_yaml(data, "m.yaml"), blocks)
    return blocks[0] is not None and bool(blocks[0].blocks)


def test_the_shipped_ledger_is_read_from_blocks_the_same() -> None:
    reader = BlockReader()
    assert _read_both(SHIPPED, reader)
    assert _read_both(SHIPPED, reader)  # now from the blocks remembered


def test_damaged_ledgers_read_the_same_with_the_blocks_of_the_undamaged_one() -> None:
    count = int(os.environ.get("FUZZ_MUTANTS", "300"))
    assembled = 0
    for mutant in mutants(SHIPPED.decode(), count, seed=18):
        reader = BlockReader()
        reader.read(SHIPPED, "m.yaml")
        assembled += _read_both(mutant.text.encode(), reader)
    # Both ways were taken often: blocks put together, and whole readings.
    assert count // 5 < assembled < count * 4 // 5, assembled


def test_damage_spread_over_versions_reads_the_same() -> None:
    """One reader through a chain of versions, each damaged from the last,
    as `log` reads a history."""
    reader = BlockReader()
    text = SHIPPED.decode()
    for number, mutant in enumerate(mutants(text, 300, seed=7)):
        if number % 3 == 0:
            text = mutant.text
        _read_both(text.encode(), reader)


def test_a_block_moved_down_keeps_its_positions_in_the_new_place() -> None:
    reader = BlockReader()
    reader.read(SHIPPED, "m.yaml")
    lines = SHIPPED.decode().split("\n")
    at = lines.index("countries:") + 1
    longer = "\n".join([*lines[:at], "  # a comment", "", *lines[at:]]).encode()
    assert _read_both(longer, reader)
    document, _ = reader.read(longer, "m.yaml")
    assert document is not None
    first = next(iter(document.data["countries"]))
    assert document.key_mark(("countries", first)).line == at + 3


@pytest.mark.parametrize("case", CASES, ids=lambda case: str(case.parent.relative_to(SUITE)))
def test_every_case_of_the_yaml_test_suite_reads_the_same(case: pathlib.Path) -> None:
    reader = BlockReader()
    reader.read(SHIPPED, "m.yaml")
    data = case.read_bytes()
    _read_both(data, reader)
    _read_both(SHIPPED + data, reader)
    _read_both(data + SHIPPED, reader)
