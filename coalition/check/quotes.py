"""Is a quote in its source? Text compared as a reader would compare it.

Straight and curly quote marks are the same, and so are runs of white space
(an article's line breaks are not the journalist's); '…' or '...' marks words
left out, so the parts on either side must appear in order.
"""

from __future__ import annotations

import functools
import re

_QUOTE_MARKS = str.maketrans({**dict.fromkeys("‘’‚‛′`´", "'"), **dict.fromkeys("“”„‟″«»", '"')})
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Text as compared for provenance: one kind of quote mark, one space.
    (Cached: diffs and checks normalise the same quotes again and again.)"""
    return _SPACE.sub(" ", text.translate(_QUOTE_MARKS)).strip()


def quote_mismatch(quote: str, archive: str) -> str | None:
    """None when `quote` appears in `archive` (normalised already), its parts
    in order where '…' marks words left out. Otherwise the part of the quote
    from where it stops matching ('' when nothing matches)."""
    text = normalise(quote).strip("\"'")
    start = 0
    for fragment in _ELLIPSIS.split(text):
        if not fragment:
            continue
        found = archive.find(fragment, start)
        if found < 0:
            return _departure(fragment, archive[start:])
        start = found + len(fragment)
    return None


def _departure(fragment: str, archive: str) -> str:
    """The tail of `fragment` from the word where it stops matching `archive`."""
    low, high = 0, len(fragment)
    while low < high:  # the longest prefix present, by bisection on its length
        middle = (low + high + 1) // 2
        if fragment[:middle] in archive:
            low = middle
        else:
            high = middle - 1
    if low < 10:
        return ""
    word_start = fragment.rfind(" ", 0, low + 1) + 1
    return fragment[word_start:]
