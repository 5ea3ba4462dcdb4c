"""The Europe map of the published site, inline in its pages: the shared
outlines (`outlines.europe_base`, once a page), each recorded country
coloured by a class per status, named on hover (`<title>`) and labelled
where there is room, and a circle for a state too small to see at this
scale (the page's legend says so). The names, the title and the text
alternative are escaped here: the page marks the SVG safe."""

from __future__ import annotations

import html
from dataclasses import dataclass

from coalition.analyse.mapping import MapView
from coalition.model.vocabulary import Status
from coalition.render.mapfacts import NO_STANCE, column_title, map_facts
from coalition.render.outlines import (
    SMALL,
    _in_frame,
    _path_box,
    europe_base,
    europe_frame,
    outlines,
)
from coalition.render.style import LOOKS, clean

MARKER = 4.5


LABEL_SIZE = 7.5


@dataclass(frozen=True)
class Placed:
    code: str
    x: float
    y: float
    anchor: str  # start, middle


def _place_labels(codes: list[str], names: dict[str, str]) -> list[Placed]:
    """Each name at its country, or beside it where it would cover another
    name; biggest countries first; a name with no free place is left to the
    hover text and the list beside the map."""
    taken: list[tuple[float, float, float, float]] = []
    placed = []
    x0, y0, w, h = europe_frame()
    shapes = outlines()
    for code in sorted(codes, key=lambda c: -shapes[c].area):
        cx, cy = shapes[code].centre
        width = 0.56 * LABEL_SIZE * len(names[code])
        small = shapes[code].area < SMALL
        candidates = (
            [(cx + MARKER + 1.5, cy, "start"), (cx - MARKER - 1.5 - width, cy, "start"),
             (cx - width / 2, cy - MARKER - 3, "start"), (cx - width / 2, cy + MARKER + 8, "start")]
            if small
            else [(cx - width / 2, cy, "start"), (cx - width / 2, cy - 8, "start"),
                  (cx - width / 2, cy + 8, "start"), (cx + 4, cy, "start")]
        )  # fmt: skip
        for left, base, anchor in candidates:
            box = (left - 1, base - LABEL_SIZE, left + width + 1, base + 2)
            inside = box[0] >= x0 and box[2] <= x0 + w and box[1] >= y0 and box[3] <= y0 + h
            if inside and not any(
                box[0] < t[2] and t[0] < box[2] and box[1] < t[3] and t[1] < box[3] for t in taken
            ):
                taken.append(box)
                placed.append(Placed(code, left, base, anchor))
                break
    return placed


def _fmt(number: float) -> str:
    return f"{number:.1f}".rstrip("0").rstrip(".")


def europe_layers(view: MapView) -> tuple[str, list[str]]:
    """The recorded countries, coloured by a class per status (and their
    code), named on hover, with a circle for a small state; and the names
    placed on the map, each a `<text>`."""
    shapes = outlines()
    recorded = sorted(
        (c for c in view.names if c in shapes and _in_frame(shapes[c].box)),
        key=lambda c: -shapes[c].area,
    )
    countries, markers = [], []
    for code in recorded:
        status = view.statuses.get(code)
        css = status.value if status else "none"
        word = LOOKS[status].word if status else "named, no stance here"
        name = html.escape(clean(view.names[code]))
        paths = "".join(f'<path d="{d}"/>' for d in shapes[code].paths if _in_frame(_path_box(d)))
        countries.append(
            f'<g class="{code.lower()} country {css}"><title>{name}: {word}</title>{paths}</g>'
        )
        if shapes[code].area < SMALL:
            cx, cy = shapes[code].centre
            markers.append(
                f'<circle class="marker {css}" cx="{_fmt(cx)}" cy="{_fmt(cy)}" r="{MARKER}">'
                f"<title>{name}: {word}</title></circle>"
            )
    labels = [
        f'<text x="{_fmt(p.x)}" y="{_fmt(p.y)}">{html.escape(clean(view.names[p.code]))}</text>'
        for p in _place_labels(recorded, view.names)
    ]
    return "".join(countries) + "".join(markers), labels


def europe_map(view: MapView, *, standalone: bool = False) -> str:
    """The Europe map of `view` as an inline SVG: the shared outlines
    (`europe_base`, which the page holds once), each recorded country
    coloured, named on hover (`<title>`), labelled, and a circle for a small
    state. `standalone` inlines the outlines and the colours, for a picture
    of its own (the social preview)."""
    key = f"europe-{view.column}"
    x, y, w, h = europe_frame()
    shapes, labels = europe_layers(view)
    if standalone:
        return _standalone(shapes, labels)
    title = f"{clean(view.title)}: {column_title(view.column)}, as of {view.as_of.isoformat()}"
    return (
        f'<svg class="europe" viewBox="{x} {y} {w} {h}" role="img" '
        f'aria-labelledby="{key}-title {key}-desc">'
        f'<title id="{key}-title">{html.escape(title)}</title>'
        f'<desc id="{key}-desc">{html.escape(map_facts(view))}</desc>'
        f'<use href="#europe-outlines" x="{x}" y="{y}" width="{w}" height="{h}"/>'
        f'{shapes}<g class="labels" aria-hidden="true">{"".join(labels)}</g></svg>'
    )


def europe_panel(view: MapView, width: int, height: int) -> str:
    """The Europe panel of the picture `coalition map` draws: the same map
    nested at `width` by `height`, its halo a copy under each name; the
    picture's own style colours it (`mapsvg.render_map`)."""
    x, y, w, h = europe_frame()
    shapes, labels = europe_layers(view)
    names = "".join(labels)
    return (
        f'<svg class="europe-panel" x="0" y="0" width="{width}" height="{height}" '
        f'viewBox="{x} {y} {w} {h}"><defs>{europe_base()}</defs>'
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#ffffff"/>'
        f'<use href="#europe-outlines" x="{x}" y="{y}" width="{w}" height="{h}"/>'
        f'{shapes}<g class="halo">{names}</g><g class="labels">{names}</g>'
        f'<text class="panel-title" x="{x + w / 2}" y="{y + 12}">Europe</text></svg>'
    )


def _standalone(shapes: str, labels: list[str]) -> str:
    """A picture of its own: the outlines and the colours inside it, and a
    halo drawn as a copy under each name (rasterisers lack paint-order)."""
    x, y, w, h = europe_frame()
    fills = "".join(f".{s.value}{{fill:{LOOKS[s].fill}}}" for s in Status)
    style = (
        f"<style>.land{{fill:#f4f4f4;stroke:#8a8a8a;stroke-width:.4}}{fills}"
        f".none{{fill:{NO_STANCE}}}.country,.marker{{stroke:#000;stroke-width:.5}}"
        "text{font:600 7.5px system-ui,sans-serif;fill:#000}"
        ".halo text{stroke:#fff;stroke-width:2;fill:#fff}</style>"
    )
    names = "".join(labels)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x} {y} {w} {h}">{style}'
        f"<defs>{europe_base()}</defs>"
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#ffffff"/>'
        f'<use href="#europe-outlines" x="{x}" y="{y}" width="{w}" height="{h}"/>'
        f'{shapes}<g class="halo">{names}</g><g class="labels">{names}</g></svg>\n'
    )
