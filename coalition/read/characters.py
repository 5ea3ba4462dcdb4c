"""Characters an editor does not show, one message each: what it is and
what to do about it."""

from __future__ import annotations

import unicodedata

from coalition.problems import Problem
from coalition.rules.read.control_character import RULE as CONTROL_CHARACTER
from coalition.rules.read.invisible_character import RULE as INVISIBLE_CHARACTER
from coalition.rules.read.tab import RULE as TAB
from coalition.rules.rule import Rule

_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_LINE_BREAKS = frozenset("\r\x85\u2028\u2029")
# Letters and symbols that show as nothing (Hangul fillers, the braille blank).
_LOOKS_BLANK = frozenset("\u00ad\u115f\u1160\u3164\uffa0\u2800")


def _describe(char: str) -> str:
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "").lower()
    return f"{code} ({name})" if name else code


def _kind(char: str) -> tuple[str, str, Rule]:
    """(message, hint, rule) for one hidden character."""
    described = _describe(char)
    if char == "\t":
        return (
            "tab character: YAML allows only spaces for indentation and spacing",
            "replace the tab with spaces",
            TAB,
        )
    if char == "\x1b":
        return (
            "escape character (U+001B), the start of a terminal escape sequence",
            "delete it and the codes after it; it was probably copied from a terminal",
            CONTROL_CHARACTER,
        )
    if char in _BIDI:
        return (
            f"bidirectional control character {described}: it can make text "
            "display in another order than it is read",
            "delete it",
            INVISIBLE_CHARACTER,
        )
    if (
        unicodedata.category(char) in ("Cf", "Co", "Cn", "Cs")
        or char in _LOOKS_BLANK
        or ("\ufe00" <= char <= "\ufe0f")
    ):
        return (
            f"invisible character {described}: text that looks the same would not match",
            "delete it (editors do not show it; move the cursor across this column to find it)",
            INVISIBLE_CHARACTER,
        )
    if char in _LINE_BREAKS:
        return (
            f"line-break character {described} that editors and YAML disagree about",
            "delete it and use an ordinary line break",
            CONTROL_CHARACTER,
        )
    return f"control character {described}", "delete it", CONTROL_CHARACTER


def character_problem(char: str, file: str, line: int, column: int) -> Problem:
    message, hint, rule = _kind(char)
    return rule.problem(file, line, column, message, hint=hint)
