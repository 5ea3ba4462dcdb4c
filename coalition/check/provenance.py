"""Provenance: each archive is a readable file inside the ledger's folder, and
every quote of a source with an archive is found in it."""

from __future__ import annotations

import hashlib
from pathlib import Path as FilePath

from coalition.check.context import Context, check, evidence_as_written, text_of
from coalition.check.quotes import (
    MIN_WORDS,
    MIN_WORDS_PER_PART,
    normalise,
    quote_mismatch,
    too_short,
)
from coalition.problems import Level, Problem, show_path, show_text
from coalition.read.files import Unreadable, read_bytes
from coalition.read.text import decode


@check("archive", "archive-changed", "quote-not-found", "quote-too-short")
def check_archives(context: Context) -> list[Problem]:
    """Each archive exists inside the ledger's folder, and every quote of a
    source with an archive is found in it."""
    if context.base is None:
        return []
    return _read_archives(context) + _check_quotes(context)


def _read_archives(context: Context) -> list[Problem]:
    assert context.base is not None
    problems = []
    base = context.base.resolve()
    for source_id, source in context.section("sources").items():
        archive = text_of(source.get("archive")) if isinstance(source, dict) else None
        if archive is None:
            continue
        path = ("sources", source_id, "archive")
        target = (base / archive).resolve()
        if FilePath(archive).is_absolute() or not target.is_relative_to(base):
            problems.append(
                context.problem(
                    path,
                    Level.ERROR,
                    f"the archive {show_path(archive)} is outside the ledger's folder",
                    "keep archived copies in the repository, e.g. 'sources/NAME.txt'",
                    rule="archive",
                )
            )
            continue
        try:
            data = read_bytes(target)
        except Unreadable as error:
            problems.append(
                context.problem(
                    path,
                    Level.ERROR,
                    f"cannot read the archive {show_path(archive)}: {error}",
                    "check the path: it is relative to the ledger's folder",
                    rule="archive",
                )
            )
            continue
        text, encoding_problems = decode(data, archive)
        if text is None:
            first = encoding_problems[0]
            problems.append(
                context.problem(
                    path,
                    Level.ERROR,
                    f"the archive {show_path(archive)} is not UTF-8 text ({first.message}, "
                    f"line {first.line})",
                    "save the archived copy again with the encoding 'UTF-8'",
                    rule="archive",
                )
            )
            continue
        problems += _changed(context, source_id, source, data)
        context.archives[source_id] = normalise(text)
    return problems


def _changed(
    context: Context, source_id: str, source: dict[str, object], data: bytes
) -> list[Problem]:
    """The archive's SHA-256 against the one recorded when it was added."""
    recorded = text_of(source.get("sha256"))
    if recorded is None:
        return []
    found = hashlib.sha256(data).hexdigest()
    if found == recorded.lower():
        return []
    return [
        context.problem(
            ("sources", source_id, "sha256"),
            Level.ERROR,
            f"the archive changed since it was recorded: its SHA-256 is now {found[:12]}…, "
            f"not {recorded[:12]}…",
            "restore the archived copy as retrieved (git can show what changed); if it was "
            "replaced on purpose, record the new one with `coalition add-source ID --update "
            "--archive PATH`",
            rule="archive-changed",
        )
    ]


def _check_quotes(context: Context) -> list[Problem]:
    problems = []
    for evidence_path, evidence in evidence_as_written(context.data):
        archived = context.archives.get(text_of(evidence.get("source")) or "")
        quote = text_of(evidence.get("quote"))
        if archived is None or quote is None:
            continue
        if too_short(quote):
            problems.append(
                context.problem(
                    (*evidence_path, "quote"),
                    Level.ERROR,
                    f"the quote {show_text(quote, 40)} holds too few of the source's words to "
                    "identify a passage",
                    f"quote at least {MIN_WORDS} words, and at least {MIN_WORDS_PER_PART} on "
                    "each side of a '…'",
                    rule="quote-too-short",
                )
            )
            continue
        missing = quote_mismatch(quote, archived)
        if missing is not None:
            source = show_text(evidence.get("source"))
            departs = f": it departs from the source at {show_text(missing, 40)}"
            problems.append(
                context.problem(
                    (*evidence_path, "quote"),
                    Level.ERROR,
                    f"this quote is not in the archived text of {source}{departs}",
                    "copy the source's words exactly; mark words left out with '…'",
                    rule="quote-not-found",
                )
            )
    return problems
