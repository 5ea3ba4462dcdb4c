"""load_ledger(path) -> (Ledger | None, problems): the one way a ledger is read.

Reading never raises for bad data: YAML problems, model errors (mapped back to
the line and column a person must edit, in plain words) and the cross-record
checks all come back as `Problem`s, like beancount's loader returns its errors.
"""

from __future__ import annotations

import difflib
import enum
import types
import typing
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path as FilePath
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from coalition.models import Ledger, Status
from coalition.problems import Level, Problem, dotted, show_text
from coalition.yamlread import Document, Mark, Path, read_yaml

# Free-text fields: a ` #` in one of them, unquoted, has probably cut a
# sentence short. (In `status: committed  # since June` it is a comment.)
PROSE_FIELDS = frozenset(
    {"title", "detail", "quote", "speaker", "role", "name", "counts", "publisher", "conditions"}
)


@dataclass
class Loaded:
    """A ledger as read from one file: the model when it is well-formed, the
    positions of everything in it, and every problem found."""

    file: str
    ledger: Ledger | None
    document: Document | None
    problems: list[Problem] = field(default_factory=list)
    # False when some entries had to be left out to check the rest.
    complete: bool = True


def load_ledger(path: str | FilePath, *, pure_yaml: bool = False) -> Loaded:
    """Read, parse, validate and check the ledger at `path`."""
    file = str(path)
    try:
        data = FilePath(path).read_bytes()
    except OSError as error:
        reason = error.strerror or str(error)
        if isinstance(error, IsADirectoryError):
            reason = "it is a folder, not a file"
        return Loaded(
            file,
            None,
            None,
            [
                Problem(
                    file,
                    0,
                    0,
                    Level.FATAL,
                    f"cannot read the file: {reason}",
                    hint="check the path, or pass the ledger with --ledger PATH",
                    rule="io",
                )
            ],
        )
    return load_ledger_bytes(data, file, base=FilePath(path).parent, pure_yaml=pure_yaml)


def load_ledger_bytes(
    data: bytes, file: str, *, base: FilePath | None = None, pure_yaml: bool = False
) -> Loaded:
    """Like `load_ledger`, for bytes that came from elsewhere (a git revision).

    `base` is the folder that archive paths are relative to; without one,
    quotes are not checked against archives.
    """
    document, problems = read_yaml(data, file, pure=pure_yaml)
    loaded = Loaded(file, None, document, problems)
    if document is None:
        return _sorted(loaded)
    if not isinstance(document.data, dict):
        found = "a list" if isinstance(document.data, list) else "a single text"
        problems.append(
            Problem(
                file,
                *_position(document.mark(())),
                Level.ERROR,
                f"the ledger must be a set of keys (title, as_of, sources, countries), "
                f"but this file holds {found}",
                hint="start from the example in the README",
                rule="structure",
            )
        )
        return _sorted(loaded)
    for path in sorted(document.cut_by_comment, key=str):
        if any(part in PROSE_FIELDS for part in path if isinstance(part, str)):
            mark = document.mark(path)
            problems.append(
                Problem(
                    file,
                    mark.line,
                    mark.column,
                    Level.WARNING,
                    "the text is cut short at ' #': YAML reads the rest of the line as a comment",
                    dotted(path),
                    "if the '#' belongs to the text, put the whole text in double quotes",
                    "comment-in-text",
                )
            )
    ledger, complete = _validate(document, file, problems)
    loaded.ledger = ledger if complete else None
    loaded.complete = complete
    if ledger is not None:
        from coalition.checks import run_checks

        problems += run_checks(ledger, document, file, base=base, complete=complete)
    return _sorted(loaded)


def _sorted(loaded: Loaded) -> Loaded:
    loaded.problems = sorted(set(loaded.problems))
    return loaded


def _validate(document: Document, file: str, problems: list[Problem]) -> tuple[Ledger | None, bool]:
    """Validate the whole ledger; when that fails, validate what is left after
    dropping the broken entries, so cross-record checks still run on it."""
    data = document.data
    try:
        return Ledger.model_validate(data), True
    except ValidationError as error:
        errors = error.errors(include_url=False)
    # A value already reported while reading (an alias, a control character)
    # needs no second message from the model.
    reported = {p.path for p in problems if p.path and p.level >= Level.ERROR}
    problems += [
        problem
        for problem in (model_problem(e, document, file) for e in errors)
        if problem.path not in reported
    ]
    salvaged = _without_broken_entries(data, errors)
    if salvaged is None:
        return None, False
    try:
        return Ledger.model_validate(salvaged), False
    except ValidationError:
        return None, False


def _without_broken_entries(
    data: dict[str, Any], errors: Iterable[ErrorDetails]
) -> dict[str, Any] | None:
    broken: dict[str, set[Any]] = {"sources": set(), "countries": set(), "reported": set()}
    for error in errors:
        loc = error["loc"]
        if len(loc) >= 2 and loc[0] in broken:
            broken[str(loc[0])].add(loc[1])
        else:
            return None  # a top-level field is broken: nothing to check against
    salvaged = dict(data)
    for key in ("sources", "countries"):
        if isinstance(data.get(key), dict):
            salvaged[key] = {k: v for k, v in data[key].items() if k not in broken[key]}
    if isinstance(data.get("reported"), list):
        salvaged["reported"] = [
            v for i, v in enumerate(data["reported"]) if i not in broken["reported"]
        ]
    return salvaged


def _position(mark: Mark) -> tuple[int, int]:
    return mark.line, mark.column


# -- pydantic's errors, in the words of a person editing the file ---------------


