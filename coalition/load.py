"""load_ledger(path) -> (Ledger | None, problems): the one way a ledger is read.

Reading never raises for bad data: YAML problems, model errors (mapped back to
the line and column a person must edit, in plain words) and the cross-record
checks all come back as `Problem`s, like beancount's loader returns its errors.
"""

from __future__ import annotations

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
from coalition.suggest import did_you_mean
from coalition.yamlread import Document, Mark, Path, read_yaml


@dataclass
class Loaded:
    """A ledger as read from one file: the model when it is well-formed, the
    positions of everything in it, and every problem found."""

    file: str
    ledger: Ledger | None
    document: Document | None
    problems: list[Problem] = field(default_factory=list)


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
    loaded.ledger = _validate(document, file, problems)
    from coalition.checks import run_checks

    problems += run_checks(document, file, base=base)
    return _sorted(loaded)


def _sorted(loaded: Loaded) -> Loaded:
    loaded.problems = sorted(set(loaded.problems))
    return loaded


def _validate(document: Document, file: str, problems: list[Problem]) -> Ledger | None:
    try:
        return Ledger.model_validate(document.data)
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
    return None


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
