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

from coalition.problems import Level, Problem, show_text

# Stands in for an invisible or control character while parsing: both parsers
# accept it as ordinary text, and it is removed from every value afterwards.
PLACEHOLDER = "\ue000"

SUSPECT = re.compile(
    "[\t\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff\ue000-\uf8ff\ud800-\udfff]"
)
_CONFLICT = re.compile(r"^(<{7}|>{7}|={7}|\|{7})(?: |$)")
_DIRECTIVE = re.compile(r"^%")
# A block scalar's header ('>' or '|') with a comment glued to it: LibYAML
# accepts it and PyYAML does not, so neither may.
_GLUED_HEADER_COMMENT = re.compile(r"(?:^|[:-])[ ]+[|>][-+0-9]*(#.*)$")
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


# Anything any of the line checks below could report; most files have none.
_ATTENTION = re.compile(
    r"^(?:<{7}|>{7}|={7}|\|{7}|%)|[|>][-+0-9]*#|^ *\u00a0|" + SUSPECT.pattern, re.MULTILINE
)


def decode(data: bytes, file: str) -> tuple[str | None, list[Problem]]:
    """Bytes -> text, accepting what editors write (a BOM, CRLF) and nothing
    that is not UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(data) >= 4 and data[:4].count(0) >= 2):
        return None, [
            Problem(
                file,
                1,
                1,
                Level.ERROR,
                "the file is saved as UTF-16 or UTF-32, not UTF-8",
                hint="save it again with the encoding 'UTF-8'",
                rule="encoding",
            )
        ]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, _encoding_problems(data, file)
    return text.replace("\r\n", "\n"), []


def _encoding_problems(data: bytes, file: str, most: int = 10) -> list[Problem]:
    text = data.decode("utf-8", errors="surrogateescape")
    problems: list[Problem] = []
    for number, line in enumerate(text.split("\n"), start=1):
        for column, char in enumerate(line, start=1):
            if "\udc80" <= char <= "\udcff":
                byte = ord(char) - 0xDC00
                problems.append(
                    Problem(
                        file,
                        number,
                        column,
                        Level.ERROR,
                        f"the byte 0x{byte:02X} is not UTF-8 text "
                        "(the file was probably saved as Latin-1 or Windows-1252)",
                        hint="save the file again with the encoding 'UTF-8'",
                        rule="encoding",
                    )
                )
                break
        if len(problems) >= most:
            break
    return problems


def scan_text(text: str, file: str) -> tuple[str, list[Problem]]:
    """Find what an editor hides or git leaves behind, line by line.

    Returns the text to parse, with each such character replaced so that the
    parsers agree (a tab by a space, anything else by PLACEHOLDER, which keeps
    every column where the editor shows it).
    """
    if not _ATTENTION.search(text):
        return text, []  # the usual case, found by one scan of the whole text
    problems: list[Problem] = []
    lines = text.split("\n")
    changed = False
    for index, line in enumerate(lines):
        number = index + 1
        if _CONFLICT.match(line):
            problems.append(
                Problem(
                    file,
                    number,
                    1,
                    Level.ERROR,
                    f"git merge conflict marker {show_text(line[:7])}",
                    hint="keep the version you want, then delete the other version "
                    "and the <<<<<<<, ======= and >>>>>>> lines",
                    rule="conflict-marker",
                )
            )
        if _DIRECTIVE.match(line):
            problems.append(
                Problem(
                    file,
                    number,
                    1,
                    Level.ERROR,
                    "a YAML directive ('%' at the start of a line): a ledger needs none",
                    hint="delete this line",
                    rule="directive",
                )
            )
            lines[index] = line = "#" + line[1:]
            changed = True
        glued = _GLUED_HEADER_COMMENT.search(line)
        if glued:
            problems.append(
                Problem(
                    file,
                    number,
                    glued.start(1) + 1,
                    Level.ERROR,
                    "a comment right after '>' or '|' needs a space before the '#'",
                    hint="put a space before the '#', or delete the comment",
                    rule="syntax",
                )
            )
            lines[index] = line = line[: glued.start(1)] + " " * len(glued.group(1))
            changed = True
        indent = len(line) - len(line.lstrip(" "))
        if line[indent : indent + 1] == "\u00a0":
            problems.append(
                Problem(
                    file,
                    number,
                    indent + 1,
                    Level.ERROR,
                    "a no-break space is used for indentation",
                    hint="replace it with ordinary spaces",
                    rule="invisible-character",
                )
            )
        if not SUSPECT.search(line):
            continue
        changed = True
        seen: set[str] = set()
        chars = list(line)
        for column, char in enumerate(line):
            if not SUSPECT.match(char):
                continue
            chars[column] = " " if char in "\t\r" else PLACEHOLDER
            problem = _character_problem(char, file, number, column + 1)
            if problem.rule not in seen:  # one report per kind and line
                seen.add(problem.rule)
                problems.append(problem)
        lines[index] = "".join(chars)
    return ("\n".join(lines) if changed else text), problems


def _character_problem(char: str, file: str, line: int, column: int) -> Problem:
    code = f"U+{ord(char):04X}"
    name = unicodedata.name(char, "").lower()
    described = f"{code} ({name})" if name else code
    if char == "\t":
        return Problem(
            file,
            line,
            column,
            Level.ERROR,
            "tab character: YAML allows only spaces for indentation and spacing",
            hint="replace the tab with spaces",
            rule="tab",
        )
    if char == "\x1b":
        return Problem(
            file,
            line,
            column,
            Level.ERROR,
            "escape character (U+001B), the start of a terminal escape sequence",
            hint="delete it and the codes after it; it was probably copied from a terminal",
            rule="control-character",
        )
    if char in _BIDI:
        return Problem(
            file,
            line,
            column,
            Level.ERROR,
            f"bidirectional control character {described}: it can make text "
            "display in another order than it is read",
            hint="delete it",
            rule="invisible-character",
        )
    if unicodedata.category(char) in ("Cf", "Co", "Cn") or char == "\u00ad":
        return Problem(
            file,
            line,
            column,
            Level.ERROR,
            f"invisible character {described}: text that looks the same would not match",
            hint="delete it (editors do not show it; move the cursor across "
            "this column to find it)",
            rule="invisible-character",
        )
    if char in "\r\x85\u2028\u2029":
        return Problem(
            file,
            line,
            column,
            Level.ERROR,
            f"line-break character {described} that editors and YAML disagree about",
            hint="delete it and use an ordinary line break",
            rule="control-character",
        )
    return Problem(
        file,
        line,
        column,
        Level.ERROR,
        f"control character {described}",
        hint="delete it",
        rule="control-character",
    )
