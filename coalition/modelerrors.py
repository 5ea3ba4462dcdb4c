"""pydantic's validation errors, in the words of a person editing the file.

Each error becomes a `Problem` at the line and column to edit: the key for an
unknown or misspelt key, the parent's key for a missing one, the value for a
wrong value, with a suggestion drawn from what the model accepts there.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from coalition.models import Ledger, Status
from coalition.problems import Level, Problem, dotted, show_text
from coalition.suggest import did_you_mean
from coalition.yamlread import Document, Path


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


def model_problems(errors: Iterable[ErrorDetails], document: Document, file: str) -> list[Problem]:
    """Every error as a problem, but one mistake, one message: `Status:`
    for `status:` is an unknown key that says "did you mean 'status'?", not
    also a missing `status`."""
    errors = list(errors)
    misspelt = set()
    for error in errors:
        if error["type"] == "extra_forbidden":
            parent, name = tuple(error["loc"][:-1]), str(error["loc"][-1])
            allowed = type_at(parent)
            if isinstance(allowed, type) and issubclass(allowed, BaseModel):
                guess = did_you_mean(name, list(allowed.model_fields))
                if guess is not None:
                    misspelt.add((*parent, guess))
    return [
        model_problem(error, document, file)
        for error in errors
        if not (error["type"] == "missing" and tuple(error["loc"]) in misspelt)
    ]
