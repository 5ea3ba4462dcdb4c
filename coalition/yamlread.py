"""YAML text -> plain data with positions, and every problem found on the way.

The ledger is written by hand, so this module is strict where YAML is lenient
and lenient where YAML is surprising:

* Every scalar is kept as the text the journalist typed (`NO` is Norway, `0123`
  keeps its zero); only an empty value, `~` or `null` written without quotes is
  "no value". The model decides what a text means (a date, a number).
* What a ledger never needs (anchors, aliases, tags, a second document) and
  what YAML silently accepts but loses work (duplicate keys) are problems,
  found while building the data from the parser's events, so an alias bomb is
  never expanded.
* Characters an editor does not show are found, and neutralised, before the
  text is parsed (`textscan.py`), so that LibYAML's parser and PyYAML's
  Python one reach the same verdict.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import yaml

from coalition.problems import Level, Problem, dotted, show_text
from coalition.textscan import PLACEHOLDER, SUSPECT, decode, scan_text
from coalition.yamlerrors import MAX_DEPTH, depth_problem, syntax_problem

try:  # LibYAML's parser is several times faster; the wheel usually has it.
    from yaml import CSafeLoader as FastLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as FastLoader  # type: ignore[assignment]

Path = tuple[str | int, ...]
"""A place in the ledger: mapping keys and list indexes from the top."""

NULLS = frozenset({"", "~", "null", "Null", "NULL"})


# One space, then '#': how a '#' inside a sentence looks ("Troops #1"). A
# comment set off by two or more spaces, the usual style, is taken as meant.
_TRAILING_COMMENT = re.compile(r" #")


class Mark(NamedTuple):
    """A position as an editor shows it: 1-based line and column. (A named
    tuple: one is made for every value of the file, and these are cheap.)"""

    line: int
    column: int


@dataclass
class Document:
    """The ledger as plain data, and where each piece of it was written."""

    data: Any
    keys: dict[Path, Mark] = field(default_factory=dict)
    values: dict[Path, Mark] = field(default_factory=dict)
    # Plain (unquoted) values followed by ` #` (one space) on the same line:
    # YAML reads the rest of the line as a comment, which may have cut a
    # sentence short.
    cut_by_comment: set[Path] = field(default_factory=set)

    def mark(self, path: Path) -> Mark:
        """The position of the value at `path`, or of its nearest ancestor."""
        while path:
            if path in self.values:
                return self.values[path]
            path = path[:-1]
        return Mark(1, 1)

    def key_mark(self, path: Path) -> Mark:
        """The position of the key that names `path` (the value's if none)."""
        return self.keys.get(path) or self.mark(path)


class _Frame:
    __slots__ = ("container", "key", "path", "seen", "skip")

    def __init__(self, container: dict[str, Any] | list[Any], path: Path) -> None:
        self.container = container
        self.path = path
        self.key: str | None = None  # a mapping's key waiting for its value
        self.seen: dict[str, Mark] = {}
        self.skip = False  # the next value belongs to a rejected key


def _mark(event: yaml.Event) -> Mark:
    start = event.start_mark
    return Mark(start.line + 1, start.column + 1) if start is not None else Mark(1, 1)


def compose(text: str, file: str, *, pure: bool = False) -> tuple[Document | None, list[Problem]]:
    """Build plain data from the parser's events.

    `pure` forces PyYAML's Python parser (tests use it to check that it gives
    the same verdicts as LibYAML's).
    """
    loader = yaml.SafeLoader if pure else FastLoader
    lines = text.split("\n")
    problems: list[Problem] = []
    doc = Document(data=None)
    stack: list[_Frame] = []
    root_set = False
    documents = 0

    def problem(mark: Mark, message: str, hint: str, rule: str, path: Path = ()) -> None:
        problems.append(
            Problem(file, mark.line, mark.column, Level.ERROR, message, dotted(path), hint, rule)
        )

    def attach(value: Any, mark: Mark, is_key_candidate: bool) -> Path | None:
        """Put a finished value where it belongs; return its path, or None
        when it was dropped (a rejected key's value, or the key itself)."""
        nonlocal root_set
        if not stack:
            doc.data = value
            doc.values[()] = mark
            root_set = True
            return ()
        frame = stack[-1]
        if isinstance(frame.container, list):
            path = (*frame.path, len(frame.container))
            frame.container.append(value)
            doc.values[path] = mark
            return path
        if frame.key is None and not frame.skip:
            # This value is a key.
            if not isinstance(value, str) or not is_key_candidate:
                problem(
                    mark,
                    "a key must be plain text" if value is not None else "a key is missing",
                    "write 'key: value'",
                    "syntax",
                    frame.path,
                )
                frame.skip = True
                return None
            key = value
            first = frame.seen.get(key)
            if first is not None:
                problem(
                    mark,
                    f"duplicate key {show_text(key)}: it is already defined at line "
                    f"{first.line}, and YAML would silently keep only the last one",
                    "merge the two entries into one (or rename one of them)",
                    "duplicate-key",
                    (*frame.path, key),
                )
                frame.skip = True
                return None
            frame.seen[key] = mark
            frame.key = key
            doc.keys[(*frame.path, key)] = mark
            return None
        if frame.skip:
            frame.skip = False
            return None
        assert isinstance(frame.container, dict) and frame.key is not None
        path = (*frame.path, frame.key)
        frame.container[frame.key] = value
        doc.values[path] = mark
        frame.key = None
        return path

    def refuse_decorations(event: Any, mark: Mark, path: Path) -> None:
        anchor = getattr(event, "anchor", None)
        tag = getattr(event, "tag", None)
        if anchor is not None:
            problem(
                mark,
                f"anchor '&{_clean(anchor)}': a ledger does not use anchors and aliases",
                "write the text out in full where it is needed",
                "anchor",
                path,
            )
        if tag is not None:
            problem(
                mark,
                f"tag {show_text(tag)}: a ledger does not use YAML tags",
                "delete the tag (the word starting with '!')",
                "tag",
                path,
            )

    def current_path() -> Path:
        if not stack:
            return ()
        frame = stack[-1]
        if isinstance(frame.container, list):
            return (*frame.path, len(frame.container))
        return (*frame.path, frame.key) if frame.key is not None else frame.path

    parser = loader(text)

    def events() -> Iterator[Any]:
        while parser.check_event():
            yield parser.get_event()

    try:
        for event in events():
            if isinstance(event, yaml.ScalarEvent):
                mark = _mark(event)
                refuse_decorations(event, mark, current_path())
                plain = not event.style and event.implicit[0]
                raw = event.value
                value: str | None = None if plain and raw in NULLS else _clean(raw)
                if value is not None and not plain and SUSPECT.search(value):
                    problem(
                        mark,
                        f"the escape sequence in {show_text(raw)} makes a control "
                        "or invisible character",
                        "delete the backslash sequence",
                        "control-character",
                        current_path(),
                    )
                    value = SUSPECT.sub("", value)
                path = attach(value, mark, is_key_candidate=True)
                end = event.end_mark
                if path is not None and plain and value is not None and end is not None:
                    rest = lines[end.line][end.column :] if end.line < len(lines) else ""
                    if _TRAILING_COMMENT.match(rest):
                        doc.cut_by_comment.add(path)
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                mark = _mark(event)
                refuse_decorations(event, mark, current_path())
                container: dict[str, Any] | list[Any] = (
                    {} if isinstance(event, yaml.MappingStartEvent) else []
                )
                path = attach(container, mark, is_key_candidate=False)
                # A collection used as a key is dropped, with its contents.
                stack.append(_Frame(container, path if path is not None else ("?",)))
                if len(stack) > MAX_DEPTH:  # LibYAML stops here too: so must PyYAML
                    problems.append(depth_problem(file, mark))
                    return None, problems
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                stack.pop()
            elif isinstance(event, yaml.AliasEvent):
                mark = _mark(event)
                problem(
                    mark,
                    f"alias '*{_clean(event.anchor or '')}': a ledger does not use "
                    "anchors and aliases",
                    "write the text out in full where it is needed",
                    "alias",
                    current_path(),
                )
                attach(None, mark, is_key_candidate=False)
            elif isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    problem(
                        _mark(event),
                        "a second YAML document starts here: a ledger is one document",
                        "delete the '---' line and merge what follows into the ledger",
                        "multiple-documents",
                    )
                    break
    except yaml.YAMLError as error:
        problems.append(syntax_problem(error, file, lines))
        return None, problems
    except ValueError:
        # PyYAML's Python scanner turns '\U00110000' into chr() of it and fails;
        # LibYAML reports an invalid escape. Report it as LibYAML does.
        problems.append(
            Problem(
                file,
                *_reader_position(parser),
                Level.ERROR,
                "an escape sequence inside double quotes names no character",
                hint="delete the backslash sequence",
                rule="syntax",
            )
        )
        return None, problems
    finally:
        parser.dispose()
    if not root_set or doc.data is None:
        problems.append(
            Problem(
                file,
                1,
                1,
                Level.ERROR,
                "the ledger is empty",
                hint="start from the example in the README (title, as_of, sources, countries)",
                rule="empty",
            )
        )
        return None, problems
    return doc, problems


def _reader_position(parser: Any) -> tuple[int, int]:
    get_mark = getattr(parser, "get_mark", None)
    mark = get_mark() if get_mark else None
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


def _clean(text: str) -> str:
    return text.replace(PLACEHOLDER, "") if PLACEHOLDER in text else text


def read_yaml(
    data: bytes, file: str, *, pure: bool = False
) -> tuple[Document | None, list[Problem]]:
    """Bytes of a ledger file -> its data with positions, and its problems."""
    text, problems = decode(data, file)
    if text is None:
        return None, problems
    parse_text, text_problems = scan_text(text, file)
    problems += text_problems
    if any(p.rule == "conflict-marker" for p in text_problems):
        # Parsing a half-merged file only adds noise to the one thing to fix.
        return None, problems
    doc, parse_problems = compose(parse_text, file, pure=pure)
    # A tab stands in the text as one space, which may misalign the line: the
    # syntax error that follows on that line is the tab's, already reported.
    tab_lines = {p.line for p in text_problems if p.rule == "tab"}
    problems += [p for p in parse_problems if not (p.rule == "syntax" and p.line in tab_lines)]
    return doc, problems
