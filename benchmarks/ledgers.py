"""Synthetic ledgers for benchmarks, grown from the shipped one.

Every ISO country, every domain, many pieces of evidence each, each quote a
run of words cut from one of the shipped sources' archives, so that the
provenance and claim checks run on real, varied text. Sizes
are approximate; `make_ledger(target_bytes)` stops adding countries and
evidence once the text is that long.
"""

from __future__ import annotations

import datetime
import functools
import json
import random
import re
from pathlib import Path
from typing import Any

import yaml

from coalition.check.quotes import quote_key, too_short
from coalition.model.countries import iso_countries
from coalition.model.vocabulary import Domain, Status

REPO = Path(__file__).resolve().parent.parent
# The folder whose ledger and archives the synthetic ledgers are grown from:
# the shipped ones; the tests grow them from their frozen copy instead.
DATA = REPO
SOURCE = "politico-2025-09-04"
# Fields of the shipped ledger's sources the synthetic ones keep (not what it
# ignores, nor checksums: the benchmark reads the archives as they are).
_KEPT = ("publisher", "title", "published", "date_basis", "date_note", "archive", "excerpt")


@functools.cache
def _sources() -> dict[str, dict[str, Any]]:
    """The shipped ledger's sources that have an archive, by id."""
    shipped = yaml.safe_load((DATA / "contributions.yaml").read_text(encoding="utf-8"))
    return {
        key: {name: source[name] for name in _KEPT if name in source}
        for key, source in shipped["sources"].items()
        if source.get("archive")
    }


def archives() -> tuple[str, ...]:
    """The archives the synthetic ledgers cite, relative to `DATA`."""
    return tuple(source["archive"] for source in _sources().values())


def _header() -> str:
    lines = [
        "# yaml-language-server: $schema=contributions.schema.json",
        'title: "Synthetic ledger for benchmarks"',
        "as_of: 2026-01-07",
        "sources:",
    ]
    for key, source in _sources().items():
        lines.append(f"  {key}:")
        for name, value in source.items():
            if value is None:
                written = ""
            elif isinstance(value, bool):
                written = f" {str(value).lower()}"
            elif isinstance(value, datetime.date) or name == "archive":
                written = f" {value}"
            else:
                written = f" {json.dumps(value, ensure_ascii=False)}"
            lines.append(f"    {name}:{written}")
    lines += [
        "reported:",
        "  - value: 26",
        '    counts: "countries formally committed"',
        "    status: committed",
        f"    source: {SOURCE}",
        '    quote: "Twenty-six countries have formalized their contributions very precisely"',
        "countries:",
    ]
    return "\n".join(lines) + "\n"


@functools.cache
def _sentences() -> list[tuple[str, str]]:
    """(source id, sentence) of every archive's sentences a quote can be cut from."""
    found = []
    for key, source in _sources().items():
        text = (DATA / source["archive"]).read_text(encoding="utf-8")
        for piece in re.split(r"(?<=[.”])\s+", text):
            piece = piece.strip()
            if 20 < len(piece) < 300 and '"' not in piece and "\n" not in piece:
                found.append((key, piece))
    return [(key, piece) for key, piece in found if not too_short(piece)]


def _window(sentence: str, chooser: random.Random) -> str:
    """A run of at least six of the sentence's words, verbatim: quotes that
    differ, as a real ledger's do (one repeated everywhere would flatter
    whatever remembers a quote's verdict)."""
    words = sentence.split(" ")
    if len(words) <= 6:
        return sentence
    start = chooser.randrange(len(words) - 6)
    window = " ".join(words[start : chooser.randrange(start + 6, len(words) + 1)])
    return sentence if too_short(window) else window


def _distinct(
    quotes: list[tuple[str, str]], count: int, chooser: random.Random
) -> list[tuple[str, str]]:
    """`count` quotes for one stance, none of them inside another of the same
    source (that is a copy, a `duplicate-evidence` error, and a ledger with
    an error is one `fmt` refuses to touch)."""
    kept: list[tuple[str, str]] = []
    keys: list[tuple[str, str]] = []
    for source, sentence in chooser.sample(quotes, len(quotes)):
        if len(kept) == count:
            break
        quote = _window(sentence, chooser)
        key = quote_key(quote)
        if any(s == source and (key in k or k in key) for s, k in keys):
            continue
        kept.append((source, quote))
        keys.append((source, key))
    return kept


