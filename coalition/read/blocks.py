"""Reading many versions of one ledger: each block of text is parsed once.

`coalition log` reads every version of the ledger in the history, and
consecutive versions differ in a few lines. A ledger in its usual shape is a
column of top-level keys (`title:`, `sources:`, `countries:` …), and
`countries:` a column of country blocks; a block whose text was read before is
not parsed again: its data and positions are taken from the earlier reading,
shifted to the line where it now starts.

This is only an economy, never a second reading of YAML: a block is parsed by
the same `compose` as a whole file, alone (a country block after a bare
`countries:` line), and the result is used only when every block read cleanly
on its own, one key each, no key twice. A block that ends inside an open
quote or bracket fails on its own, so a construct that runs from one block
into the next is never cut in two; anything else (a problem anywhere, a line
that does not fit the shape) sends the whole text to `read_yaml`, which finds
and words every problem as it always does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from coalition.problems import Problem
from coalition.read.compose import compose
from coalition.read.document import NO_KEY, Document, Path, Positions
from coalition.read.text import decode, needs_attention, scan_text

# A line that starts a top-level block: anything at column 0 but a comment
# (whether it really is one key is the block's own parse to say). Patterns of
# lines start with a newline rather than `^`: Python's `re` then skips ahead
# to each newline instead of trying every position.
_TOP = re.compile(r"\n(?=[^\s#])")
_COUNTRIES = re.compile(r"countries:[ ]*(?:[ ]#.*)?")
# What a country block is read after, alone.
COUNTRY_PREFIX = "countries:\n"


@dataclass(frozen=True)
class _Piece:
    """One block as read alone: its one key, its value and where things are
    in it (with the lines of the block's own parse)."""

    key: str
    value: Any
    positions: Positions
    cut_by_comment: frozenset[Path]


@dataclass(frozen=True)
class Span:
    """Where one block is in the text: a top-level key, or a country."""

    start: int
    end: int
    country: bool


@dataclass(frozen=True)
class Layout:
    """How a ledger's text falls into blocks, when it is in the usual shape."""

    first: int  # where the first key starts (before it: comments and blank lines)
    blocks: tuple[Span, ...]  # in the order of the file
    # The `countries:` line (from its start to where the first country starts,
    # comments between included), and how far the countries are indented.
    countries: tuple[int, int] | None = None
    indent: int = 0


def split_blocks(text: str) -> Layout | None:
    """The blocks of `text`, or None when it is not in the usual shape (then
    it is read, or written, whole). Whether each block is really one key is
    for whoever reads it to say."""
    starts = [m.end() for m in _TOP.finditer(text)]
    if text[:1] not in ("", "#") and not text[0].isspace():
        starts.insert(0, 0)
    if not starts:
        return None
    spans: list[Span] = []
    countries, indent = None, 0
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        head_end = text.find("\n", start, end)
        if (
            head_end != -1
            and _COUNTRIES.fullmatch(text, start, head_end)
            and text[head_end:end].strip(" \n")
        ):
            found = _country_spans(text, head_end + 1, end)
            if countries is not None or found is None:
                return None
            indent, country_spans = found
            countries = (start, country_spans[0].start)
            spans += country_spans
        else:
            spans.append(Span(start, end, country=False))
    return Layout(starts[0], tuple(spans), countries, indent)


def _country_spans(text: str, begin: int, end: int) -> tuple[int, list[Span]] | None:
    """The country blocks between `begin` and `end` (the lines after
    `countries:`), and their indent; None if they do not fit the shape."""
    first = re.compile(r"\n( +)[^\s#]").search(text, begin - 1, end)
    if first is None:
        return None
    indent = len(first.group(1))
    # Every line is blank, a comment, or indented at least as much as the
    # first country; those at exactly its indent start a block each.
    if re.compile(rf"\n {{0,{indent - 1}}}[^\s#]").search(text, begin - 1, end):
        return None
    line = re.compile(rf"\n {{{indent}}}(?=[^\s#])")
    starts = [m.start() + 1 for m in line.finditer(text, begin - 1, end)]
    return indent, [
        Span(start, stop, country=True)
        for start, stop in zip(starts, [*starts[1:], end], strict=True)
    ]


class BlockReader:
    """Reads versions of a ledger, remembering the blocks of the last one."""

    def __init__(self) -> None:
        self._known: dict[tuple[bool, str], _Piece] = {}
        self._used: dict[tuple[bool, str], _Piece] = {}

    def read(self, data: bytes, file: str) -> tuple[Document | None, list[Problem]]:
        """What `read_yaml(data, file)` returns, reusing blocks read before."""
        from coalition.read import read_yaml

        text, problems = decode(data, file)
        document = self._assemble(text, file) if text is not None and not problems else None
        if document is None:
            self._used = {}
            return read_yaml(data, file)
        self._known, self._used = self._used, {}
        return document, []

    def _piece(self, text: str, file: str, *, country: bool) -> _Piece | None:
        """The block alone, parsed once; None when it does not read cleanly."""
        key = (country, text)
        piece = self._used.get(key) or self._known.get(key)
        if piece is None:
            piece = _read_alone(text, file, country=country)
            if piece is None:
                return None
        self._used[key] = piece
        return piece

    def _assemble(self, text: str, file: str) -> Document | None:
        layout = split_blocks(text)
        if layout is None or not _only_comments(text[: layout.first], file):
            return None
        if layout.countries is not None and not _clean(text[slice(*layout.countries)], file):
            return None
        line_of = _LineCounter(text)
        document = Document(data={})
        # The positions outside the blocks: the top, and `countries:`.
        positions = document.positions
        positions.add(None, NO_KEY, line_of(layout.first) << 32)
        countries: dict[str, Any] = {}
        for span in layout.blocks:
            if span.country and not countries and layout.countries is not None:
                if "countries" in document.data:
                    return None
                document.data["countries"] = countries
                positions.add(
                    "countries",
                    line_of(layout.countries[0]) << 32,
                    line_of(span.start) << 32 | layout.indent,
                )
            piece = self._piece(text[span.start : span.end], file, country=span.country)
            into = countries if span.country else document.data
            if piece is None or piece.key in into:
                return None
            into[piece.key] = piece.value
            if span.country:
                # The block's own parse has its first line after a `countries:` line.
                _place(document, piece, ("countries", piece.key), line_of(span.start) - 1)
            else:
                _place(document, piece, (piece.key,), line_of(span.start))
        positions.close(0)
        return document


def _only_comments(text: str, file: str) -> bool:
    """Blank lines and comments, with nothing hidden in them."""
    return all(
        not line.strip() or line.lstrip().startswith("#") for line in text.split("\n")
    ) and _clean(text, file)


def _clean(text: str, file: str) -> bool:
    """Nothing in `text` that the scan before parsing would report or replace."""
    if not needs_attention(text):
        return True
    scanned = scan_text(text, file)
    return not scanned.problems and scanned.text is text


class _LineCounter:
    """The 0-based line of an offset, for offsets asked in increasing order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.offset = 0
        self.line = 0

    def __call__(self, offset: int) -> int:
        self.line += self.text.count("\n", self.offset, offset)
        self.offset = offset
        return self.line


def _read_alone(text: str, file: str, *, country: bool) -> _Piece | None:
    if not _clean(text, file):
        return None
    document, problems = compose(COUNTRY_PREFIX + text if country else text, file)
    if problems or document is None or not isinstance(document.data, dict):
        return None
    data = document.data["countries"] if country else document.data
    if not isinstance(data, dict) or len(data) != 1:
        return None
    ((key, value),) = data.items()
    # Its paths are the ledger's own already (a country block's start with
    # "countries"); only those under its key are ever asked of it.
    return _Piece(key, value, document.positions, frozenset(document.cut_by_comment))


def _place(document: Document, piece: _Piece, path: Path, shift: int) -> None:
    """Put a block's positions into the document being assembled, to be
    shifted to where the block starts when one is asked for."""
    document.blocks[path] = (piece.positions, shift)
    document.cut_by_comment.update(piece.cut_by_comment)
