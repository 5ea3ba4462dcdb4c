"""Regenerate what README.md shows from the real commands: the rule table and
the examples printed from the shipped ledger (and its git history).

    python -m scripts.update_readme          # rewrite README.md
    python -m scripts.update_readme --check  # exit 1 if README.md is out of date

tests/test_docs.py runs the same examples, so a README that no longer shows
what the commands print fails the tests; this script is how to mend it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
RULES_BEGIN, RULES_END = "<!-- rules: begin -->\n", "<!-- rules: end -->"

# (the heading the example follows, the command's arguments). Each example is
# the first plain ``` block after its heading.
EXAMPLES: list[tuple[str, list[str]]] = [
    ("### `coalition summary`", ["summary"]),
    ("### `coalition show CODE`", ["show", "FI"]),
    ("### `coalition domain DOMAIN`", ["domain", "land"]),
    ("### `coalition diff OLD [NEW]`", ["diff", "2026-11-25", "--country", "DE"]),
    ("### `coalition log [CODE]`", ["log", "Italy"]),
]


def run(*args: str) -> str:
    """What `coalition ARGS` prints on the shipped ledger, 80 columns, plain,
    run from the repository as a reader would (so no path of this machine)."""
    environment = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "COALITION_LEDGER": ""}
    environment.pop("FORCE_COLOR", None)
    result = subprocess.run(
        [sys.executable, "-m", "coalition", *args, "-l", "contributions.yaml"],
        cwd=REPO,
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    return result.stdout


def example_after(text: str, heading: str) -> tuple[int, int]:
    """The span of the example block after `heading`."""
    start = text.index("```\n", text.index(heading)) + 4
    return start, text.index("\n```", start)


def updated(text: str) -> str:
    for heading, args in EXAMPLES:
        start, end = example_after(text, heading)
        text = text[:start] + run(*args).rstrip() + text[end:]
    start = text.index(RULES_BEGIN) + len(RULES_BEGIN)
    end = text.index(RULES_END)
    table = subprocess.run(
        [sys.executable, "-m", "coalition", "rules", "--format", "markdown"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text[:start] + table + text[end:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    options = parser.parse_args()
    text = README.read_text(encoding="utf-8")
    new = updated(text)
    if options.check:
        return 0 if new == text else 1
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
