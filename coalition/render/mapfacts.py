"""A map in words: its title and the facts it shows, for a map's title, its
text alternative and the list beside it; and the grey of a country named
with no stance in the mapped domain."""

from __future__ import annotations

from coalition.analyse.mapping import STRONGEST, MapView
from coalition.model.vocabulary import Status
from coalition.render.style import LOOKS, clean

NO_STANCE = "#9e9e9e"


def column_title(column: str) -> str:
    if column == STRONGEST:
        return "strongest stance in any domain"
    return "overall stance" if column == "overall" else f"{column}"


def map_facts(view: MapView) -> str:
    """The map in words: who stands where, strongest first."""
    parts = []
    for status in reversed(list(Status)):
        names = sorted(view.names[c] for c, s in view.statuses.items() if s is status)
        if names:
            parts.append(f"{LOOKS[status].word}: {', '.join(clean(n) for n in names)}")
    if view.without:
        names = sorted(clean(view.names[c]) for c in view.without)
        parts.append(f"no stance here: {', '.join(names)}")
    return "; ".join(parts) + "." if parts else "No country has a stance here."
