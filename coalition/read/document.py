"""A ledger as plain data, and where each piece of it was written."""

from __future__ import annotations

from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

Path = tuple[str | int, ...]
"""A place in the ledger: mapping keys and list indexes from the top."""

NO_KEY = -1
"""The place of the key of a list item or of the root: there is none."""


class Mark(NamedTuple):
    """A position as an editor shows it: 1-based line and column."""

    line: int
    column: int


def to_mark(raw: Any) -> Mark:
    """The parser's 0-based mark as an editor's position."""
    return Mark(raw.line + 1, raw.column + 1) if raw is not None else Mark(1, 1)


def place(raw: Any) -> int:
    """A parser's 0-based mark as one number, the way `Positions` keeps it."""
    return int(raw.line << 32 | raw.column)


def _mark(packed: int, shift: int = 0) -> Mark:
    return Mark((packed >> 32) + 1 + shift, (packed & 0xFFFFFFFF) + 1)


class Positions:
    """Where every key and value of one parse was written, compactly.

    There is a position for every key and value of the file (about 400,000
    at 10 MB) and only the few a problem points at are ever asked for. Kept
    as the parser's mark objects under a path tuple each, they took more
    memory than the data itself; here each value is an entry of a few
    arrays, in the order of the file (a mapping or list before what is in
    it): its key (None for a list item), its place and its key's (0-based
    line and column as one number), and how many entries it spans with what
    is in it. A path is found by walking down from the root, each
    container's children indexed the first time one of them is asked for.
    """

    __slots__ = ("_children", "key_places", "names", "places", "spans")

    def __init__(self) -> None:
        self.names: list[str | None] = []
        self.places = array("q")
        self.key_places = array("q")
        self.spans = array("q")
        self._children: dict[int, dict[str | int, int] | array[int]] = {}

    def add(self, name: str | None, key_place: int, value_place: int) -> int:
        """A value (in the order of the file); its entry, to `close` once
        what is in it has been added."""
        self.names.append(name)
        self.key_places.append(key_place)
        self.places.append(value_place)
        self.spans.append(1)
        return len(self.names) - 1

    def close(self, entry: int) -> None:
        """A mapping or list is complete: it spans what was added since (an
        entry of -1, a mapping or list without positions, has nothing to
        close)."""
        if entry >= 0:
            self.spans[entry] = len(self.names) - entry

    def find(self, path: Path) -> int | None:
        """The entry of the value at `path`, if it was written."""
        if not self.names:
            return None
        entry = 0
        for step in path:
            if self.spans[entry] == 1:  # nothing in it
                return None
            children = self._children.get(entry)
            if children is None:
                children = self._children[entry] = self._index(entry)
            if isinstance(children, dict):
                found = children.get(step)
            elif isinstance(step, int) and 0 <= step < len(children):
                found = children[step]
            else:
                return None
            if found is None:
                return None
            entry = found
        return entry

    def _index(self, entry: int) -> dict[str | int, int] | array[int]:
        """The entries of what a mapping holds by key, or of what a list
        holds in order (an array: lists of evidence are most of them)."""
        names, spans = self.names, self.spans
        end, child = entry + spans[entry], entry + 1
        if names[child] is None:
            items = array("q")
            while child < end:
                items.append(child)
                child += spans[child]
            return items
        children: dict[str | int, int] = {}
        while child < end:
            children[names[child]] = child  # type: ignore[index]
            child += spans[child]
        return children

    def paths(self, *, keys: bool = False) -> Iterator[Path]:
        """Every path with a position (with `keys`, those with a key), in
        the order of the file."""
        names, spans, key_places = self.names, self.spans, self.key_places
        # The containers the entry is in: where each ends, its path, and how
        # many of its children came before.
        inside: list[tuple[int, Path, list[int]]] = []
        for entry, name in enumerate(names):
            while inside and entry >= inside[-1][0]:
                inside.pop()
            path: Path = ()
            if inside:
                _, parent, before = inside[-1]
                path = (*parent, before[0] if name is None else name)
                before[0] += 1
            if not keys or key_places[entry] != NO_KEY:
                yield path
            if spans[entry] > 1:
                inside.append((entry + spans[entry], path, [0]))


@dataclass
class Document:
    """The ledger as plain data, and where each piece of it was written."""

    data: Any
    # Where every key and value was written, for the few positions a problem
    # points at.
    positions: Positions = field(default_factory=Positions)
    # Plain (unquoted) values followed by ` #` (one space) on the same line:
    # YAML reads the rest of the line as a comment, which may have cut a
    # sentence short.
    cut_by_comment: set[Path] = field(default_factory=set)
    # A document put together from blocks read alone (`blocks.py`): the
    # positions under a top-level key or a country are its block's (from the
    # block's own parse, under the ledger's own paths), with the lines to add
    # to them where the block now stands; `positions` holds the rest.
    blocks: dict[Path, tuple[Positions, int]] = field(default_factory=dict)

    def mark(self, path: Path) -> Mark:
        """The position of the value at `path`, or of its nearest ancestor."""
        while path:
            found = self._find(path, keys=False)
            if found is not None:
                return found
            path = path[:-1]
        return Mark(1, 1)

    def key_mark(self, path: Path) -> Mark:
        """The position of the key that names `path` (the value's if none)."""
        return self._find(path, keys=True) or self.mark(path)

    def has_value(self, path: Path) -> bool:
        """Whether the value at `path` was written in the file."""
        return self._find(path, keys=False) is not None

    def paths(self, *, keys: bool = False) -> set[Path]:
        """Every path with a position (with `keys`, with a key's), in
        whatever block it is kept."""
        found = set(self.positions.paths(keys=keys))
        for under, (positions, _) in self.blocks.items():
            found.update(p for p in positions.paths(keys=keys) if p[: len(under)] == under)
        return found

    def _find(self, path: Path, *, keys: bool) -> Mark | None:
        if self.blocks:
            block = self.blocks.get(path[:2]) or self.blocks.get(path[:1])
            if block is not None:
                found = _look_up(block[0], path, keys, block[1])
                if found is not None:
                    return found
        return _look_up(self.positions, path, keys)


def _look_up(positions: Positions, path: Path, keys: bool, shift: int = 0) -> Mark | None:
    entry = positions.find(path)
    if entry is None:
        return None
    packed = (positions.key_places if keys else positions.places)[entry]
    return None if packed == NO_KEY else _mark(packed, shift)
