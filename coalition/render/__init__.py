"""Rendering: one registry of renderers, by view and format.

A view is what an analysis returns (a `Summary`, a `DiffView`, a validation
report…); a format is how it is written (table, markdown, csv, json…). Every
renderer has the same form, `render(view, out, options)`, and is named here
once as "module:function"; the CLI's `--format` choices are read from this
registry, never from a second list (as check-jsonschema's reporters are). A
module is imported only when one of its formats is asked for, so JSON output
never pays for importing Rich.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO


@dataclass(frozen=True)
class RenderOptions:
    colour: bool = False
    width: int | None = None  # None: the terminal's width, else $COLUMNS or 80


Renderer = Callable[[Any, TextIO, RenderOptions], None]

# (view, format) -> "module:function", modules relative to this package.
# For each view, its first format is the default.
RENDERERS: dict[tuple[str, str], str] = {
    ("summary", "table"): "table:summary",
    ("summary", "markdown"): "markdown:summary",
    ("summary", "csv"): "csvfile:summary",
    ("summary", "json"): "jsonfile:summary",
    ("country", "table"): "table:country",
    ("country", "markdown"): "markdown:country",
    ("country", "csv"): "csvfile:country",
    ("country", "json"): "jsonfile:country",
    ("domain", "table"): "table:domain",
    ("domain", "markdown"): "markdown:domain",
    ("domain", "csv"): "csvfile:domain",
    ("domain", "json"): "jsonfile:domain",
    ("diff", "table"): "changes:diff",
    ("diff", "markdown"): "markdown:diff",
    ("diff", "json"): "jsonfile:diff",
    ("diff", "csv"): "csvfile:diff",
    ("diff", "oneline"): "oneline:diff",
    ("log", "table"): "changes:log",
    ("log", "markdown"): "markdown:log",
    ("log", "json"): "jsonfile:log",
    ("report", "text"): "report:report_text",
    ("report", "json"): "report:report_json",
    ("report", "github"): "report:report_github",
    ("rules", "table"): "rules:rules_table",
    ("rules", "markdown"): "rules:rules_markdown",
    ("rules", "json"): "rules:rules_json",
    ("rule", "table"): "rules:rule_table",
    ("rule", "markdown"): "rules:rule_markdown",
    ("rule", "json"): "rules:rule_json",
    ("coverage", "table"): "coverage:coverage_table",
    ("coverage", "markdown"): "coverage:coverage_markdown",
    ("coverage", "json"): "coverage:coverage_json",
    ("record", "text"): "recording:record_text",
    ("record", "json"): "recording:record_json",
    ("facts", "text"): "facts:facts_text",
    ("timeline", "table"): "timeline:timeline_table",
    ("timeline", "markdown"): "timeline:timeline_markdown",
    ("timeline", "json"): "timeline:timeline_json",
    ("release", "markdown"): "release:release_markdown",
    ("release", "json"): "release:release_json",
}


def formats(view: str) -> tuple[str, ...]:
    """The formats a view is rendered in, the default first."""
    return tuple(fmt for name, fmt in RENDERERS if name == view)


def renderer(view: str, fmt: str) -> Renderer:
    module, _, function = RENDERERS[(view, fmt)].partition(":")
    found: Renderer = getattr(importlib.import_module(f"{__name__}.{module}"), function)
    return found


def render(view: str, fmt: str, data: Any, out: TextIO, options: RenderOptions) -> None:
    renderer(view, fmt)(data, out, options)
