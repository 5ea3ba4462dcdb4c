"""`archive`: each source's archived copy is a readable UTF-8 file inside the
ledger's folder. Reading it, the check also compares it with the SHA-256
recorded when it was added, and says `archive-changed` (its module holds the
rule) when they differ. The texts read are kept for the quote check
(`quote_not_found.py`), which reads them through `archived_texts`."""

from __future__ import annotations

import hashlib
from pathlib import Path as FilePath

from coalition.check.context import Check, Context, text_of
from coalition.check.quotes import normalise
from coalition.problems import Level, Problem, show_path
from coalition.read.files import Unreadable, read_bytes
from coalition.read.text import decode
from coalition.rules.check.archive_changed import RULE as ARCHIVE_CHANGED
from coalition.rules.examples import ARCHIVE, ARCHIVED
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="archive",
    level=Level.ERROR,
    stage="check",
    summary="a source's archived copy is missing, unreadable, or outside the ledger's folder",
    rationale=(
        "An archive is a plain-text copy of the source kept beside the ledger, so that quotes "
        "can be checked and the source outlives its web page. The path is relative to the "
        "ledger's folder and must stay inside it."
    ),
    fail=Example(ARCHIVED),
    passing=Example(ARCHIVED, files={"sources/politico.txt": ARCHIVE}),
)


_KEY = "archives"


def check_archives(context: Context) -> list[Problem]:
    """Each archive exists inside the ledger's folder and is as recorded."""
    return _archives(context)[1]


def archived_texts(context: Context) -> dict[str, str]:
    """The normalised text of each source's readable archive, by source id
    (none when archives are not checked, without a ledger's folder)."""
    return _archives(context)[0]


def _archives(context: Context) -> tuple[dict[str, str], list[Problem]]:
    """The archives, read once per run, and the problems of reading them."""
    if _KEY not in context.shared:
        context.shared[_KEY] = _read_archives(context) if context.base is not None else ({}, [])
    found: tuple[dict[str, str], list[Problem]] = context.shared[_KEY]
    return found


def _read_archives(context: Context) -> tuple[dict[str, str], list[Problem]]:
    assert context.base is not None
    texts: dict[str, str] = {}
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
                    RULE,
                    path,
                    f"the archive {show_path(archive)} is outside the ledger's folder",
                    "keep archived copies in the repository, e.g. 'sources/NAME.txt'",
                )
            )
            continue
        try:
            data = read_bytes(target)
        except Unreadable as error:
            problems.append(
                context.problem(
                    RULE,
                    path,
                    f"cannot read the archive {show_path(archive)}: {error}",
                    "check the path: it is relative to the ledger's folder",
                )
            )
            continue
        text, encoding_problems = decode(data, archive)
        if text is None:
            first = encoding_problems[0]
            problems.append(
                context.problem(
                    RULE,
                    path,
                    f"the archive {show_path(archive)} is not UTF-8 text ({first.message}, "
                    f"line {first.line})",
                    "save the archived copy again with the encoding 'UTF-8'",
                )
            )
            continue
        problems += _changed(context, source_id, source, data)
        texts[source_id] = normalise(text)
    return texts, problems


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
            ARCHIVE_CHANGED,
            ("sources", source_id, "sha256"),
            f"the archive changed since it was recorded: its SHA-256 is now {found[:12]}…, "
            f"not {recorded[:12]}…",
            "restore the archived copy as retrieved (git can show what changed); if it was "
            "replaced on purpose, record the new one with `coalition add-source ID --update "
            "--archive PATH`",
        )
    ]


CHECK = Check(check_archives, (RULE, ARCHIVE_CHANGED))
