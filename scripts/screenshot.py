"""Regenerate the README's picture of the published front page.

    python -m scripts.screenshot     # writes docs/images/site-front.png

It publishes the shipped ledger into a temporary folder and photographs
index.html in Chromium (the system's, driven by Playwright) at 1280 pixels,
as tests/test_browser.py does. The build time is fixed (SOURCE_DATE_EPOCH)
so that the picture changes only when the page does.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PICTURE = REPO / "docs" / "images" / "site-front.png"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Flags for a headless Chromium that talks to no other host.
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def _as_of_epoch() -> str:
    """The ledger's cut-off, as the build time the picture shows: the page
    changes only when the ledger does."""
    import datetime
    import re

    text = (REPO / "contributions.yaml").read_text(encoding="utf-8")
    found = re.search(r"^as_of: (\d{4}-\d{2}-\d{2})", text, flags=re.MULTILINE)
    day = datetime.date.fromisoformat(found[1]) if found else datetime.date(2026, 1, 7)
    moment = datetime.datetime(day.year, day.month, day.day, tzinfo=datetime.UTC)
    return str(int(moment.timestamp()))


def main() -> int:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        environment = {**os.environ, "SOURCE_DATE_EPOCH": _as_of_epoch()}
        subprocess.run(
            [sys.executable, "-m", "coalition", "publish", folder, "-l", "contributions.yaml"],
            cwd=REPO,
            env=environment,
            check=True,
        )
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": 1280, "height": 1500})
            page.goto((Path(folder) / "index.html").as_uri())
            PICTURE.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(PICTURE))
            browser.close()
    print(f"wrote {PICTURE.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
