"""Whether a ledger's text is already in the canonical layout, told from the
data the reader built, without rewriting the file.

`fmt` writes a ledger through ruamel.yaml's round trip, which keeps comments
but reads and writes in pure Python: 5 seconds for a 1 MB ledger. Most runs
of `fmt --check` (a pre-commit hook, CI) meet a file that is formatted
already. This module writes, from the plain data, the lines the canonical
layout has, without comments or blank lines, and compares them with the
file's lines once its comments and blank lines are set aside: the same lines
in the same order means `fmt` would change nothing.

It answers True only when it is sure. Anything it does not write exactly as
ruamel.yaml would (an empty value, a text over several lines, a character
ruamel.yaml escapes, a comment with trailing spaces, a tab) makes it answer
False, and the caller rewrites the file as before: a wrong "changes needed"
costs time; a wrong "formatted" would be a bug. `tests/edit/test_canonical.py`
checks the first against `format_text` on every fuzzed ledger.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import Any

import yaml
from yaml.nodes import Node

from coalition.edit.roundtrip import TEXT, TOP, in_order, key_order, needs_quotes
from coalition.model.fields import Shape, Style, layout

Line = str | tuple[str, ...]
"""A line of the canonical layout, or the ways it may be written."""


class _Unsure(Exception):
    """The data holds something this module does not write as ruamel.yaml would."""


# What ruamel.yaml writes, unescaped, inside double quotes (allow_unicode):
# printable ASCII and Unicode, except '"' and '\\' (escaped) and the few it
# escapes although printable.
_QUOTABLE = re.compile("[\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010fffe]*")
# Plain texts this module is sure ruamel.yaml writes as they are: no
# indicator first, no ': ' or ' #' inside, no space at either end.
_PLAIN = re.compile(r"[\w(][\w .,/:@+%&=?~#()'’-]*[\w)/.]|\w")
# Dates and numbers this module is sure ruamel.yaml reads back as such (it
# writes `!!timestamp '2026-11-26-'` for a date it cannot read).
_TYPED = {Style.DATE: re.compile(r"\d{4}-\d\d-\d\d"), Style.NUMBER: re.compile(r"0|[1-9]\d*")}
# After a value, a comment: spaces, then '#'.
_AFTER = re.compile(r" +#.*")
_WIDTH = 4000  # under ruamel.yaml's 4096, past which it may fold a line
_FOLD_WIDTH = 4096  # ruamel.yaml's best_width (`yaml.width` in roundtrip.make_yaml)


class _Folded(str):
    """A line of a long text in double quotes, folded as ruamel.yaml folds
    it: longer than _WIDTH, and still sure."""

    __slots__ = ()


@functools.lru_cache(maxsize=64)  # a long text is quoted for each check of its block
def _quoted(text: str) -> str:
    # Every printable character is one of these (told in C, ten times faster
    # than the regular expression on a 10 MB quote); only a text with another
    # (a no-break space) goes through the regular expression.
    quotable = text.isprintable() or _QUOTABLE.fullmatch(text.replace('"', "").replace("\\", ""))
    if not quotable:
        raise _Unsure
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _as_typed(text: str) -> tuple[str, ...]:
    """A text fmt writes plain, unless it was quoted: ruamel.yaml keeps the
    quotes of a value it is handed back unchanged (`CommentedMap.__setitem__`)."""
    return text, _quoted(text), "'" + text.replace("'", "''") + "'"


def _plain(text: str) -> str:
    """A text that needs no quotes, as ruamel.yaml writes it plain."""
    if not _PLAIN.fullmatch(text) or ": " in text or " #" in text or text.endswith(":"):
        raise _Unsure
    return text


def _key(text: str) -> str:
    """A key: plain, or in double quotes if it needs them (however it was written)."""
    return _quoted(text) if needs_quotes(text) else _plain(text)


def _scalar(value: Any, style: Style | None) -> tuple[str, ...]:
    """The ways a mapping's scalar value may be written in the canonical
    layout (`roundtrip.styled`), the plain one first."""
    if not isinstance(value, str) or not value or "\n" in value:
        raise _Unsure  # an empty text, a text over several lines (a `|` block)
    if style is Style.DATE or style is Style.NUMBER:
        if not _TYPED[style].fullmatch(value):
            raise _Unsure
        return _as_typed(value)
    if style is Style.FLAG:
        if not value.isalpha():
            raise _Unsure
        return _as_typed(value.lower())
    if style is Style.PROSE or needs_quotes(value):
        return (_quoted(value),)
    return _as_typed(_plain(value))


def _ordered(node: dict[str, Any], shape: Shape) -> tuple[list[str], dict[str, Shape]]:
    """The keys of a mapping in canonical order, and the shape of each value."""
    keys = in_order(list(node), key_order(node, shape))
    if shape.model is not None:
        return keys, layout()[shape.model]
    assert shape.value is not None
    return keys, dict.fromkeys(node, shape.value)


def _mapping(
    node: Any, shape: Shape, indent: int, first: str, written: Node | None = None
) -> Iterator[Line]:
    """Lines of a mapping whose keys start at `indent`; `first` prefixes its
    first line (the '- ' of a list item). With `written`, the mapping's node
    as the file has it, each value's line is the one way fmt writes it."""
    if not isinstance(node, dict) or not node or (shape.model is None and shape.value is None):
        raise _Unsure
    keys, shapes = _ordered(node, shape)
    children = _children(written, node) if written is not None else {}
    pad = " " * indent
    for index, key in enumerate(keys):
        lead = first if index == 0 else pad
        head = f"{lead}{_key(key)}:"
        yield from _entry(head, node[key], shapes.get(key, TEXT), indent, children.get(key))


