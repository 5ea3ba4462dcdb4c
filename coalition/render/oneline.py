"""A single line fit for a commit message: `IT air: considering → committed;
+NO; −RO`, then how many other changes there are."""

from __future__ import annotations

from typing import TextIO

from coalition.analyse.change import Kind
from coalition.analyse.diff import DiffView
from coalition.render import RenderOptions
from coalition.render.style import clean
from coalition.render.words import oneline_token


def diff(view: DiffView, out: TextIO, options: RenderOptions) -> None:
    # A country that came or went is one token; its stances go with it.
    whole = {
        c.country for c in view.changes if c.kind in (Kind.COUNTRY_ADDED, Kind.COUNTRY_REMOVED)
    }
    tokens, others = [], 0
    for change in view.changes:
        if change.country in whole and change.kind not in (
            Kind.COUNTRY_ADDED,
            Kind.COUNTRY_REMOVED,
        ):
            continue
        token = oneline_token(change, clean)
        if token is None:
            others += 1
        else:
            tokens.append(token)
    if others:
        tokens.append(f"{others} other change{'' if others == 1 else 's'}")
    out.write(("; ".join(tokens) if tokens else "no changes") + "\n")
