"""A ledger as plain data, and where each piece of it was written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

Path = tuple[str | int, ...]
"""A place in the ledger: mapping keys and list indexes from the top."""


class Mark(NamedTuple):
    """A position as an editor shows it: 1-based line and column."""

    line: int
    column: int


def to_mark(raw: Any) -> Mark:
    """The parser's 0-based mark as an editor's position."""
    return Mark(raw.line + 1, raw.column + 1) if raw is not None else Mark(1, 1)


@dataclass(frozen=True)
class Positions:
    """The parser's marks of one block of a ledger read alone (`blocks.py`),
    by the ledger's own paths, counting lines from the block's own parse."""

    keys: dict[Path, Any]
    values: dict[Path, Any]


@dataclass
class Document:
    """The ledger as plain data, and where each piece of it was written."""

    data: Any
    # The parser's own marks (0-based `line` and `column`), kept as they come:
    # there is one for every key and value of the file, and only the few a
    # problem points at are ever turned into positions.
    keys: dict[Path, Any] = field(default_factory=dict)
    values: dict[Path, Any] = field(default_factory=dict)
    # Plain (unquoted) values followed by ` #` (one space) on the same line:
    # YAML reads the rest of the line as a comment, which may have cut a
    # sentence short.
    cut_by_comment: set[Path] = field(default_factory=set)
    # A document put together from blocks read alone (`blocks.py`): the marks
    # under a top-level key or a country are its block's, with the lines to add
    # to them where the block now stands; `keys` and `values` hold the rest.
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

    def _find(self, path: Path, *, keys: bool) -> Mark | None:
        if self.blocks:
            block = self.blocks.get(path[:2]) or self.blocks.get(path[:1])
            if block is not None:
                positions, shift = block
                raw = (positions.keys if keys else positions.values).get(path)
                if raw is not None:
                    return to_mark(raw)._replace(line=raw.line + 1 + shift)
        raw = (self.keys if keys else self.values).get(path)
        return to_mark(raw) if raw is not None else None
