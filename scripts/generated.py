"""What every script that writes a generated page does from the command line:
write it, or with `--check` only say (exit 1) that it is stale."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def write_or_check(description: str, page: Path, make: Callable[[], str]) -> int:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    options = parser.parse_args()
    new = make()
    if options.check:
        return 0 if page.exists() and page.read_text(encoding="utf-8") == new else 1
    page.write_text(new, encoding="utf-8")
    return 0