def _entry(
    head: str, value: Any, shape: Shape, indent: int, written: Node | None = None
) -> Iterator[Line]:
    if value is None:
        yield head  # `key:` and nothing, however it was written
    elif shape.model is not None or shape.value is not None:
        yield head
        yield from _mapping(value, shape, indent + 2, " " * (indent + 2), written)
    elif shape.item is not None:
        yield head
        yield from _sequence(value, shape.item, indent + 2, written)
    elif isinstance(value, (dict, list)):
        raise _Unsure
    else:
        ways = tuple(f"{head} {way}" for way in _scalar(value, shape.style))
        line = ways if written is None else _as_written(ways, written)
        yield from _fitted(line, head, value, indent)


def _fitted(line: Line, head: str, value: str, indent: int) -> Iterator[Line]:
    """`line`; or, for a text in double quotes too long for one line, the
    lines ruamel.yaml folds it into (its continuation lines two spaces in
    from the key)."""
    if len(line if isinstance(line, str) else max(line, key=len)) <= _WIDTH:
        yield line
        return
    only = line if isinstance(line, str) else line[0] if len(line) == 1 else None
    if only is None or not only.startswith(f'{head} "'):
        raise _Unsure  # several ways to write it, or not in double quotes
    lines = folded_quoted(value, len(head) + 1, indent + 2)
    yield _Folded(f"{head} {lines[0]}")
    for folded in lines[1:]:
        yield _Folded(folded)


def _positions(text: str, character: str) -> list[int]:
    """Where `character` is in `text` (found at memory speed, not by a
    regular expression going through every character)."""
    found = []
    at = text.find(character)
    while at != -1:
        found.append(at)
        at = text.find(character, at + 1)
    return found


def _needs_backslash(text: str, start: int, end: int) -> bool:
    """Whether the emitter ends a folded line with a backslash (keeping the
    space at the fold) rather than letting the line break read as it."""
    try:
        space_pos = text.index(" ", end)
        return not (
            '"' not in text[end:space_pos]
            and "'" not in text[end:space_pos]
            and text[space_pos + 1] not in " \n"
            and text[end - 1 : end + 1] != "  "
            and start != end
        )
    except (ValueError, IndexError):
        return True


@functools.lru_cache(maxsize=16)  # asked again for each check of its block
def folded_quoted(text: str, column: int, indent: int) -> tuple[str, ...]:
    """`text` in double quotes from `column`, as ruamel.yaml's emitter
    writes it (`Emitter.write_double_quoted`, split at `_FOLD_WIDTH` on a
    space, continuation lines at `indent`), for a text `_quoted` is sure of.

    The emitter looks at every character in turn (seconds for a 10 MB
    quote, in pure Python); this does the same steps, in the same order,
    only where one can do anything: at a character it escapes, just after
    one, and at the first space past the width. `tests/edit/test_canonical.py`
    compares it with ruamel.yaml on long texts of every awkward kind."""
    if any(c in text for c in "\n\x85\u2028\u2029\ufeff"):
        raise _Unsure  # escaped other than by a backslash, or not folded this way
    n = len(text)
    escaped = sorted(_positions(text, '"') + _positions(text, "\\"))
    next_escaped = 0
    lines: list[str] = []
    line = ['"']
    column += 1
    start = end = 0
    while True:
        if start < end:  # skip to the next position where the emitter acts
            while next_escaped < len(escaped) and escaped[next_escaped] < end:
                next_escaped += 1
            target = escaped[next_escaped] if next_escaped < len(escaped) else n
            past_width = max(end, start + _FOLD_WIDTH - column + 1)
            if past_width < target:
                space = text.find(" ", past_width, target)
                target = space if space != -1 else target
            end = target
        ch = text[end] if end < n else None
        if ch is None or ch in '"\\':
            if start < end:
                line.append(text[start:end])
                column += end - start
                start = end
            if ch is not None:
                line.append("\\" + ch)
                column += 2
                start = end + 1
        if 0 < end < n - 1 and (ch == " " or start >= end) and column + (end - start) > _FOLD_WIDTH:
            need_backslash = _needs_backslash(text, start, end)
            line.append(text[start:end] + ("\\" if need_backslash else ""))
            start = max(start, end)
            lines.append("".join(line))
            line = [" " * indent]
            column = indent
            if text[start] == " ":
                if need_backslash:
                    line.append("\\")
                    column += 1
                else:
                    start += 1
        if end >= n:
            break
        end += 1
    line.append('"')
    lines.append("".join(line))
    return tuple(lines)


