"""Renderers by name: one module per output format.

Each module has the same three functions, one per view:
`summary(Summary, out, options)`, `country(CountryView, out, options)` and
`domain(DomainView, out, options)`. The CLI's `--format` choices are the keys
of MODULES; a module is imported only when its format is asked for, so JSON
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
}


@dataclass(frozen=True)
class RenderOptions:
    colour: bool = False
    width: int | None = None  # None: the terminal's width, else 80


def renderer(name: str) -> ModuleType:
    return importlib.import_module(MODULES[name])
