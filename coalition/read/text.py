"""The text of a ledger before YAML sees it: encoding, and what editors hide.

Characters an editor does not show (tabs, control characters, zero-width and
bidirectional characters), git's conflict markers and YAML directives are
found here with their exact line and column, then neutralised so that
LibYAML's C parser and PyYAML's pure-Python one see the same text and reach
the same verdict (they disagree about tabs, some line breaks and directives).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from coalition.problems import Problem, show_text
from coalition.read.characters import character_problem
from coalition.rules.read.conflict_marker import RULE as CONFLICT_MARKER
from coalition.rules.read.directive import RULE as DIRECTIVE
from coalition.rules.read.encoding import RULE as ENCODING
from coalition.rules.read.invisible_character import RULE as INVISIBLE_CHARACTER
from coalition.rules.read.syntax import RULE as SYNTAX

# Stands in for an invisible or control character while parsing: both parsers
# accept it as ordinary text, and it is removed from every value afterwards.
PLACEHOLDER = "\ue000"

# Characters refused wherever they are, in every plane: controls, format
# characters (zero-width space, bidirectional controls, word joiners), private
# use, blanks that look like nothing (Hangul fillers, the braille blank) and
# noncharacters. The classes are kept in two parts, the Basic Multilingual
# Plane's and the others', for `one_character_of`.
SUSPECT_BMP = (
    "\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b"
    "\u200e\u200f\u2028-\u202e\u2060-\u206f\u2800\u3164\ufeff\uffa0\ufff9-\ufffb\ufffe"
    "\uffff\ue000-\uf8ff\ud800-\udfff"
)
SUSPECT_ASTRAL = (
    "\U0001d173-\U0001d17a\U000e0000-\U000e001f\U000e0080-\U000e0fff\U000f0000-\U0010ffff"
)
# Characters real scripts need inside words, refused anywhere else: the
# zero-width non-joiner and joiner (Persian, Devanagari, emoji sequences),
# variation selectors after a symbol, tag characters inside a flag.
CONTEXTUAL_BMP = "\u200c\u200d\ufe00-\ufe0f"
CONTEXTUAL_ASTRAL = "\U000e0020-\U000e007f"


def one_character_of(bmp: str, astral: str) -> re.Pattern[str]:
    """One character of the class `[bmp astral]`, as a pattern Python scans
    three to five times faster than that class.

    Python's engine tests a class with ranges beyond the Basic Multilingual
    Plane range by range at every character; a class of the plane's
    characters and *every* character beyond it is a table lookup. So the
    pattern takes a character of that wider class, then looks back to
    confirm it is one of `astral` (a rare character in any text, so the
    slow test almost never runs). The same matches, spans and
    substitutions as the plain class (tests/read/test_text_classes.py).
    """
    return re.compile(f"[{bmp}\U00010000-\U0010ffff](?<=[{bmp}{astral}])")


SUSPECT = one_character_of(SUSPECT_BMP, SUSPECT_ASTRAL)
CONTEXTUAL = one_character_of(CONTEXTUAL_BMP, CONTEXTUAL_ASTRAL)
_CONFLICT = re.compile(r"^(<{7}|>{7}|={7}|\|{7})(?: |$)")
_DIRECTIVE = re.compile(r"^%")
# A block scalar's header ('>' or '|') with a comment glued to it: LibYAML
# accepts it and PyYAML does not, so neither may.
_GLUED_HEADER_COMMENT = re.compile(r"(?:^|[:-])[ ]+[|>][-+0-9]*(#.*)$")


# Anything any of the line checks below could report; most files have none.
# Three scans, each of a kind Python's regular expressions run fast (one
# class of characters; a literal first character), rather than one pattern
# of alternatives tried at every position.
_ATTENTION_CHARS = one_character_of(
    SUSPECT_BMP + CONTEXTUAL_BMP, SUSPECT_ASTRAL + CONTEXTUAL_ASTRAL
)
_ATTENTION_HEADER = re.compile(r"[|>][-+0-9]*#")
_ATTENTION_LINE = re.compile(r"(?:<{7}|>{7}|={7}|\|{7}|%| *\u00a0)")
_ATTENTION_LINES = re.compile(r"\n" + _ATTENTION_LINE.pattern)


# Every ASCII character but those: in ASCII, the suspect characters are the
# controls other than the line feed, and DEL.
_ASCII_SAFE = bytes(range(0x20, 0x7F)) + b"\n"


def _suspect_characters(text: str) -> bool:
    # Python knows whether a text is ASCII without reading it; then deleting
    # the safe bytes (C, memory speed) beats the regular expression's class
    # of every plane by ten times on a 10 MB value.
    if text.isascii():
        return bool(text.encode("ascii").translate(None, _ASCII_SAFE))
    return _ATTENTION_CHARS.search(text) is not None


def needs_attention(text: str) -> bool:
    """Whether any line check of `scan_text` could report something."""
    return bool(
        _suspect_characters(text)
        or ("#" in text and _ATTENTION_HEADER.search(text))
        or _ATTENTION_LINE.match(text)
        or _ATTENTION_LINES.search(text)
    )


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """Bytes -> text, accepting what editors write (a BOM, CRLF) and nothing
    that is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) >= 4 and data[:4].count(0) >= 2):
        return None, [
            ENCODING.problem(
                file,
                1,
                1,
                "the file is saved as UTF-16 or UTF-32, not UTF-8",
                hint="save it again with the encoding 'UTF-8'",
            )
        ]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, _encoding_problems(data, file)
    return (text.replace("\r\n", "\n") if "\r" in text else text), []