def _sequence(node: Any, item: Shape, indent: int, written: Node | None = None) -> Iterator[Line]:
    """Lines of a list whose dashes are at `indent`."""
    if not isinstance(node, list) or not node:
        raise _Unsure
    items = _items(written, node) if written is not None else [None] * len(node)
    dash = " " * indent + "- "
    for value, node_written in zip(node, items, strict=True):
        if item.model is not None or item.value is not None:
            yield from _mapping(value, item, indent + 2, dash, node_written)
        elif item.style is Style.PROSE and not isinstance(value, (dict, list)):
            yield dash + _scalar(value, item.style)[0]
        else:
            raise _Unsure  # a list of lists, or of texts of another style


# How ruamel.yaml keeps a value's quotes when the canonical style is plain
# (`CommentedMap.__setitem__` gives the new text the old one's type): the
# index of the way, in `_as_typed`'s order, for each style LibYAML reports.
_STYLE_WAY = {None: 0, "": 0, '"': 1, "'": 2}  # LibYAML says "" for plain, PyYAML None


def _as_written(ways: tuple[str, ...], written: Node) -> str:
    """The one way fmt writes a scalar the file wrote in `written`'s style."""
    if not isinstance(written, yaml.ScalarNode) or written.style not in _STYLE_WAY:
        raise _Unsure  # a block scalar ('|', '>') on one line, or not a scalar
    return ways[_STYLE_WAY[written.style]] if len(ways) > 1 else ways[0]


def _children(written: Node, node: dict[str, Any]) -> dict[str, Node]:
    """The value nodes of a mapping node, by key, checked against the data."""
    if not isinstance(written, yaml.MappingNode) or len(written.value) != len(node):
        raise _Unsure
    children = {str(key.value): value for key, value in written.value}
    if children.keys() != node.keys():
        raise _Unsure
    return children


def _items(written: Node, node: list[Any]) -> list[Node]:
    if not isinstance(written, yaml.SequenceNode) or len(written.value) != len(node):
        raise _Unsure
    return list(written.value)


def canonical_lines(data: Any) -> list[Line] | None:
    """The lines of the ledger `data` in the canonical layout, without
    comments or blank lines; None when this module cannot be sure of them."""
    try:
        return list(_mapping(data, TOP, 0, ""))
    except _Unsure:
        return None


def is_canonical(text: str, data: Any) -> bool:
    """Whether `fmt` would leave `text` (which reads as `data`) as it is."""
    return ends_as_written(text) and _matches(text, _mapping(data, TOP, 0, ""))


def ends_as_written(text: str) -> bool:
    """Whether the file starts and ends as ruamel.yaml writes it: it drops
    blank lines that start the file and adds or drops some at its end."""
    return not text.startswith("\n") and text.endswith("\n") and not text.endswith("\n\n")


def is_canonical_entry(text: str, key: str, value: Any, shape: Shape, indent: int) -> bool:
    """Whether `fmt` would leave the lines of one entry (`key:` at `indent`,
    its value, and the comments and blank lines after it) as they are."""
    try:
        head = f"{' ' * indent}{_key(key)}:"
    except _Unsure:
        return False
    return _matches(text, _entry(head, value, shape, indent))


def written_entry(
    key: str, value: Any, shape: Shape, indent: int, written: Node
) -> list[str] | None:
    """The lines `fmt` writes for one entry (`key:` at `indent` and its
    value), from its data and its node as the file wrote it (whose quotes
    ruamel.yaml keeps where the canonical style is plain), comments and
    blank lines aside; None when not sure."""
    try:
        head = f"{' ' * indent}{_key(key)}:"
        lines = list(_entry(head, value, shape, indent, written))
    except _Unsure:
        return None
    if not all(
        isinstance(line, str) and (len(line) <= _WIDTH or isinstance(line, _Folded))
        for line in lines
    ):
        return None
    return [line for line in lines if isinstance(line, str)]


def _matches(text: str, wanted: Iterator[Line]) -> bool:
    """Whether the lines of `text`, comments and blank lines set aside, are
    the `wanted` ones (`text` ends with a line break)."""
    if "\t" in text or "\r" in text:
        return False
    # Written and compared a line at a time: the first difference ends it.
    try:
        for line in text.split("\n")[:-1]:
            if not line:
                continue
            if line.lstrip(" ").startswith("#"):
                if line != line.rstrip():
                    return False
                continue
            want = next(wanted, None)
            too_long = len(line) > _WIDTH and not isinstance(want, _Folded)
            if want is None or too_long or not _written(line, want):
                return False
        return next(wanted, None) is None
    except _Unsure:
        return False


def _written(line: str, want: Line) -> bool:
    """Whether `line` is `want` (one of its ways), maybe with a comment after."""
    for way in (want,) if isinstance(want, str) else want:
        if line == way:
            return True
        if line.startswith(way) and _AFTER.fullmatch(line, len(way)):
            return line == line.rstrip()
    return False