def make_ledger(
    target_bytes: int, seed: int = 1, statuses: dict[tuple[str, str], str] | None = None
) -> str:
    """A valid ledger of about `target_bytes`. `statuses` overrides the status
    of (country, domain) pairs, to make a second version with changes."""
    chooser = random.Random(seed)
    quotes = _sentences()
    codes = sorted(iso_countries())
    header = _header()
    parts = [header]
    size = len(header)
    per_stance = 1
    # Grow evidence per stance until every country fits the target.
    # A quote appears once per stance (a copy is a `duplicate-evidence` error),
    # so a stance has at most as many quotes as the archives have sentences.
    while per_stance < len(quotes) and len(codes) * len(Domain) * per_stance * 180 < target_bytes:
        per_stance += 1
    for code in codes:
        lines = [f'  "{code}":', "    group: coalition", "    stances:"]
        for domain in Domain:
            drawn = chooser.choice(list(Status)).value  # drawn always: the same quotes follow
            status = (statuses or {}).get((code, domain.value), drawn)
            lines += [f"      {domain.value}:", f"        status: {status}", "        evidence:"]
            for source, quote in _distinct(quotes, per_stance, chooser):
                lines += [
                    f"          - source: {source}",
                    f'            quote: "{quote}"',
                    "            attribution: reported",
                ]
        block = "\n".join(lines) + "\n"
        if size + len(block) > target_bytes and size > len(header):
            break
        parts.append(block)
        size += len(block)
    return "".join(parts)


def ledger_of(countries: int, quotes: int, seed: int = 1) -> str:
    """A valid ledger of the first `countries` ISO countries holding
    `quotes` quotes in all, dealt over their stances in turn (every domain
    of every country has a status): the sizes `publish` and `export` are
    measured at, a quarter, a half and the whole of 250 × 3,000."""
    chooser = random.Random(seed)
    sentences = _sentences()
    codes = sorted(iso_countries())[:countries]
    stances = [(code, domain) for code in codes for domain in Domain]
    dealt: dict[tuple[str, Domain], list[tuple[str, str]]] = {pair: [] for pair in stances}
    for number in range(quotes):
        pair = stances[number % len(stances)]
        taken = {sentence for _, sentence in dealt[pair]}
        source, sentence = chooser.choice([s for s in sentences if s[1] not in taken])
        dealt[pair].append((source, sentence))
    parts = [_header()]
    for code in codes:
        lines = [f"  {code}:", "    group: coalition", "    stances:"]
        for domain in Domain:
            status = chooser.choice(list(Status)).value
            lines += [f"      {domain.value}:", f"        status: {status}", "        evidence:"]
            evidence = dealt[(code, domain)] or [chooser.choice(sentences)]
            for source, sentence in evidence:
                lines += [
                    f"          - source: {source}",
                    f'            quote: "{_window(sentence, chooser)}"',
                    "            attribution: reported",
                ]
        parts.append("\n".join(lines) + "\n")
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


def restyled_countries(formatted: str, count: int) -> str:
    """A formatted ledger with `count` countries, spread through it, written
    as a hurried editor writes them (the code in quotes): what `fmt` meets
    after a day of edits, rather than a file that is wrong everywhere."""
    codes = re.findall(r"^  (\w\w):$", formatted, flags=re.MULTILINE)
    for code in codes[:: max(1, len(codes) // count)][:count]:
        formatted = formatted.replace(f"\n  {code}:\n", f'\n  "{code}":\n', 1)
    return formatted


def commented_countries(text: str) -> str:
    """`text` with a comment after every country's key: each block then goes
    through ruamel.yaml's round trip, the only writer here that keeps
    comments (`fmt` writes a block without comments from its data)."""
    return re.sub(r"^(  \S+:)$", r"\1  # checked", text, flags=re.MULTILINE)


def long_value(text: str, size: int) -> str:
    """`text` with a detail of `size` characters on one line in its first
    stance (words of the shipped archives, in double quotes): a document
    pasted whole, which `fmt` folds over lines as ruamel.yaml does."""
    words = " ".join(
        word
        for archive in archives()
        for word in re.findall(r"[\w’',.;()-]+", (DATA / archive).read_text(encoding="utf-8"))
    )
    detail = " ".join([words] * (size // len(words) + 1))[:size].strip()
    line = re.search(r"^( {8})status: \w+\n", text, flags=re.MULTILINE)  # a stance's
    assert line is not None
    return f'{text[: line.end()]}{line[1]}detail: "{detail}"\n{text[line.end() :]}'
