"""Is a quote in its source? Text compared as a reader would compare it.

Both sides are normalised the same way: Unicode composed (NFC: an 'é' typed
as one character or as 'e' and an accent is the same), characters nobody sees
dropped (soft hyphens, zero-width spaces and joiners, word joiners), every
dash a hyphen, straight and curly quote marks alike, runs of white space one
space (an article's line breaks are not the journalist's), and '...' the same
as '…', which marks words left out: the parts on either side must appear in
order.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TRANSLATION = str.maketrans(
    {
        **dict.fromkeys("‘’‚‛′`´", "'"),
        **dict.fromkeys("“”„‟″«»", '"'),
        **dict.fromkeys("‐‑‒–—―−⁃﹘﹣－", "-"),
        **dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e", None),
    }
)
# Any character the table translates: most texts hold none.
_TRANSLATED = re.compile(f"[{''.join(re.escape(chr(code)) for code in _TRANSLATION)}]")
_SPACE = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.)\s*")


@functools.cache
def normalise(text: str) -> str:
    """Text as compared for provenance (see above). Cached: diffs and checks
    normalise the same quotes again and again."""
    composed = unicodedata.normalize("NFC", text)
    # Of the characters translated, only '`' is ASCII.
    if "`" in composed or (not composed.isascii() and _TRANSLATED.search(composed)):
        composed = composed.translate(_TRANSLATION)
    composed = composed.replace("...", "…")
    # Every white space but ' ' is unprintable: printable text without two
    # spaces in a row has no run to make one space.
    if not composed.isprintable() or "  " in composed:
        composed = _SPACE.sub(" ", composed)
    normalised = composed.strip()
    # Most quotes need nothing: the cache then keeps no second copy of them.
    return text if normalised == text else normalised


@functools.cache
def quote_key(quote: str) -> str:
    """What makes two quotes the same quote: their normalised words."""
    return normalise(quote).strip("\"'")


@functools.cache
def quote_mismatch(quote: str, archive: str) -> str | None:
    """None when `quote` appears in `archive` (normalised already), its parts
    in order where '…' marks words left out. Otherwise the part of the quote
    from where it stops matching ('' when nothing matches). Cached: a ledger
    quotes the same passage in many stances, and an edit or `log` checks the
    same quotes version after version (the archive is usually the same
    object, `normalise` being cached, so the key compares at once)."""
    text = normalise(quote).strip("\"'")
    start = 0
    for fragment in _parts(text):
        if not fragment:
            continue
        found = archive.find(fragment, start)
        if found < 0:
            return _departure(fragment, archive[start:])
        start = found + len(fragment)
    return None


def _parts(text: str) -> list[str]:
    """A normalised text's parts either side of each '…' ('...' is '…'
    already)."""
    return _ELLIPSIS.split(text) if "…" in text else [text]


def _departure(fragment: str, archive: str) -> str:
    """The tail of `fragment` from the word where it stops matching `archive`."""
    low, high = 0, len(fragment)
    while low < high:  # the longest prefix present, by bisection on its length
        middle = (low + high + 1) // 2
        if fragment[:middle] in archive:
            low = middle
        else:
            high = middle - 1
    word_start = fragment.rfind(" ", 0, low + 1) + 1
    return fragment[word_start:]


# Enough of the source's own words to identify a passage: a quote of "…" or
# "a … a" would be "found" in almost any text.
MIN_WORDS = 4
MIN_WORDS_PER_PART = 2
_WORD = re.compile(r"\w+")
# MIN_WORDS words in a row, whatever lies between them.
_ENOUGH = re.compile(rf"\w+(?:\W+\w+){{{MIN_WORDS - 1}}}")


@functools.cache
def too_short(quote: str) -> bool:
    """Whether a quote holds too few of the source's words to identify a
    passage: fewer than MIN_WORDS in all, or fewer than MIN_WORDS_PER_PART
    on a side of a '…'. Cached, as `quote_mismatch` is."""
    text = normalise(quote)
    if "…" not in text:  # one part: enough words, or too short
        return _ENOUGH.search(text) is None
    parts = [p for p in _ELLIPSIS.split(text) if p.strip("\"' ")]
    counts = [len(_WORD.findall(part)) for part in parts]
    return sum(counts) < MIN_WORDS or any(count < MIN_WORDS_PER_PART for count in counts)
