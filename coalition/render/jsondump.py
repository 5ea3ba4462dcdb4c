"""JSON that no terminal or viewer can be turned against: every character
that could act on a terminal or reorder text (C1 controls such as U+009B,
bidirectional overrides such as U+202E, anything `validate` refuses) is
written as a \\u escape. JSON keeps the data whole; only its spelling changes.
"""

from __future__ import annotations

import json
import re
from typing import Any, TextIO

from coalition.read.text import (
    CONTEXTUAL_ASTRAL,
    CONTEXTUAL_BMP,
    SUSPECT_ASTRAL,
    SUSPECT_BMP,
    one_character_of,
)

_UNSAFE = one_character_of(
    SUSPECT_BMP + CONTEXTUAL_BMP + "\\x80-\\x9f\\u2028\\u2029", SUSPECT_ASTRAL + CONTEXTUAL_ASTRAL
)


def _escaped(match: re.Match[str]) -> str:
    return json.dumps(match.group(0))[1:-1]  # \\uXXXX, or a surrogate pair


def write_json(document: Any, out: TextIO) -> None:
    """`document` as indented JSON, readable text kept as it is."""
    text = json.dumps(document, indent=2, ensure_ascii=False)
    out.write(_UNSAFE.sub(_escaped, text) + "\n")
