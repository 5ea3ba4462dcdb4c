"""The comments of a ledger file, so that no write can drop one silently.

A comment is a `#` at the start of a line or after a space, outside any
scalar. Which characters are inside a scalar is the YAML scanner's business
(quotes, block scalars, escapes), so the scalars' spans come from PyYAML's
own scanner and every `#` outside them that starts a comment is one.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import yaml

from coalition.read.blocks import COUNTRY_PREFIX, split_blocks
from coalition.read.compose import FastLoader


@dataclass(frozen=True)
class Comment:
    line: int  # 1-based
    text: str  # from the '#', trailing spaces dropped


def _tokens(text: str, until: int, loader: type) -> list[yaml.Token]:
    """The tokens of `text` up to the one holding offset `until`: past the
    last `#`, no token can hold a comment, and a large ledger's comments are
    usually all at its top."""
    tokens = []
    for token in yaml.scan(text, Loader=loader):
        if token.start_mark.index > until:
            break
        tokens.append(token)
    return tokens


def _scalar_spans(text: str, until: int) -> list[tuple[int, int]] | None:
    """(start, end) offsets of every scalar token up to offset `until` (the
    last `#`); None if the text does not scan that far."""
    try:
        tokens = _tokens(text, until, FastLoader)  # LibYAML's scanner: 10x faster
    except yaml.YAMLError:
        try:
            tokens = _tokens(text, until, yaml.SafeLoader)
        except yaml.YAMLError:
            return None
    spans = []
    for token in tokens:
        if isinstance(token, yaml.ScalarToken):
            start = token.start_mark.index
            if token.style in ("|", ">"):
                # A block scalar's header line may end in a comment.
                start = text.find("\n", start) + 1 or token.end_mark.index
            spans.append((start, token.end_mark.index))
    return spans


def comments_in(text: str) -> list[Comment] | None:
    """Every comment of `text`, in order; None if it is not YAML at all.

    A ledger in its usual shape is read a block at a time, and only the
    blocks with a `#` in them are scanned (alone, as the block reader parses
    them): a hashtag quoted near the end of a 10 MB ledger would otherwise
    have the whole file scanned into tokens, seconds of an edit. A block
    that does not scan alone sends the whole text to the scanner. (Of a text
    that does not scan whole, such as invalid YAML, this finds the comments
    of the blocks that scan alone, where the whole scan finds none.)"""
    until = text.rfind("#")
    if until < 0:
        return []
    by_block = _comments_by_block(text)
    return by_block if by_block is not None else _comments_whole(text, until)


def _comments_by_block(text: str) -> list[Comment] | None:
    """`comments_in(text)` read block by block; None when the text is not in
    the usual shape or a block with a `#` does not scan alone."""
    layout = split_blocks(text)
    if layout is None:
        return None
    regions = [(0, layout.first, False)]
    if layout.countries is not None:
        regions.append((*layout.countries, False))
    regions += [(span.start, span.end, span.country) for span in layout.blocks]
    regions.sort()
    found: list[Comment] = []
    line = 1
    for (start, end, country), (following, _, _) in zip(
        regions, [*regions[1:], (len(text), 0, False)], strict=True
    ):
        if end != following:
            return None  # the regions must tile the text
        if text.find("#", start, end) >= 0:
            prefix = COUNTRY_PREFIX if country else ""
            source = prefix + text[start:end]
            comments = _comments_whole(source, source.rfind("#"))
            if comments is None:
                return None
            shift = line - 1 - prefix.count("\n")
            found += [Comment(c.line + shift, c.text) for c in comments]
        line += text.count("\n", start, end)
    return found


def _comments_whole(text: str, until: int) -> list[Comment] | None:
    """`comments_in(text)`, the whole text scanned up to its last `#` (at
    offset `until`)."""
    spans = _scalar_spans(text, until)
    if spans is None:
        return None
    found = []
    offset = 0
    spans.sort()
    index = 0
    last = text.find("\n", until)  # no line after the last '#' has a comment
    for number, line in enumerate(text[: last if last >= 0 else None].split("\n"), start=1):
        column = 0
        while True:
            column = line.find("#", column)
            if column < 0:
                break
            position = offset + column
            while index < len(spans) and spans[index][1] <= position:
                index += 1
            inside = index < len(spans) and spans[index][0] <= position < spans[index][1]
            starts = column == 0 or line[column - 1] in " \t"
            if starts and not inside:
                found.append(Comment(number, line[column:].rstrip()))
                break
            column += 1
        offset += len(line) + 1
    return found


def lost_comments(before: str, after: str) -> list[Comment]:
    """The comments of `before` that `after` no longer has (each text counted
    as often as it occurs)."""
    old, new = comments_in(before), comments_in(after)
    if old is None or new is None:
        return []
    left = Counter(c.text for c in new)
    lost = []
    for comment in old:
        if left[comment.text] > 0:
            left[comment.text] -= 1
        else:
            lost.append(comment)
    return lost
