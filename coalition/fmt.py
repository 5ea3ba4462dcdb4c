"""The canonical layout of a ledger file, checked before anything is written.

`format_ledger` never writes: it returns the new bytes only when the ledger is
valid and the formatted text, read back by the same loader as `validate`,
holds exactly the same ledger. Line endings and a byte-order mark are kept as
the editor wrote them.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

from coalition.load import load_ledger_bytes
from coalition.problems import Level, Problem
from coalition.roundtrip import format_text
from coalition.textscan import decode

BOM = b"\xef\xbb\xbf"


@dataclass
class Formatted:
    file: str
    original: bytes
    formatted: bytes | None  # None when the file cannot be formatted
    problems: list[Problem] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.formatted is not None and self.formatted != self.original

    def diff(self) -> str:
        """The change as a unified diff, for `fmt --check`."""
        if not self.changed or self.formatted is None:
            return ""
        before = self.original.decode("utf-8", errors="replace").splitlines(keepends=True)
        after = self.formatted.decode("utf-8", errors="replace").splitlines(keepends=True)
        return "".join(difflib.unified_diff(before, after, f"a/{self.file}", f"b/{self.file}"))


def encode_like(original: bytes, text: str) -> bytes:
    """`text` as bytes with the original's line endings and byte-order mark:
    rewriting a file is no reason to change what the editor wrote."""
    if b"\r\n" in original:
        text = text.replace("\n", "\r\n")
    return (BOM if original.startswith(BOM) else b"") + text.encode("utf-8")


def format_ledger(data: bytes, file: str, base: Path | None = None) -> Formatted:
    loaded = load_ledger_bytes(data, file, base=base)
    errors = [p for p in loaded.problems if p.level >= Level.ERROR]
    if errors or loaded.ledger is None:
        return Formatted(file, data, None, errors)
    text, _ = decode(data, file)
    assert text is not None  # it loaded
    new_text = format_text(text)
    new = encode_like(data, new_text)
    again = load_ledger_bytes(new, file, base=base)
    if again.ledger != loaded.ledger or any(p.level >= Level.ERROR for p in again.problems):
        problem = Problem(
            file,
            0,
            0,
            Level.FATAL,
            "formatting would change what the ledger says, so nothing was written",
            hint="this is a bug in coalition: please report it with the file",
            rule="fmt",
        )
        return Formatted(file, data, None, [problem])
    return Formatted(file, data, new)
