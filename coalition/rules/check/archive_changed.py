"""`archive-changed`: an archived copy that no longer matches the SHA-256
recorded when it was added. Raised by the check of `archive`
(`coalition/rules/check/archive.py`), which compares each archive as it
reads it."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.examples import ARCHIVE, ARCHIVED, changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="archive-changed",
    level=Level.ERROR,
    stage="check",
    summary="an archived copy changed since its SHA-256 was recorded",
    rationale=(
        "An archive is the record of what a source said when it was read. `add-source --archive` "
        "records its SHA-256; a copy that no longer matches was edited, or replaced, and quotes "
        "checked against it prove nothing. Restore it as retrieved (git shows what changed), "
        "or record the new copy with `add-source ID --update --archive PATH`."
    ),
    fail=Example(
        changed(
            "    archive: sources/politico.txt\n",
            "    archive: sources/politico.txt\n    sha256: " + "0" * 64 + "\n",
            ARCHIVED,
        ),
        files={"sources/politico.txt": ARCHIVE},
    ),
    passing=Example(ARCHIVED, files={"sources/politico.txt": ARCHIVE}),
)
