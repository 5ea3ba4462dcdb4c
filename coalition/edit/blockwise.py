"""`fmt` of a ledger that needs changes: only the blocks that need them are
rewritten.

ruamel.yaml's round trip, the writer that keeps comments, reads and writes in
pure Python (about 5 seconds for a 1 MB ledger). A journalist's edit usually
leaves one country or one source list out of the canonical layout, not the
whole file. The text is cut into the blocks `coalition/read/blocks.py` finds
(a top-level key, a country); a block already in the canonical layout
(`canonical.is_canonical_entry`) is kept as it is; one without comments is
written from its data (`canonical.written_entry`, keeping the quotes that
ruamel.yaml keeps, read off LibYAML's nodes); any other is formatted by
`format_text` on its own. The blocks are put in the canonical order, each
with the comments and blank lines that follow it, as ruamel.yaml moves them.

A block is formatted with a key after it that sorts last (then taken off), so
that the blank lines and comments at its end are where they are in the file,
not at the end of a file, where ruamel.yaml adds or drops some. Whatever this
module is not sure of (an unusual shape, a header it would have to restyle, a
block that changes which one ends the file) makes it answer None, and `fmt`
formats the whole text as before. `tests/edit/test_blockwise.py` checks the
answer against `format_text` of the whole text.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.nodes import Node

from coalition.edit.canonical import ends_as_written, is_canonical_entry, written_entry
from coalition.edit.comments import comments_in
from coalition.edit.roundtrip import TOP, format_text, in_order, key_order
from coalition.model.fields import Shape, layout
from coalition.read.blocks import Span, split_blocks
from coalition.read.compose import FastLoader

# A key after every key of a ledger: unknown to the model, so put last; after
# every country code in sorted order.
_LAST = "zzzz"


def format_blocks(text: str, data: Any) -> str | None:
    """`format_text(text)` for the ledger `text` (which reads as `data`),
    rewriting only the blocks that need it; None when not sure."""
    if not ends_as_written(text):
        return None
    split = split_blocks(text)
    if split is None or not isinstance(data, dict) or not _plain_header(text[: split.first]):
        return None
    countries = data.get("countries")
    top = [span for span in split.blocks if not span.country]
    inside = [span for span in split.blocks if span.country]
    keys = [k for k in data if k != "countries" or not inside]
    if len(top) != len(keys) or (inside and not isinstance(countries, dict)):
        return None
    fields = layout()["Ledger"]
    parts: dict[str, str] = {}
    for key, span in zip(keys, top, strict=True):
        if key not in fields or not _starts_with_key(text, span, key, 0):
            return None
        formatted = _block(text, span, key, data[key], fields[key], 0)
        if formatted is None:
            return None
        parts[key] = formatted
    if inside:
        if split.countries is None or text[slice(*split.countries)] != "countries:\n":
            return None
        assert isinstance(countries, dict)
        formatted_countries = _countries(text, inside, countries, split.indent)
        if formatted_countries is None:
            return None
        parts["countries"] = "countries:\n" + formatted_countries
    order = in_order(list(data), key_order(data, TOP))
    if order[-1] != list(data)[-1]:
        return None  # the block that ends the file would change
    return text[: split.first] + "".join(parts[key] for key in order)


def _countries(text: str, spans: list[Span], countries: dict[str, Any], indent: int) -> str | None:
    codes = list(countries)
    if len(codes) != len(spans) or any(code >= _LAST for code in codes):
        return None
    countries_shape = layout()["Ledger"]["countries"]
    shape = countries_shape.value
    assert shape is not None
    parts: dict[str, str] = {}
    for code, span in zip(codes, spans, strict=True):
        if not _starts_with_key(text, span, code, indent):
            return None
        formatted = _block(text, span, code, countries[code], shape, indent, country=True)
        if formatted is None:
            return None
        parts[code] = formatted
    order = in_order(codes, key_order(codes, countries_shape))
    if order[-1] != codes[-1] and spans[-1].end == len(text):
        return None  # the country that ends the file would change
    return "".join(parts[code] for code in order)


def _block(
    text: str, span: Span, key: str, value: Any, shape: Shape, indent: int, *, country: bool = False
) -> str | None:
    """One block in the canonical layout: as it is, or formatted alone."""
    block = text[span.start : span.end]
    canonical_indent = 2 if country else 0
    if indent == canonical_indent and is_canonical_entry(block, key, value, shape, indent):
        return block
    rewritten = _rewritten(block, key, value, shape, canonical_indent, country=country)
    if rewritten is not None:
        return rewritten
    pad = " " * indent
    last = f"{pad}{_LAST}: x\n"
    source = ("countries:\n" if country else "") + block + last
    formatted = format_text(source)
    lead = "countries:\n" if country else ""
    end = f"{' ' * canonical_indent}{_LAST}: x\n"
    if not formatted.startswith(lead) or not formatted.endswith(end):
        return None
    return formatted[len(lead) : len(formatted) - len(end)]


def _rewritten(
    block: str, key: str, value: Any, shape: Shape, indent: int, *, country: bool
) -> str | None:
    """A block without comments, blank lines only at its end, written in the
    canonical layout from its data (`canonical.written_entry`): what
    ruamel.yaml's round trip writes, without it. None when not sure."""
    lines = block.split("\n")[:-1]
    content = len(lines)
    while content and not lines[content - 1]:
        content -= 1
    if any(not line.strip() for line in lines[:content]) or "\t" in block or "\r" in block:
        return None
    source = ("countries:\n" if country else "") + _short(block, lines)
    try:
        if _marked(source, FastLoader):
            return None  # a tag, an anchor or an alias: ruamel.yaml keeps them
        written = _only_value(yaml.compose(source, Loader=_Styles))
        if country:
            written = _only_value(written)
    except yaml.YAMLError:
        return None
    if written is None or comments_in(block):
        return None
    new = written_entry(key, value, shape, indent, written)
    return None if new is None else "\n".join(new) + "\n" * (1 + len(lines) - content)