def _unwrap(annotation: Any) -> Any:
    """The model, dict or list type behind Optional/Annotated wrappers."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        else:
            return annotation


def type_at(loc: Iterable[str | int]) -> Any:
    """The type the ledger expects at `loc` (a model, an enum, dict[...], …)."""
    current: Any = Ledger
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            info = current.model_fields.get(str(part))
            if info is None:
                return None
            current = info.annotation
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[0 if part == "[key]" else 1]
        elif typing.get_origin(current) is list:
            current = typing.get_args(current)[0]
        else:
            return None
    return _unwrap(current)


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """The closest choice to a misspelt word, if one is close enough."""
    options = list(choices)
    lowered = {c.lower(): c for c in options}
    if word.lower() in lowered:
        return lowered[word.lower()]
    normalised = word.lower().replace("-", "_").replace(" ", "_")
    if normalised in lowered:
        return lowered[normalised]
    close = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    if close:
        return lowered[close[0]]
    # 'airforce' for 'air', 'financial' for 'financing': a shared start.
    prefixed = [
        c
        for c in lowered
        if len(c) >= 3
        and normalised.startswith(c[:3])
        and (normalised.startswith(c) or c.startswith(normalised[:5]))
    ]
    return lowered[prefixed[0]] if len(prefixed) == 1 else None


def _choices_hint(kind: type[enum.Enum]) -> str:
    values = [str(m.value) for m in kind]
    if kind is Status:
        return "statuses, weakest to strongest: " + ", ".join(values)
    return "one of: " + ", ".join(values)


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a set of keys"
    if isinstance(value, list):
        return "a list"
    return f"the text {show_text(value)}"


def model_problem(error: ErrorDetails, document: Document, file: str) -> Problem:
    """One pydantic error -> one located, plain-English problem."""
    loc = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    is_key = bool(loc) and loc[-1] == "[key]"
    path: Path = loc[:-1] if is_key else loc
    name = str(path[-1]) if path else "ledger"
    mark = document.key_mark(path) if is_key else document.mark(path)
    message = error["msg"]
    hint = ""
    rule = "schema"

    if kind == "missing":
        parent = path[:-1]
        mark = document.key_mark(parent)
        message = f"{show_text(name)} is missing"
        hint = _missing_hint(path)
        rule = "missing-key"
    elif kind == "extra_forbidden":
        mark = document.key_mark(path)
        parent_type = type_at(path[:-1])
        allowed = (
            list(parent_type.model_fields)
            if isinstance(parent_type, type) and issubclass(parent_type, BaseModel)
            else []
        )
        guess = did_you_mean(name, allowed)
        message = f"unknown key {show_text(name)}"
        hint = (
            f"did you mean {show_text(guess)}?"
            if guess
            else "the keys allowed here are: " + ", ".join(allowed)
        )
        rule = "unknown-key"
    elif kind == "enum":
        expected = type_at((*path[:-1], "[key]") if is_key else loc)
        choices = (
            [str(m.value) for m in expected]
            if isinstance(expected, type) and issubclass(expected, enum.Enum)
            else []
        )
        noun = "domain" if is_key else name
        value = path[-1] if is_key else value
        message = f"{show_text(value)} is not a known {noun}"
        guess = did_you_mean(str(value), choices)
        listed = _choices_hint(expected) if choices else error["msg"]
        hint = f"did you mean {show_text(guess)}?" if guess else listed
        rule = f"unknown-{noun}"
    elif kind.startswith("date"):
        message = (
            f"{show_text(value)} is not a date"
            if value is not None
            else f"{show_text(name)} has no date"
        )
        hint = "write dates as YYYY-MM-DD, for example 2025-09-04"
        rule = "date"
    elif kind in ("int_parsing", "int_type", "int_from_float"):
        message = f"{_describe(value)} is not a whole number"
        hint = "write the number in digits, for example 26"
    elif kind in ("greater_than_equal",):
        message = f"{show_text(value)} is negative"
        hint = "write 0 or more"
    elif kind in ("string_type", "string_too_short"):
        if value is None or value == "" or (isinstance(value, str) and not value.strip()):
            message = f"{show_text(name)} is empty"
            hint = "write the text after the colon (in double quotes if it has ': ' or ' #')"
        else:
            message = f"expected text for {show_text(name)}, found {_describe(value)}"
            hint = "write the value on the same line as its key, in double quotes if needed"
    elif kind == "too_short":
        message = f"{show_text(name)} is empty"
        hint = (
            "a stance needs evidence: add at least one '- source: ID' with its 'quote: \"…\"'"
            if name == "evidence"
            else "add at least one item"
        )
        rule = "no-evidence" if name == "evidence" else "schema"
    elif kind == "list_type":
        message = f"expected a list for {show_text(name)}, found {_describe(value)}"
        hint = "write each item on its own line, indented, starting with '- '"
    elif kind in ("model_type", "dict_type", "model_attributes_type"):
        message = f"expected a set of keys for {show_text(name)}, found {_describe(value)}"
        hint = "indent the keys that belong to it under it, e.g. '  status: offered'"
    return Problem(file, mark.line, mark.column, Level.ERROR, message, dotted(path), hint, rule)


def _missing_hint(path: Path) -> str:
    name = str(path[-1])
    parent_type = type_at(path[:-1])
    description = ""
    if isinstance(parent_type, type) and issubclass(parent_type, BaseModel):
        info = parent_type.model_fields.get(name)
        if info is not None and info.description:
            text = info.description.rstrip(".")
            description = f" ({text[:1].lower()}{text[1:]})"
    if name == "evidence":
        return "a stance needs evidence: add at least one '- source: ID' with its 'quote: \"…\"'"
    return f"add '{name}: …'{description}"
