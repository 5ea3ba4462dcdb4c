"""Write docs/rules.md, every rule explained with its examples, from the
registry in coalition/rules/.

    python -m scripts.rules_page          # rewrite docs/rules.md
    python -m scripts.rules_page --check  # exit 1 if docs/rules.md is out of date

tests/rules/test_registry.py fails when the page is stale; this script is how
to mend it.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from scripts.generated import write_or_check

PAGE = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def page() -> str:
    from coalition.render import RenderOptions
    from coalition.render.rules import rules_page
    from coalition.rules.registry import RULES

    out = io.StringIO()
    rules_page(tuple(RULES.values()), out, RenderOptions())
    return out.getvalue()


def main() -> int:
    return write_or_check(__doc__.splitlines()[0], PAGE, page)


if __name__ == "__main__":
    sys.exit(main())
