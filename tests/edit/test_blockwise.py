"""`format_blocks` writes what `format_text` writes of the whole ledger, or
says it is not sure: checked on fuzzed ledgers, restyled ledgers (comments,
blank lines, quotes, indents, keys out of order, countries out of order) and
on examples, and `fmt` uses it."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from ruamel.yaml.error import YAMLError

from coalition.edit.apply import format_ledger
from coalition.edit.blockwise import format_blocks
from coalition.edit.roundtrip import format_text
from coalition.read import read_yaml
from coalition.read.blocks import split_blocks
from tests.conftest import FIXTURE, FIXTURE_LEDGER, budgets
from tests.edit.test_canonical import restyled
from tests.fuzz.mutants import mutants

SHIPPED = (FIXTURE_LEDGER).read_text(encoding="utf-8")


def _agrees(text: str) -> bool | None:
    """Whether the block-wise answer is the whole rewrite; None when there
    is nothing to compare (unreadable, or not sure)."""
    document, problems = read_yaml(text.encode("utf-8"), "x.yaml")
    if document is None or problems:
        return None
    try:
        whole = format_text(text)
    except YAMLError:
        return None
    blocks = format_blocks(text, document.data)
    if blocks is None:
        return None
    assert blocks == whole
    return True


@pytest.mark.parametrize("count", budgets(30, 200))
def test_fuzzed_ledgers_are_formatted_as_a_whole_rewrite_would(count: int) -> None:
    compared = sum(bool(_agrees(m.text)) for m in mutants(SHIPPED, count, seed=11))
    assert compared > count // 4


@pytest.mark.parametrize("examples", budgets(10, 80))
def test_restyled_ledgers_are_formatted_as_a_whole_rewrite_would(examples: int) -> None:
    @settings(max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(restyled())
    def agrees(text: str) -> None:
        _agrees(text)

    agrees()


def _countries_reversed(text: str) -> str:
    split = split_blocks(text)
    assert split is not None
    spans = [span for span in split.blocks if span.country]
    blocks = [text[span.start : span.end] for span in spans]
    blocks[-1], blocks[0] = blocks[0], blocks[-1]  # the last keeps what follows it
    return text[: spans[0].start] + "".join(reversed(blocks)) + text[spans[-1].end :]


def test_countries_and_keys_out_of_order_are_put_in_order_as_a_whole_rewrite_would() -> None:
    moved = _countries_reversed(SHIPPED)
    assert moved != SHIPPED
    assert _agrees(moved)
    swapped = SHIPPED.replace("title:", "#\ntitle:", 1)
    first, second = swapped.index("title:"), swapped.index("as_of:")
    end = swapped.index("\n", second) + 1
    swapped = swapped[:first] + swapped[second:end] + swapped[first:second] + swapped[end:]
    assert _agrees(swapped)


@pytest.mark.parametrize(
    "text",
    [
        "title: T\nas_of: 2025-09-04\nsources: {}\ncountries: {}\n",
        'as_of: 2025-09-04\ntitle: "T"\nsources:\n  a:\n    publisher: P\n    title: T\n'
        "    published: 2025-01-01\ncountries:\n    FR:  # France\n        group: coalition\n"
        "\n\n    DE:\n        group: partner\n    GB:\n        group: coalition\n",
    ],
)
def test_examples_are_formatted_as_a_whole_rewrite_would(text: str) -> None:
    assert _agrees(text)


_HEAD = 'title: "T"\nas_of: 2025-09-04\nsources:\n  p:\n    publisher: "P"\n    title: "T"\ncountries:\n'
_FR = "  FR:\n    group: coalition\n"


@pytest.mark.parametrize(
    ("country", "alone"),
    [
        ("  'FR':\n    group: 'coalition'\n    as_of: '2025-09-04'\n", True),
        ('  "FR":\n    group: "coalition"\n    as_of: "2025-09-04"\n\n\n', True),
        ("  FR: {group: coalition, role: 'yes', as_of: 2025-09-04}\n", True),
        ("  FR:\n    role: lead\n    group: coalition  \n", True),
        ('  FR:\n    group: coalition\n    role: "l\'Europe"\n', True),
        ("  FR:\n    role: 'l''Europe'\n    group: coalition\n", True),
        ("  FR:\n    group: coalition\n    role: \"a 'b'\"\n", False),
        (
            "  FR:\n    stances:\n      sea:\n        status: 'offered'\n        evidence:\n"
            "        - {source: p, quote: 'Ships, it said', checked: True}\n"
            "        reviewed: '2025-09-05'\n",
            True,
        ),
        ("  FR:\n    group: >-\n      coalition\n", False),
        ("  FR:\n    group: |-\n      coalition\n", False),
        ("  FR:\n    group: coalition\n    \n    role: lead\n", False),
        ("  FR:\n    group: coalition\n   \n", False),
        ("  FR:  # France\n    role: lead\n    group: coalition\n", False),
    ],
)
def test_a_block_without_comments_is_written_from_its_data_as_ruamel_writes_it(
    country: str, alone: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The block-wise writer writes such a block itself (quotes kept where
    ruamel.yaml keeps them); what it is not sure of goes to ruamel.yaml."""
    import coalition.edit.blockwise as blockwise

    text = _HEAD + _FR.replace("FR", "DE") + country + _FR.replace("FR", "GB")
    document, problems = read_yaml(text.encode("utf-8"), "x.yaml")
    assert document is not None and not problems
    used: list[str] = []

    def spy(text: str) -> str:
        used.append(text)
        return format_text(text)

    monkeypatch.setattr(blockwise, "format_text", spy)
    assert format_blocks(text, document.data) == format_text(text)
    assert (used == []) == alone


def test_fmt_rewrites_only_the_block_that_needs_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import coalition.edit.blockwise as blockwise

    seen: list[str] = []

    def spy(text: str) -> str:
        seen.append(text)
        return format_text(text)

    monkeypatch.setattr(blockwise, "format_text", spy)
    changed = SHIPPED.replace(
        "    group: coalition\n    role: co-host\n", "    role: co-host\n    group: coalition\n", 1
    )
    assert changed != SHIPPED
    edited = format_ledger(changed.encode("utf-8"), "contributions.yaml", FIXTURE)
    assert edited.new == SHIPPED.encode("utf-8")
    assert len(seen) == 1 and seen[0].startswith("countries:\n  ")
