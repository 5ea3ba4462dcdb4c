"""Word lists matched on the text lower-cased once, behind a gate: the same
words, sooner.

The claim rules read every distinct quote of a ledger with some fifteen word
lists (`coalition/model/wording.py`, `coalition/model/cues.py`), each a
case-insensitive pattern of many alternatives. Python's engine compares a
case-insensitive letter through a lower-casing call, and enters every
alternative in full at each word start; matched case-sensitively on the text
lower-cased once, an alternative whose first letter differs is passed over at
once (`WordPattern`: on the 17,000 ASCII texts of a 10 MB ledger, the lists'
scans take 0.6 s of CPU instead of 1.05 s). Most quotes hold no word of a
list at all: one scan of all of them (`WordGate`) says so, and the lists'
own scans are left to the fifth of quotes that may.

Both ways find the same spans wherever lower-casing the text changes each
letter into the one the engine compares it as. A text with a letter where that
is not so keeps the case-insensitive pattern: one whose lower case is two
characters ('İ'), a capital sigma (whose lower case depends on where it
stands), and a letter the engine also takes for another that shares its upper
case ('ſ' for 's', 'ı' for 'i'). A test holds the two ways equal, and the
gate open wherever a list finds a word, on the claim corpora and on
generated text.
"""

from __future__ import annotations

import functools
import re


@functools.lru_cache(maxsize=1024)
def folded(text: str) -> str | None:
    """`text` lower-cased, when every letter lower-cases plainly (above);
    None otherwise. Cached: each list asks for the same quote's."""
    lower = text.lower()
    if text.isascii():
        return lower
    if len(lower) != len(text) or "Σ" in text or lower != text.upper().lower():
        return None
    return lower


def _folded_source(source: str) -> str | None:
    """A case-insensitive pattern's source with its letters lower-cased
    (escapes such as \\W or \\S kept as they are), or None when one of its
    letters does not lower-case plainly."""
    parts = []
    for match in re.finditer(r"\\.|.", source, re.DOTALL):
        part = match.group(0)
        if not part.startswith("\\"):
            if folded(part) != part.lower() or part == "Σ":
                return None
            part = part.lower()
        parts.append(part)
    return "".join(parts)


class WordPattern:
    """A word list's case-insensitive pattern, and the same pattern for
    lower-cased text (None when its own letters do not allow it). The
    case-insensitive one is compiled when a text first needs it."""

    def __init__(self, source: str) -> None:
        self.source = source
        lower = _folded_source(source)
        self.lower = re.compile(lower) if lower is not None else None

    @functools.cached_property
    def exact(self) -> re.Pattern[str]:
        return re.compile(self.source, re.IGNORECASE)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The spans `exact.finditer(text)` finds, in the same order."""
        return self.spans_folded(text, folded(text))

    def spans_folded(self, text: str, lowered: str | None) -> list[tuple[int, int]]:
        """`spans(text)`, for a caller that has `folded(text)` already (a
        text read with several lists)."""
        if lowered is None or self.lower is None:
            return [match.span() for match in self.exact.finditer(text)]
        return [match.span() for match in self.lower.finditer(lowered)]

    def search(self, text: str) -> bool:
        """Whether `exact` finds anything in `text`."""
        lowered = folded(text) if self.lower is not None else None
        if lowered is None or self.lower is None:
            return self.exact.search(text) is not None
        return self.lower.search(lowered) is not None


# Texts the word lists' gates let through unread before they are built: the
# lists read a few hundred texts sooner than a gate of all their words is
# compiled (at 10 MB the gates read 27,000).
WARM_UP = 500


class WordGate:
    """One scan for any word of several lists: a text it finds nothing in
    holds no word of any of them, and each list's own scan is spared.

    Most quotes hold no cue and no hedge; the lists' own patterns, one scan
    each, find that out list by list, entering at every word start each of
    their alternatives. The gate is one pattern of all their alternatives
    grouped by first letter (`_by_first_letter`), where the engine passes
    over a group at its first letter: at 10 MB the six status lists' gate
    reads the 27,000 distinct texts in about a seventh of the time the lists
    take, and lets a fifth of them through.

    It finds a word wherever a list would (it holds every way each
    alternative can begin, under the same guards); where it cannot be built
    (a letter that does not lower-case plainly) or the text is not plain
    (`folded`), every text goes through."""

    def __init__(self, *lists: tuple[str, ...], after: int = 0) -> None:
        self._lists = lists
        self._before = after

    @functools.cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """The one pattern; None where it cannot be built. Compiled when
        first needed: a pattern of every list's words takes a hundredth of a
        second to compile, more than a small ledger's texts take to read."""
        lowered = [_folded_source(words) for words in (w for words in self._lists for w in words)]
        alternatives = [part for words in lowered if words is not None for part in _split(words)]
        if not all(words is not None for words in lowered):
            return None
        return re.compile(rf"(?<!\w)(?:{_grouped(alternatives)})(?!\w)")

    def shuts_out(self, lowered: str | None) -> bool:
        """Whether a text (as `folded` gives it) holds no word of the lists."""
        return lowered is not None and self.pattern is not None and not self.pattern.search(lowered)

    def admits(self, lowered: str | None) -> bool:
        """Whether a text (as `folded` gives it) may hold a word of the
        lists. The first `after` texts asked about are let through unread:
        the lists read a few hundred texts sooner than the gate is built."""
        if self._before > 0:
            self._before -= 1
            return True
        return not self.shuts_out(lowered)


