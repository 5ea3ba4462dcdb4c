"""Reading: bytes -> text -> YAML nodes with positions.

The first stage of the pipeline. `read_yaml` decodes the bytes (`text.py`),
finds and neutralises what editors hide (`text.py`, `characters.py`), then
builds plain data with the line and column of every key and value
(`compose.py`), putting the parser's complaints in plain words
(`syntax.py`). Characters are neutralised before parsing so that LibYAML's
parser and PyYAML's Python one reach the same verdict.
"""

from __future__ import annotations

from coalition.problems import Problem
from coalition.read.compose import compose
from coalition.read.document import Document, Mark, Path
from coalition.read.text import decode, scan_text

__all__ = ["Document", "Mark", "Path", "read_yaml"]


def read_yaml(
    data: bytes, file: str, *, pure: bool = False
) -> tuple[Document | None, list[Problem]]:
    """Bytes of a ledger file -> its data with positions, and its problems."""
    text, problems = decode(data, file)
    # Neither the bytes nor the text before the scan are read again: a
    # caller that keeps no reference to the bytes (`load_ledger`) has them
    # freed before the parse, the costliest part of reading in memory.
    del data
    if text is None:
        return None, problems
    scanned = scan_text(text, file)
    del text
    problems += scanned.problems
    if scanned.conflicted:
        return None, problems
    doc, parse_problems = compose(
        scanned.text, file, pure=pure, explained=frozenset(scanned.tab_lines)
    )
    return doc, problems + parse_problems
