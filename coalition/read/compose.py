"""YAML events -> plain data with positions, and every problem found on the way.

The ledger is written by hand, so this is strict where YAML is lenient and
lenient where YAML is surprising:

* Every scalar is kept as the text the journalist typed (`NO` is Norway, `0123`
  keeps its zero); only an empty value, `~` or `null` written without quotes is
  "no value". The model decides what a text means (a date, a number).
* What a ledger never needs (anchors, aliases, tags, a second document) and
  what YAML silently accepts but loses work (duplicate keys) are problems,
  found while building the data from the parser's events, so an alias bomb is
  never expanded.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import yaml

from coalition.problems import Problem, dotted, show_text
from coalition.read.document import NO_KEY, Document, Mark, Path, place, to_mark
from coalition.read.syntax import MAX_DEPTH, depth_problem, escape_problem, syntax_problem
from coalition.read.text import PLACEHOLDER, SUSPECT
from coalition.rules.read.alias import RULE as ALIAS
from coalition.rules.read.anchor import RULE as ANCHOR
from coalition.rules.read.control_character import RULE as CONTROL_CHARACTER
from coalition.rules.read.duplicate_key import RULE as DUPLICATE_KEY
from coalition.rules.read.empty import RULE as EMPTY
from coalition.rules.read.multiple_documents import RULE as MULTIPLE_DOCUMENTS
from coalition.rules.read.syntax import RULE as SYNTAX
from coalition.rules.read.tag import RULE as TAG
from coalition.rules.rule import Rule

try:  # LibYAML's parser is several times faster; the wheel usually has it.
    from yaml import CSafeLoader as _LibYAML
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _LibYAML  # type: ignore[assignment]
# The safe loader every stage that parses or scans YAML itself uses.
FastLoader = _LibYAML

NULLS = frozenset({"", "~", "null", "Null", "NULL"})


class _Frame:
    """A mapping or list being filled."""

    __slots__ = ("container", "entry", "is_list", "key", "key_mark", "path", "seen", "skip")

    def __init__(self, container: dict[str, Any] | list[Any], path: Path, entry: int) -> None:
        self.container = container
        self.is_list = isinstance(container, list)
        self.path = path
        self.entry = entry  # in the positions; -1 if dropped with a rejected key
        self.key: str | None = None  # a mapping's key waiting for its value
        self.key_mark: Any = None  # the parser's mark of that key
        self.seen: dict[str, Any] = {}  # key -> the parser's mark of its first use
        self.skip = False  # the next value belongs to a rejected key


_STARTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)


class _TooDeep(Exception):
    pass


def _clean(text: str) -> str:
    return text.replace(PLACEHOLDER, "") if PLACEHOLDER in text else text


class Composer:
    """Builds a `Document` from a parser's events, one event at a time."""

    def __init__(self, text: str, file: str) -> None:
        self.file = file
        self.text = text
        # One string for each text that recurs (every key, most plain values:
        # statuses, ids, dates): the parser makes a new one each time, and a
        # ledger repeats them tens of thousands of times.
        shared: dict[str, str] = {}
        self.share: Callable[[str, str], str] = shared.setdefault
        # Without a backslash in the file, no double-quoted text holds an escape.
        self.escapes = "\\" in text
        self.problems: list[Problem] = []
        self.doc = Document(data=None)
        self.stack: list[_Frame] = []
        self.root_set = False
        self.documents = 0

    # -- problems and paths ------------------------------------------------------

    def problem(self, mark: Mark, message: str, hint: str, rule: Rule, path: Path = ()) -> None:
        self.problems.append(
            rule.problem(self.file, mark.line, mark.column, message, path=dotted(path), hint=hint)
        )

    def current_path(self) -> Path:
        if not self.stack:
            return ()
        frame = self.stack[-1]
        if isinstance(frame.container, list):
            return (*frame.path, len(frame.container))
        return (*frame.path, frame.key) if frame.key is not None else frame.path

    # -- putting values in place -------------------------------------------------

    def attach(self, value: Any, raw: Any, *, is_key_candidate: bool) -> tuple[Path, int] | None:
        """Put a finished value where it belongs; return its path and its entry
        in the positions (-1: none), or None when it was dropped (a rejected
        key's value, or the key itself). `raw` is the parser's mark of its start."""
        if not self.stack:
            self.doc.data, self.root_set = value, True
            return (), self.doc.positions.add(None, NO_KEY, place(raw))
        frame = self.stack[-1]
        name, key_place = frame.key, NO_KEY
        if frame.is_list:
            path = (*frame.path, len(frame.container))
            frame.container.append(value)  # type: ignore[union-attr]
        elif name is None and not frame.skip:
            self._take_key(frame, value, raw, is_key_candidate)
            return None
        elif frame.skip:
            frame.skip = False
            return None
        else:
            assert isinstance(frame.container, dict) and name is not None
            path = (*frame.path, name)
            frame.container[name] = value
            frame.key, key_place = None, place(frame.key_mark)
        if frame.entry < 0:
            return path, -1
        return path, self.doc.positions.add(name, key_place, place(raw))

    def _take_key(self, frame: _Frame, value: Any, raw: Any, is_key_candidate: bool) -> None:
        mark = to_mark(raw)
        if not isinstance(value, str) or not is_key_candidate:
            self.problem(
                mark,
                "a key must be plain text" if value is not None else "a key is missing",
                "write 'key: value'",
                SYNTAX,
                frame.path,
            )
            frame.skip = True
            return
        if value in frame.seen:
            self.problem(
                mark,
                f"duplicate key {show_text(value)}: it is already defined at line "
                f"{to_mark(frame.seen[value]).line}, and YAML would silently keep only the last "
                "one",
                "merge the two entries into one (or rename one of them)",
                DUPLICATE_KEY,
                (*frame.path, value),
            )
            frame.skip = True
            return
        frame.seen[value] = frame.key_mark = raw
        frame.key = value

    def refuse_decorations(self, event: Any, mark: Mark) -> None:
        anchor = getattr(event, "anchor", None)
        tag = getattr(event, "tag", None)
        if anchor is not None:
            self.problem(
                mark,
                f"anchor '&{_clean(anchor)}': a ledger does not use anchors and aliases",
                "write the text out in full where it is needed",
                ANCHOR,
                self.current_path(),
            )
        if tag is not None:
            self.problem(
                mark,
                f"tag {show_text(tag)}: a ledger does not use YAML tags",
                "delete the tag (the word starting with '!')",
                TAG,
                self.current_path(),
            )

    # -- one method per kind of event ---------------------------------------------

    def scalar(self, event: yaml.ScalarEvent) -> None:
        mark = to_mark(event.start_mark)
        self.refuse_decorations(event, mark)
        plain = not event.style and event.implicit[0]
        raw = event.value
        value: str | None = None if plain and raw in NULLS else _clean(raw)
        if value is not None and not plain and SUSPECT.search(value):
            self.problem(
                mark,
                f"the escape sequence in {show_text(raw)} makes a control or invisible character",
                "delete the backslash sequence",
                CONTROL_CHARACTER,
                self.current_path(),
            )
            value = SUSPECT.sub("", value)
        attached = self.attach(value, event.start_mark, is_key_candidate=True)
        if attached is not None and plain and value is not None:
            self.note_comment(event.end_mark, attached[0])

    def note_comment(self, end: Any, path: Path) -> None:
        """One space, then '#', after a plain value: how a '#' inside a
        sentence looks ("Troops #1"), cut off as a comment. A comment set off
        by two or more spaces, the usual style, is taken as meant."""
        # Both parsers count a mark's index in characters, as `str` does.
        if end is not None and self.text.startswith(" #", end.index):
            self.doc.cut_by_comment.add(path)

    def start(self, event: yaml.CollectionStartEvent) -> None:
        mark = to_mark(event.start_mark)
        self.refuse_decorations(event, mark)
        container: dict[str, Any] | list[Any] = (
            {} if isinstance(event, yaml.MappingStartEvent) else []
        )
        attached = self.attach(container, event.start_mark, is_key_candidate=False)
        # A collection used as a key is dropped, with its contents.
        self.stack.append(_Frame(container, *(attached or (("?",), -1))))
        if len(self.stack) > MAX_DEPTH:  # LibYAML stops here too: so must PyYAML
            self.problems.append(depth_problem(self.file, mark))
            raise _TooDeep

    def alias(self, event: yaml.AliasEvent) -> None:
        mark = to_mark(event.start_mark)
        self.problem(
            mark,
            f"alias '*{_clean(event.anchor or '')}': a ledger does not use anchors and aliases",
            "write the text out in full where it is needed",
            ALIAS,
            self.current_path(),
        )
        self.attach(None, event.start_mark, is_key_candidate=False)

    def document_start(self, event: yaml.DocumentStartEvent) -> bool:
        """False when a second document starts: the ledger ends there."""
        self.documents += 1
        if self.documents > 1:
            self.problem(
                to_mark(event.start_mark),
                "a second YAML document starts here: a ledger is one document",
                "delete the '---' line and merge what follows into the ledger",
                MULTIPLE_DOCUMENTS,
            )
            return False
        return True

    def run(self, parser: Any) -> None:
        """Feed every event of the parser, the common ones inline.

        This loop is where reading spends its time (~400,000 events at 10 MB):
        a key or value with no decoration is put in place here and a mapping or
        list opened by `_open`; anything else (the root, a problem, an anchor or
        tag, an escape sequence) goes through `feed`, the reference."""
        get_event, stack, text, share = parser.get_event, self.stack, self.text, self.share
        cut, positions = self.doc.cut_by_comment, self.doc.positions
        add_name, add_place = positions.names.append, positions.places.append
        add_key_place, add_span = positions.key_places.append, positions.spans.append
        scalar_event, ends = yaml.ScalarEvent, (yaml.MappingEndEvent, yaml.SequenceEndEvent)
        frame: _Frame | None = None
        while True:
            event = get_event()
            kind = type(event)
            if kind is scalar_event and frame is not None and not frame.skip and frame.entry >= 0:
                raw, style = event.value, event.style
                plain = not style and event.implicit[0]
                if (
                    event.anchor is not None
                    or event.tag is not None
                    or PLACEHOLDER in raw
                    or (style == '"' and self.escapes and SUSPECT.search(raw))
                ):
                    self.scalar(event)
                    continue
                value = None if plain and raw in NULLS else share(raw, raw)
                if frame.is_list:
                    name: str | None = None
                    frame.container.append(value)  # type: ignore[union-attr]
                    add_key_place(NO_KEY)
                elif frame.key is None:
                    if value is None or value in frame.seen:
                        self.scalar(event)
                    else:
                        frame.seen[value] = frame.key_mark = event.start_mark
                        frame.key = value
                    continue
                else:
                    name, frame.key, key = frame.key, None, frame.key_mark
                    frame.container[name] = value  # type: ignore[call-overload]
                    add_key_place(key.line << 32 | key.column)
                add_name(name)
                add_place((mark := event.start_mark).line << 32 | mark.column)
                add_span(1)
                if plain and value is not None and text.startswith(" #", event.end_mark.index):
                    cut.add((*frame.path, len(frame.container) - 1 if name is None else name))
            elif kind in ends:
                positions.close(stack.pop().entry)
                frame = stack[-1] if stack else None
            elif kind in _STARTS and frame is not None and self._open(frame, event):
                frame = stack[-1]
            elif kind is yaml.StreamEndEvent or event is None:
                return
            else:
                if not self.feed(event):
                    return
                frame = stack[-1] if stack else None

    def _open(self, frame: _Frame, event: Any) -> bool:
        """Open a mapping or list as a value; False to leave it to `start`."""
        if (
            frame.skip
            or frame.entry < 0
            or not (frame.is_list or frame.key is not None)
            or event.anchor is not None
            or event.tag is not None
            or len(self.stack) >= MAX_DEPTH
        ):
            return False
        new: dict[str, Any] | list[Any] = {} if type(event) is yaml.MappingStartEvent else []
        name, key_place = frame.key, NO_KEY
        if frame.is_list:
            path = (*frame.path, len(frame.container))
            frame.container.append(new)  # type: ignore[union-attr]
        else:
            path = (*frame.path, name)  # type: ignore[arg-type]
            frame.container[name] = new  # type: ignore[call-overload, index]
            frame.key, key_place = None, place(frame.key_mark)
        entry = self.doc.positions.add(name, key_place, place(event.start_mark))
        self.stack.append(_Frame(new, path, entry))
        return True

    def feed(self, event: Any) -> bool:
        """Take one event; False when reading should stop."""
        if isinstance(event, yaml.ScalarEvent):
            self.scalar(event)
        elif isinstance(event, yaml.CollectionStartEvent):
            self.start(event)
        elif isinstance(event, yaml.CollectionEndEvent):
            self.doc.positions.close(self.stack.pop().entry)
        elif isinstance(event, yaml.AliasEvent):
            self.alias(event)
        elif isinstance(event, yaml.DocumentStartEvent):
            return self.document_start(event)
        return True

    def result(self) -> tuple[Document | None, list[Problem]]:
        if not self.root_set or self.doc.data is None:
            self.problems.append(
                EMPTY.problem(
                    self.file,
                    1,
                    1,
                    "the ledger is empty",
                    hint="start from `coalition init` or the example in docs/ledger-format.md",
                )
            )
            return None, self.problems
        return self.doc, self.problems


def compose(
    text: str, file: str, *, pure: bool = False, explained: frozenset[int] = frozenset()
) -> tuple[Document | None, list[Problem]]:
    """Build plain data from the parser's events.

    `pure` forces PyYAML's Python parser (tests use it to check that it gives
    the same verdicts as LibYAML's). A syntax error on a line in `explained`
    is not reported: its cause there (a tab) has been reported already.
    """
    composer = Composer(text, file)
    parser = (yaml.SafeLoader if pure else FastLoader)(text)
    # A tree of dicts, lists and strings has no cycles for the collector to
    # find, yet building one of 10 MB wakes it ~1,000 times, each pass longer
    # than the last: half the time of reading, spent for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        composer.run(parser)
    except _TooDeep:
        return None, composer.problems
    except yaml.YAMLError as error:
        found = syntax_problem(error, file, text.split("\n"))
        mark = getattr(error, "problem_mark", None)
        stopped = mark.line + 1 if mark is not None else found.line
        if found.line not in explained and stopped not in explained:
            composer.problems.append(found)
        return None, composer.problems
    except ValueError:
        composer.problems.append(escape_problem(file, parser))
        return None, composer.problems
    finally:
        parser.dispose()
        if collecting:
            gc.enable()
    return composer.result()
