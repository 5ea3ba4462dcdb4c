"""Timelines as text, Markdown and JSON: each stance's statuses in the order
its sources said them, dated by the news, superseded and contradicted
evidence told apart."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from typing import Any, TextIO

from coalition.analyse.timeline import Timeline, TimelineView
from coalition.model.timeline import SAID, Contradiction, Dated, Step
from coalition.render import RenderOptions
from coalition.render.changes import Line, write_lines
from coalition.render.jsondump import write_json
from coalition.render.markdown import escape as markdown_escape
from coalition.render.style import LOOKS, citation, clean, contradiction_words

Escape = Callable[[str], str]
_BASES = {"url": "date from the URL", "index": "date indexed", "inferred": "date inferred"}
NO_MOVES = "No stance moved on or after that day."


def day_words(quote: Dated) -> str:
    """`2026-01-06 (date indexed)`, `2025-09-04 (said)`, or `date unknown`."""
    if quote.date is None:
        return "date unknown"
    basis = "said" if quote.basis == SAID else _BASES.get(quote.basis)
    return f"{quote.date.isoformat()} ({basis})" if basis else quote.date.isoformat()


def span_words(step: Step) -> str:
    first, last = step.first_seen.isoformat(), step.last_seen.isoformat()
    return first if first == last else f"{first} to {last}"


def heading_words(timeline: Timeline, escape: Escape) -> str:
    path = " → ".join(LOOKS[s.status].word for s in timeline.steps)
    now = LOOKS[timeline.status].word
    moved = f" ({path})" if len(timeline.steps) > 1 else ""
    return f"{escape(timeline.name)} ({timeline.country}), {timeline.column}: {now}{moved}"


def step_words(step: Step) -> str:
    return f"{span_words(step)}: {LOOKS[step.status].word}, {step.state.value}"


def quote_words(quote: Dated, escape: Escape) -> tuple[str, str]:
    """The quote, and who said it where and when."""
    # The citation carries the date: the quote's own ("said …"), or its
    # source's with how it is known, or "date unknown".
    said = citation(quote.evidence, quote.source, escape, title=False, status=False)
    return f"“{escape(quote.evidence.quote)}”", said


def _timeline_lines(timeline: Timeline) -> list[Line]:
    lines: list[Line] = [((("", ""),), 0), (((heading_words(timeline, clean), "bold"),), 0)]
    for step in timeline.steps:
        style = "green" if step.state.value == "current" else "dim"
        lines.append((((step_words(step), style),), 2))
        for quote in step.evidence:
            words, said = quote_words(quote, clean)
            lines.append((((words, "italic"), (f" — {said}", "dim")), 4))
    if timeline.undated:
        lines.append(((("date unknown (never placed on a made-up date):", "yellow"),), 2))
        for quote in timeline.undated:
            words, said = quote_words(quote, clean)
            status = LOOKS[quote.status].word
            lines.append((((f"{status}: {words}", "italic"), (f" — {said}", "dim")), 4))
    for found in timeline.contradictions:
        style = "" if found.resolved else "red"
        lines.append((((contradiction_words(found, clean), style),), 2))
    return lines


def timeline_table(view: TimelineView, out: TextIO, options: RenderOptions) -> None:
    lines: list[Line] = [
        (((clean(view.title), "bold"),), 0),
        (((_as_of_words(view), "dim"),), 0),
    ]
    if view.since is not None and not view.timelines:
        lines.append(((("", ""),), 0))
        lines.append((((NO_MOVES, ""),), 0))
    for timeline in view.timelines:
        lines += _timeline_lines(timeline)
    write_lines(lines, out, options)


def _as_of_words(view: TimelineView) -> str:
    words = f"as of {view.as_of.isoformat()}; dated by the sources, not by when the ledger "
    words += "recorded them"
    if view.since is not None:
        words += f"; stances that moved on or after {view.since.isoformat()}"
    return words


def timeline_markdown(view: TimelineView, out: TextIO, options: RenderOptions) -> None:
    lines = [f"## {markdown_escape(view.title)}", "", f"*{_as_of_words(view)}*"]
    if view.since is not None and not view.timelines:
        lines += ["", NO_MOVES]
    for timeline in view.timelines:
        lines += ["", f"### {heading_words(timeline, markdown_escape)}", ""]
        for step in timeline.steps:
            lines.append(f"- **{step_words(step)}**")
            for quote in step.evidence:
                words, said = quote_words(quote, markdown_escape)
                lines.append(f"  - {words} — {said}")
        if timeline.undated:
            lines.append("- **date unknown** (never placed on a made-up date)")
            for quote in timeline.undated:
                words, said = quote_words(quote, markdown_escape)
                lines.append(f"  - {LOOKS[quote.status].word}: {words} — {said}")
        for found in timeline.contradictions:
            lines.append(f"- {contradiction_words(found, markdown_escape)}")
    out.write("\n".join(lines) + "\n")


def _date(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def quote_json(quote: Dated) -> dict[str, Any]:
    evidence = quote.evidence
    return {
        "status": quote.status.value,
        "date": _date(quote.date),
        "date_basis": quote.basis,
        "source": evidence.source,
        "quote": evidence.quote,
        "speaker": evidence.speaker,
        "attribution": evidence.attribution.value if evidence.attribution else None,
    }


def contradiction_json(found: Contradiction) -> dict[str, Any]:
    return {
        "when": _date(found.when),
        "first": quote_json(found.first),
        "second": quote_json(found.second) if found.second else None,
        "resolved": found.resolved,
        "follows": found.resolution.follows if found.resolution else None,
        "reason": found.resolution.reason if found.resolution else None,
    }


def timeline_json(view: TimelineView, out: TextIO, options: RenderOptions) -> None:
    write_json(
        {
            "title": view.title,
            "as_of": view.as_of.isoformat(),
            "since": _date(view.since),
            "timelines": [
                {
                    "country": t.country,
                    "name": t.name,
                    "domain": t.column,
                    "status": t.status.value,
                    "first_seen": _date(t.first_seen),
                    "last_seen": _date(t.last_seen),
                    "since": _date(t.since),
                    "steps": [
                        {
                            "status": s.status.value,
                            "first_seen": s.first_seen.isoformat(),
                            "last_seen": s.last_seen.isoformat(),
                            "state": s.state.value,
                            "evidence": [quote_json(q) for q in s.evidence],
                        }
                        for s in t.steps
                    ],
                    "undated": [quote_json(q) for q in t.undated],
                    "contradictions": [contradiction_json(c) for c in t.contradictions],
                }
                for t in view.timelines
            ],
        },
        out,
    )
