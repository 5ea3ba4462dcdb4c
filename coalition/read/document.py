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

    def mark(self, path: Path) -> Mark:
        """The position of the value at `path`, or of its nearest ancestor."""
        while path:
            if path in self.values:
                return to_mark(self.values[path])
            path = path[:-1]
        return Mark(1, 1)

    def key_mark(self, path: Path) -> Mark:
        """The position of the key that names `path` (the value's if none)."""
        return to_mark(self.keys[path]) if path in self.keys else self.mark(path)
