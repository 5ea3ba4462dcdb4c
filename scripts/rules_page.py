"""Write docs/rules.md, every rule explained with its examples, from the
registry in coalition/rules/.

    python -m scripts.rules_page          # rewrite docs/rules.md
    python -m scripts.rules_page --check  # exit 1 if docs/rules.md is out of date

tests/rules/test_registry.py fails when the page is stale; this script is how
to mend it.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def page() -> str:
    from coalition.render import RenderOptions
    from coalition.render.rules import rules_page
    from coalition.rules.registry import RULES

    out = io.StringIO()
    rules_page(tuple(RULES.values()), out, RenderOptions())
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    options = parser.parse_args()
    new = page()
    if options.check:
        return 0 if PAGE.exists() and PAGE.read_text(encoding="utf-8") == new else 1
    PAGE.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
