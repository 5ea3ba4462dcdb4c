"""What each source still holds, for a terminal, Markdown and JSON."""

from __future__ import annotations

import textwrap
from typing import Any, TextIO

from coalition.analyse.coverage import CoverageView, SourceCoverage
from coalition.render import RenderOptions
from coalition.render.jsondump import write_json
from coalition.render.markdown import escape
from coalition.render.style import clean, dated

_WIDTH = 80


def _heading(found: SourceCoverage, quote: Any = clean) -> str:
    source = found.source
    return f"{quote(found.source_id)}: {quote(source.publisher)}, {dated(source)}"


def _tally(found: SourceCoverage) -> str:
    left = sum(len(c.sentences) for c in found.countries)
    return (
        f"{left} sentence{'s' if left != 1 else ''} naming a country not recorded; "
        f"{found.covered} quoted, {found.ignored} left out with a reason"
    )


def coverage_table(view: CoverageView, out: TextIO, options: RenderOptions) -> None:
    width = options.width or _WIDTH
    for index, found in enumerate(view.sources):
        if index:
            out.write("\n")
        out.write(_heading(found) + "\n")
        if found.problem:
            out.write(f"  {found.problem}\n")
            continue
        out.write(f"  {_tally(found)}\n")
        for country in found.countries:
            out.write(f"\n  {clean(country.name)} ({country.code})\n")
            for sentence in country.sentences:
                lines = textwrap.wrap(clean(sentence), width - 6) or [""]
                out.write("    - " + "\n      ".join(lines) + "\n")
    out.write(f"\n{view.uncovered} sentences left to record or to explain under 'ignored:'.\n")


def coverage_markdown(view: CoverageView, out: TextIO, options: RenderOptions) -> None:
    out.write(f"## Coverage of the sources\n\nAs of {view.as_of}.\n")
    for found in view.sources:
        out.write(f"\n### {_heading(found, escape)}\n\n")
        if found.problem:
            out.write(f"{escape(found.problem)}.\n")
            continue
        out.write(f"{escape(_tally(found))}.\n")
        for country in found.countries:
            out.write(f"\n#### {escape(country.name)} ({country.code})\n\n")
            for sentence in country.sentences:
                out.write(f"- {escape(sentence)}\n")


def _source(found: SourceCoverage) -> dict[str, Any]:
    return {
        "source": found.source_id,
        "problem": found.problem,
        "covered": found.covered,
        "ignored": found.ignored,
        "countries": [
            {"code": c.code, "name": c.name, "sentences": list(c.sentences)}
            for c in found.countries
        ],
    }


def coverage_json(view: CoverageView, out: TextIO, options: RenderOptions) -> None:
    document = {
        "as_of": view.as_of,
        "uncovered": view.uncovered,
        "sources": [_source(s) for s in view.sources],
    }
    write_json(document, out)
