"""Renderers by name: one module per output format.

Each module has a function per view it renders, all of the same form:
`summary(Summary, out, options)`, `country(CountryView, …)`, `domain(DomainView,
…)`, `diff(DiffView, …)`, `log(LogView, …)`. The CLI's `--format` choices come
from FORMATS; a module is imported only when its format is asked for, so JSON
output never pays for importing Rich.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

MODULES = {
    "table": "coalition.render.table",
    "markdown": "coalition.render.markdown",
    "csv": "coalition.render.csvfile",
    "json": "coalition.render.jsonfile",
    "oneline": "coalition.render.oneline",
}

# Which formats each view speaks; a test checks that each module named here
# has the view's function.
FORMATS = {
    "summary": ("table", "markdown", "csv", "json"),
    "country": ("table", "markdown", "csv", "json"),
    "domain": ("table", "markdown", "csv", "json"),
    "diff": ("table", "markdown", "json", "csv", "oneline"),
    "log": ("table", "markdown", "json"),
}


@dataclass(frozen=True)
class RenderOptions:
    colour: bool = False
    width: int | None = None  # None: the terminal's width, else 80


def renderer(name: str) -> ModuleType:
    return importlib.import_module(MODULES[name])