def _encoding_problems(data: bytes, file: str, most: int = 10) -> list[Problem]:
    text = data.decode("utf-8", errors="surrogateescape")
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        for column, char in enumerate(line, start=1):
            if "\udc80" <= char <= "\udcff":
                byte = ord(char) - 0xDC00
                problems.append(
                    ENCODING.problem(
                        file,
                        number,
                        column,
                        f"the byte 0x{byte:02X} is not UTF-8 text "
                        "(the file was probably saved as Latin-1 or Windows-1252)",
                        hint="save the file again with the encoding 'UTF-8'",
                    )
                )
                break
        if len(problems) >= most:
            break
    return problems


@dataclass
class Scanned:
    """The text to parse, and what the scan found on the way."""

    text: str
    problems: list[Problem] = field(default_factory=list)
    # A half-merged file: parsing it would only add noise to the one thing to fix.
    conflicted: bool = False
    # Lines where a tab stands as one space: a syntax error there is the tab's.
    tab_lines: set[int] = field(default_factory=set)


def scan_text(text: str, file: str) -> Scanned:
    """Find what an editor hides or git leaves behind, line by line.

    The text to parse has each such character replaced so that the parsers
    agree (a tab by a space, anything else by PLACEHOLDER, which keeps every
    column where the editor shows it).
    """
    if not needs_attention(text):
        return Scanned(text)  # the usual case, found by one scan of the whole text
    scanned = Scanned(text)
    lines = text.split("\n")
    changed = False
    for index, line in enumerate(lines):
        new = _scan_line(line, index + 1, file, scanned)
        if new != line:
            lines[index] = new
            changed = True
    if changed:
        scanned.text = "\n".join(lines)
    return scanned


def _scan_line(line: str, number: int, file: str, scanned: Scanned) -> str:
    """Report what is wrong with one line; return the line to parse."""
    problems = scanned.problems
    if _CONFLICT.match(line):
        scanned.conflicted = True
        problems.append(
            CONFLICT_MARKER.problem(
                file,
                number,
                1,
                f"git merge conflict marker {show_text(line[:7])}",
                hint="keep the version you want, then delete the other version "
                "and the <<<<<<<, ======= and >>>>>>> lines",
            )
        )
    if _DIRECTIVE.match(line):
        problems.append(
            DIRECTIVE.problem(
                file,
                number,
                1,
                "a YAML directive ('%' at the start of a line): a ledger needs none",
                hint="delete this line",
            )
        )
        line = "#" + line[1:]
    glued = _GLUED_HEADER_COMMENT.search(line)
    if glued:
        problems.append(
            SYNTAX.problem(
                file,
                number,
                glued.start(1) + 1,
                "a comment right after '>' or '|' needs a space before the '#'",
                hint="put a space before the '#', or delete the comment",
            )
        )
        line = line[: glued.start(1)] + " " * len(glued.group(1))
    indent = len(line) - len(line.lstrip(" "))
    if line[indent : indent + 1] == "\u00a0":
        problems.append(
            INVISIBLE_CHARACTER.problem(
                file,
                number,
                indent + 1,
                "a no-break space is used for indentation",
                hint="replace it with ordinary spaces",
            )
        )
    if SUSPECT.search(line) or CONTEXTUAL.search(line):
        line = _neutralise(line, number, file, scanned)
    return line


def _neutralise(line: str, number: int, file: str, scanned: Scanned) -> str:
    """Report each kind of hidden character once per line, and replace each
    one so that both parsers read the line alike."""
    seen: set[str] = set()
    chars = list(line)
    for column, char in enumerate(line):
        if not SUSPECT.match(char) and not (
            CONTEXTUAL.match(char) and not allowed_in_context(line, column)
        ):
            continue
        chars[column] = " " if char in "\t\r" else PLACEHOLDER
        if char == "\t":
            scanned.tab_lines.add(number)
        problem = character_problem(char, file, number, column + 1)
        if problem.rule not in seen:
            seen.add(problem.rule)
            scanned.problems.append(problem)
    return "".join(chars)


def _joins(char: str) -> bool:
    """A letter, a mark or a digit: what a joiner may stand between."""
    return unicodedata.category(char)[0] in "LMN"


def _pictographic(char: str) -> bool:
    return unicodedata.category(char) == "So" or 0x1F000 <= ord(char) <= 0x1FAFF


def allowed_in_context(line: str, column: int) -> bool:
    """Whether a contextual character stands where a real script needs it."""
    char = line[column]
    before = line[column - 1] if column > 0 else ""
    after = line[column + 1] if column + 1 < len(line) else ""
    if char in "\u200c\u200d":
        if before and after and _joins(before) and _joins(after):
            return True
        return (
            char == "\u200d"
            and bool(before and after)
            and (_pictographic(before) or before == "\ufe0f")
            and _pictographic(after)
        )
    if "\ufe00" <= char <= "\ufe0f":
        return bool(before) and (_pictographic(before) or before in "#*0123456789")
    # A tag character belongs to a flag: U+1F3F4, tags, then the cancel tag.
    start = column
    while start > 0 and "\U000e0020" <= line[start - 1] <= "\U000e007f":
        start -= 1
    end = column
    while end < len(line) and "\U000e0020" <= line[end] <= "\U000e007e":
        end += 1
    return start > 0 and line[start - 1] == "\U0001f3f4" and line[end : end + 1] == "\U000e007f"
