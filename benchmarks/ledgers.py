"""Synthetic ledgers for benchmarks, grown from the shipped one.

Every ISO country, every domain, many pieces of evidence each, quoting the
shipped source's archive so that provenance checks run on real text. Sizes
are approximate; `make_ledger(target_bytes)` stops adding countries and
evidence once the text is that long.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from coalition.check.quotes import too_short
from coalition.model.countries import iso_countries
from coalition.model.vocabulary import Domain, Status

REPO = Path(__file__).resolve().parent.parent
ARCHIVE = "sources/politico-2025-09-04-coalition-security-guarantees.txt"
SOURCE = "politico-2025-09-04"

HEADER = f"""# yaml-language-server: $schema=contributions.schema.json
title: "Synthetic ledger for benchmarks"
as_of: 2025-09-04
sources:
  {SOURCE}:
    publisher: Politico
    title: "Ukraine allies ready to commit to post-war security guarantees"
    published: 2025-09-04
    archive: {ARCHIVE}
reported:
  - value: 26
    counts: "countries formally committed"
    status: committed
    source: {SOURCE}
    quote: "Twenty-six countries have formalized their contributions very precisely"
countries:
"""


def _sentences() -> list[str]:
    text = (REPO / ARCHIVE).read_text(encoding="utf-8")
    pieces = re.split(r"(?<=[.”])\s+", text)
    return [p.strip().replace('"', "") for p in pieces if 20 < len(p) < 300 and '"' not in p]


def _window(sentence: str, chooser: random.Random) -> str:
    """A run of at least ten of the sentence's words, verbatim: quotes that
    differ, as a real ledger's do (one repeated everywhere would flatter
    whatever remembers a quote's verdict)."""
    words = sentence.split(" ")
    if len(words) <= 10:
        return sentence
    start = chooser.randrange(len(words) - 10)
    window = " ".join(words[start : chooser.randrange(start + 10, len(words) + 1)])
    return sentence if too_short(window) else window


def make_ledger(
    target_bytes: int, seed: int = 1, statuses: dict[tuple[str, str], str] | None = None
) -> str:
    """A valid ledger of about `target_bytes`. `statuses` overrides the status
    of (country, domain) pairs, to make a second version with changes."""
    chooser = random.Random(seed)
    quotes = _sentences()
    codes = sorted(iso_countries())
    parts = [HEADER]
    size = len(HEADER)
    per_stance = 1
    # Grow evidence per stance until every country fits the target.
    # A quote appears once per stance (a copy is a `duplicate-evidence` error),
    # so a stance has at most as many quotes as the archive has sentences.
    while per_stance < len(quotes) and len(codes) * len(Domain) * per_stance * 180 < target_bytes:
        per_stance += 1
    for code in codes:
        lines = [f'  "{code}":', "    group: coalition", "    stances:"]
        for domain in Domain:
            drawn = chooser.choice(list(Status)).value  # drawn always: the same quotes follow
            status = (statuses or {}).get((code, domain.value), drawn)
            lines += [f"      {domain.value}:", f"        status: {status}", "        evidence:"]
            for sentence in chooser.sample(quotes, per_stance):
                quote = _window(sentence, chooser)
                lines += [
                    f"          - source: {SOURCE}",
                    f'            quote: "{quote}"',
                    "            attribution: reported",
                ]
        block = "\n".join(lines) + "\n"
        if size + len(block) > target_bytes and size > len(HEADER):
            break
        parts.append(block)
        size += len(block)
    return "".join(parts)


def changed_statuses(text: str, changes: int, seed: int = 2) -> dict[tuple[str, str], str]:
    """`changes` (country, domain) pairs of `text` with a different status."""
    chooser = random.Random(seed)
    pairs = re.findall(r'^  "(\w\w)":', text, flags=re.MULTILINE)
    picked: dict[tuple[str, str], str] = {}
    while len(picked) < min(changes, len(pairs) * len(Domain)):
        picked[(chooser.choice(pairs), chooser.choice(list(Domain)).value)] = chooser.choice(
            list(Status)
        ).value
    return picked