# A long line that is one key and one text, whole: in double quotes with no
# other double quote mark and no backslash before the last (in a ledger that
# reads, those two quote marks open and close the text, or are inside a
# block or single-quoted text that goes on past them, whose closing quote
# mark cannot be on the line); or plain (a word first, no quote marks,
# nothing that would end it or start a comment).
_LONG = 2000
_KEY_HEAD = re.compile(r" *(?:- )?[\w-]+: ")


def _short(block: str, lines: list[str]) -> str:
    """`block` for reading its nodes' shapes and quoting (`_rewritten` takes
    its values from the data): each long line that is a key and a text gets
    the text x, in the same quotes or none. Reading a 10 MB value a third
    time would cost as much as the rest of `fmt --check`; the quote marks,
    and so the nodes and their styles, stay as they were."""
    if len(block) <= _LONG:
        return block
    return "\n".join(_short_line(line) if len(line) > _LONG else line for line in lines) + "\n"


def _short_line(line: str) -> str:
    head = _KEY_HEAD.match(line)
    if head is None:
        return line
    text = line[head.end() :]
    if len(text) > 2 and text[0] == '"' == text[-1]:
        if text.find('"', 1, len(text) - 1) != -1 or text.endswith('\\"'):
            return line
        return f'{head[0]}"x"'
    plain = (text[0].isalnum() or text[0] == "_") and not text.endswith((":", " "))
    if not plain or any(mark in text for mark in ('"', "'", "\t", ": ", " #")):
        return line
    return f"{head[0]}x"


class _Styles(FastLoader):
    """The loader's nodes with no tag worked out: the writer asks how each
    value was written (its style, its place), never what a plain value means,
    and resolving every scalar's tag was a fifth of composing a block."""

    def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
        return ""


# Tokens that give a node more than its text and style.
_MARKED = (yaml.TagToken, yaml.AnchorToken, yaml.AliasToken)


def _marked(source: str, loader: type) -> bool:
    """Whether `source` has a tag, an anchor or an alias (scanned only when
    one of their indicators appears at all, in a quote most often)."""
    if not any(mark in source for mark in "!&*"):
        return False
    return any(isinstance(token, _MARKED) for token in yaml.scan(source, Loader=loader))


def _only_value(node: Node | None) -> Node | None:
    """The value of the only entry of a mapping node."""
    if not isinstance(node, yaml.MappingNode) or len(node.value) != 1:
        return None
    value: Node = node.value[0][1]
    return value


def _starts_with_key(text: str, span: Span, key: str, indent: int) -> bool:
    """Whether the block's first line is the key `key` (plain or quoted)."""
    line_end = text.find("\n", span.start, span.end)
    head = text[span.start : line_end if line_end != -1 else span.end]
    pad = " " * indent
    return any(head.startswith(f"{pad}{way}:") for way in (key, f'"{key}"', f"'{key}'"))


def _plain_header(header: str) -> bool:
    """Comments and blank lines before the first key, as ruamel.yaml keeps them."""
    return all(line == line.rstrip() for line in header.split("\n")) and "\t" not in header
