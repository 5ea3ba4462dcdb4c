"""The rules, listed (`coalition rules`) and explained (`coalition rules ID`),
for a terminal, for Markdown (docs/rules.md's table is this output) and JSON."""

from __future__ import annotations

import difflib
import textwrap
from collections.abc import Sequence
from typing import Any, TextIO

from coalition.render import RenderOptions
from coalition.render.jsondump import write_json
from coalition.rules.rule import Example, Rule

_WIDTH = 80
_CONTEXT = 2  # lines shown around what an example changes


def _level(rule: Rule) -> str:
    return rule.level.label


def rules_table(rules: Sequence[Rule], out: TextIO, options: RenderOptions) -> None:
    width = max(len(rule.id) for rule in rules)
    for rule in rules:
        out.write(f"{rule.id:<{width}}  {_level(rule):<7}  {rule.summary}\n")
    out.write(f"\n{len(rules)} rules; `coalition rules ID` explains one.\n")


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def rules_markdown(rules: Sequence[Rule], out: TextIO, options: RenderOptions) -> None:
    out.write("| rule | level | what it finds |\n| --- | --- | --- |\n")
    for rule in rules:
        out.write(f"| `{rule.id}` | {_level(rule)} | {_cell(rule.summary)} |\n")


def _example_json(example: Example | None) -> dict[str, Any] | None:
    if example is None:
        return None
    return {
        "ledger": example.ledger,
        "files": dict(example.files),
        "encoding": example.encoding,
        "options": list(example.options),
    }


def _rule_json(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "level": _level(rule),
        "stage": rule.stage,
        "summary": rule.summary,
        "rationale": rule.rationale,
        "fail": _example_json(rule.fail),
        "pass": _example_json(rule.passing),
    }


def rules_json(rules: Sequence[Rule], out: TextIO, options: RenderOptions) -> None:
    write_json([_rule_json(rule) for rule in rules], out)


def rule_json(rule: Rule, out: TextIO, options: RenderOptions) -> None:
    write_json(_rule_json(rule), out)


def _visible(line: str) -> str:
    """A line of an example as a reader should see it: tabs and hidden
    characters shown by name."""
    shown = line.replace("\t", "→")
    return "".join(c if c.isprintable() else f"<U+{ord(c):04X}>" for c in shown)


def _window(lines: list[str], start: int, end: int) -> list[str]:
    """Lines start..end (0-based, end exclusive) with context, numbered."""
    low, high = max(0, start - _CONTEXT), min(len(lines), end + _CONTEXT)
    shown = [f"{number + 1:>4} | {_visible(lines[number])}" for number in range(low, high)]
    if low > 0:
        shown.insert(0, "     | …")
    if high < len(lines):
        shown.append("     | …")
    return shown


def _lines(text: str) -> list[str]:
    lines = text.split("\n")
    return lines[:-1] if lines and lines[-1] == "" else lines


def _describe(example: Example, other: Example | None) -> list[str]:
    """The part of `example` that differs from `other`, with its lines."""
    if example.ledger is None:
        return ["     (no file at the path given)"]
    lines = _lines(example.ledger)
    notes = []
    if other is not None and example.encoding != other.encoding:
        notes.append(f"     (saved as {example.encoding})")
    if example.files and (other is None or dict(example.files) != dict(other.files)):
        notes += [f"     (with {name} beside it)" for name in example.files]
    if not lines:
        return [*notes, "     (an empty file)"]
    if other is None or other.ledger is None or other.ledger == example.ledger:
        return [*notes, *_window(lines, 0, min(len(lines), 2 * _CONTEXT))]
    theirs = _lines(other.ledger)
    matcher = difflib.SequenceMatcher(a=theirs, b=lines, autojunk=False)
    changed = [(j1, j2) for tag, _, _, j1, j2 in matcher.get_opcodes() if tag != "equal"]
    if not changed:
        return notes
    start = min(j1 for j1, _ in changed)
    end = max(max(j2 for _, j2 in changed), start + 1)
    return [*notes, *_window(lines, start, min(end, len(lines)))]


def explanation(rule: Rule) -> list[str]:
    """The lines of `coalition rules ID`."""
    lines = [f"{rule.id} ({_level(rule)}, raised while {_STAGES[rule.stage]})", "", rule.summary]
    lines += ["", *textwrap.wrap(rule.rationale, _WIDTH)]
    if rule.fail is not None:
        lines += ["", "Wrong:", *_describe(rule.fail, rule.passing)]
    if rule.passing is not None:
        lines += ["", "Right:", *_describe(rule.passing, rule.fail)]
    return lines


_STAGES = {
    "read": "reading the file",
    "model": "checking each entry",
    "check": "checking entries against each other",
    "edit": "changing the ledger",
}


def rule_table(rule: Rule, out: TextIO, options: RenderOptions) -> None:
    for line in explanation(rule):
        out.write(line.rstrip() + "\n")


def rule_markdown(rule: Rule, out: TextIO, options: RenderOptions) -> None:
    out.write(f"### `{rule.id}` ({_level(rule)})\n\n{rule.summary}.\n\n{rule.rationale}\n")
    for heading, example, other in (
        ("Wrong", rule.fail, rule.passing),
        ("Right", rule.passing, rule.fail),
    ):
        if example is not None:
            body = "\n".join(line.rstrip() for line in _describe(example, other))
            out.write(f"\n{heading}:\n\n```\n{body}\n```\n")


def rules_page(rules: Sequence[Rule], out: TextIO, options: RenderOptions) -> None:
    """docs/rules.md: the table, then every rule explained with its examples,
    grouped by the stage that raises it (scripts/rules_page.py writes it)."""
    out.write(
        "# The rules\n\n"
        "<!-- Generated from coalition/rules/ by `python -m scripts.rules_page`: "
        "edit the rules, not this page. -->\n\n"
        "Every problem `coalition validate` reports names its rule in brackets "
        "(`[unknown-status]`). This page explains each one, as `coalition rules ID` does in a "
        "terminal, with a wrong and a right example; the tests run every example through "
        "`coalition validate`.\n\n"
    )
    rules_markdown(rules, out, options)
    for stage, doing in _STAGES.items():
        of_stage = [rule for rule in rules if rule.stage == stage]
        if of_stage:
            out.write(f"\n## Raised while {doing}\n")
        for rule in of_stage:
            out.write("\n")
            rule_markdown(rule, out, options)