def _grouped(alternatives: list[str]) -> str:
    """The alternatives as one alternation, those that begin with a plain
    letter grouped under it (`a(?:b|c)` for `ab|ac`): the same words."""
    groups: dict[str, list[str]] = {}
    others = []
    for alternative in alternatives:
        paths = _by_first_letter(alternative)
        if paths is None:
            others.append(alternative)
            continue
        for first, rest in paths:
            groups.setdefault(first, []).append(rest)
    grouped = [f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()]
    return "|".join([*grouped, *others])


_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})\??")


def _by_first_letter(alternative: str, depth: int = 0) -> list[tuple[str, str]] | None:
    """Every way `alternative` can begin, as (its first character, the rest):
    a leading group spelt out (`(?:a|b)c` is `ac`, `bc`), a leading optional
    letter or group both taken and left (`s?x` is `sx`, `x`). None when it
    begins otherwise (an escape, a class, an assertion, a repeat) or may be
    empty."""
    if depth > 6 or not alternative:
        return None
    if alternative.startswith("(?:"):
        end = _group_end(alternative, 0)
        inner, quantifier, rest = _piece(alternative, 3, end - 1, end)
        if quantifier not in ("", "?", "??"):
            return None
        sources = [part + rest for part in _split(inner)] + ([rest] if quantifier else [])
    elif alternative[0] in "\\[(.^$|)?*+{":
        return None
    else:
        _, quantifier, rest = _piece(alternative, 0, 1, 1)
        if quantifier == "":
            return [(alternative[0], rest)]
        if quantifier not in ("?", "??"):
            return None
        sources = [alternative[0] + rest, rest]
    paths: list[tuple[str, str]] = []
    for source in sources:
        found = _by_first_letter(source, depth + 1)
        if found is None:
            return None
        paths += found
    return paths


def _piece(source: str, start: int, end: int, after: int) -> tuple[str, str, str]:
    """source[start:end], the quantifier right after `after`, and what
    follows it."""
    quantifier = _QUANTIFIER.match(source, after)
    stop = quantifier.end() if quantifier else after
    return source[start:end], quantifier.group(0) if quantifier else "", source[stop:]


def _skip(source: str, index: int) -> int:
    """The index past the escape or class at `index`, or past one character."""
    if source[index] == "\\":
        return index + 2
    if source[index] == "[":
        index += 1
        if source[index : index + 1] == "^":
            index += 1
        if source[index : index + 1] == "]":
            index += 1
        while source[index] != "]":
            index += 2 if source[index] == "\\" else 1
    return index + 1


def _group_end(source: str, start: int) -> int:
    """The index past the ')' that closes the '(' at `start`."""
    depth, index = 0, start
    while index < len(source):
        if source[index] == "(":
            depth += 1
        elif source[index] == ")":
            depth -= 1
            if depth == 0:
                return index + 1
        index = _skip(source, index)
    raise ValueError(f"unbalanced group in {source!r}")


def _split(source: str) -> list[str]:
    """`source`'s alternatives at its top level."""
    parts, depth, start, index = [], 0, 0, 0
    while index < len(source):
        if source[index] == "(":
            depth += 1
        elif source[index] == ")":
            depth -= 1
        elif source[index] == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index = _skip(source, index)
    return [*parts, source[start:]]
