"""Release notes, in words: Markdown (also the tag's message, which reads as
plain text) and JSON."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TextIO

from coalition.analyse.release import Item, ReleaseNotes
from coalition.render import RenderOptions
from coalition.render.jsondump import write_json
from coalition.render.markdown import escape
from coalition.render.style import LOOKS

NOTHING = "Nothing changed since the last release."


def _word(status: Item) -> str:
    before = LOOKS[status.before].word if status.before else None
    after = LOOKS[status.after].word if status.after else None
    since = f" (since {status.since.isoformat()})" if status.since else ""
    moved = f"{before} → {after}" if before and after else (after or f"{before}, withdrawn")
    return f"{escape(status.name)}, {status.domain}: {moved}{since}"


def notes_lines(notes: ReleaseNotes, text: Callable[[str], str] = escape) -> list[str]:
    heading = f"Release {notes.name}: what the sources said up to {notes.cut_off.isoformat()}"
    lines = [heading, ""]
    if notes.previous and notes.previous_cut_off:
        lines += [
            f"Changes since release {notes.previous} (cut-off "
            f"{notes.previous_cut_off.isoformat()}).",
            "",
        ]
    else:
        lines += ["The first release.", ""]
    sections: list[tuple[str, list[str]]] = [
        ("New countries", [text(name) for name in notes.new_countries]),
        ("New stances", [_word(i) for i in notes.new_stances]),
        ("Escalations", [_word(i) for i in notes.escalations]),
        ("Climb-downs", [_word(i) for i in notes.climb_downs]),
        ("Withdrawn", [_word(i) for i in notes.withdrawn]),
        ("Corrections", [f"{text(c.what)}: {text(c.reason)}" for c in notes.corrections]),
        (
            "New sources",
            [
                f"{text(s.publisher)}, “{text(s.title)}”, "
                f"{s.published.isoformat() if s.published else 'date unknown'}"
                for s in notes.new_sources
            ],
        ),
    ]
    for title, entries in sections:
        if entries:
            lines += [f"## {title}", "", *(f"- {entry}" for entry in entries), ""]
    if notes.empty:
        lines += [NOTHING, ""]
    return lines


def release_markdown(notes: ReleaseNotes, out: TextIO, options: RenderOptions) -> None:
    out.write("\n".join(notes_lines(notes)).rstrip() + "\n")


def _item_json(item: Item) -> dict[str, Any]:
    return {
        "country": item.country,
        "name": item.name,
        "domain": item.domain,
        "before": item.before.value if item.before else None,
        "after": item.after.value if item.after else None,
        "since": item.since.isoformat() if item.since else None,
    }


def release_json(notes: ReleaseNotes, out: TextIO, options: RenderOptions) -> None:
    write_json(
        {
            "release": notes.name,
            "cut_off": notes.cut_off.isoformat(),
            "previous": notes.previous,
            "previous_cut_off": notes.previous_cut_off.isoformat()
            if notes.previous_cut_off
            else None,
            "new_countries": list(notes.new_countries),
            "new_stances": [_item_json(i) for i in notes.new_stances],
            "escalations": [_item_json(i) for i in notes.escalations],
            "climb_downs": [_item_json(i) for i in notes.climb_downs],
            "withdrawn": [_item_json(i) for i in notes.withdrawn],
            "corrections": [{"what": c.what, "reason": c.reason} for c in notes.corrections],
            "new_sources": [
                {
                    "id": s.id,
                    "publisher": s.publisher,
                    "title": s.title,
                    "published": s.published.isoformat() if s.published else None,
                }
                for s in notes.new_sources
            ],
        },
        out,
    )
