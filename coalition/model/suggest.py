"""Did you mean …?": the closest of the words a field accepts."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The closest choice to a misspelt word, if one is close enough."""
    options = list(choices)
    lowered = {c.lower(): c for c in options}
    if word.lower() in lowered:
        return lowered[word.lower()]
    normalised = word.lower().replace("-", "_").replace(" ", "_")
    if normalised in lowered:
        return lowered[normalised]
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    if close:
        return lowered[close[0]]
    # 'airforce' for 'air', 'financial' for 'financing': a shared start.
    prefixed = [
        c
        for c in lowered
        if len(c) >= 3
        and normalised.startswith(c[:3])
        and (normalised.startswith(c) or c.startswith(normalised[:5]))
    ]
    return lowered[prefixed[0]] if len(prefixed) == 1 else None
