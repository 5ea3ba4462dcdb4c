"""A seeded mutation fuzzer of the shipped ledger: the damage a hurried
editor or a bad merge does to a file, one mistake a mutant.

Each mutant says which line it damaged, so that a test can check that the
report names that line. Run long with `pytest -m fuzz` (FUZZ_MUTANTS sets how
many; docs/development.md gives the figures of a long run).
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

JUNK = [
    "stray words",
    "detail Air patrols",
    "- x",
    "  foo: [1,",
    'quote: "unclosed',
    "{",
    "\tgroup: coalition",
    "key: value: more",
    "# a comment",
    "...",
    "---",
    "%YAML 1.2",
    "<<<<<<< HEAD",
    "status: 'NATO's'",
    "  - source:",
    "\u200b",
    "\x1b[31m",
]


@dataclass(frozen=True)
class Mutant:
    kind: str
    line: int  # 1-based: the line the mistake is on (for a deletion, the line after)
    text: str


def _line_kinds(lines: list[str], rng: random.Random) -> Mutant:
    kind = rng.choice(
        ["delete", "duplicate", "insert", "no-colon", "indent", "char", "swap", "quote"]
    )
    index = rng.randrange(len(lines))
    changed = list(lines)
    line = index + 1
    if kind == "delete":
        del changed[index]
    elif kind == "duplicate":
        changed.insert(index, lines[index])
    elif kind == "insert":
        indent = " " * rng.choice([0, 2, 4, 6, 8, 10])
        changed.insert(index, indent + rng.choice(JUNK))
    elif kind == "no-colon":
        changed[index] = lines[index].replace(": ", " ", 1)
    elif kind == "indent":
        changed[index] = (" " if rng.random() < 0.5 else "") + lines[index].removeprefix(" ")
    elif kind == "char":
        position = rng.randrange(len(lines[index]) + 1)
        changed[index] = (
            lines[index][:position] + rng.choice(":#'\"[]{}&*!|>%@`\t-") + lines[index][position:]
        )
    elif kind == "swap" and index + 1 < len(lines):
        changed[index], changed[index + 1] = lines[index + 1], lines[index]
    elif kind == "quote":
        changed[index] = lines[index].replace('"', "", 1)
    return Mutant(kind, line, "\n".join(changed) + "\n")


def mutants(text: str, count: int, seed: int = 2026) -> Iterator[Mutant]:
    rng = random.Random(seed)
    lines = text.rstrip("\n").split("\n")
    for _ in range(count):
        yield _line_kinds(lines, rng)
