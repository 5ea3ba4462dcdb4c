"""pydantic's validation errors, in the words of a person editing the file.

Each error becomes a `Problem` at the line and column to edit: the key for an
unknown or misspelt key, the parent's key for a missing one, the value for a
wrong value, with a suggestion drawn from what the model accepts there.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from coalition.model.ledger import Ledger
from coalition.model.suggest import did_you_mean
from coalition.model.vocabulary import Status
from coalition.problems import Problem, dotted, show_text
from coalition.read.document import Document, Mark, Path
from coalition.rules.model.amount_currency import RULE as AMOUNT_CURRENCY
from coalition.rules.model.amount_range import RULE as AMOUNT_RANGE
from coalition.rules.model.date import RULE as DATE
from coalition.rules.model.missing_key import RULE as MISSING_KEY
from coalition.rules.model.no_evidence import RULE as NO_EVIDENCE
from coalition.rules.model.schema import RULE as SCHEMA
from coalition.rules.model.unknown_attribution import RULE as UNKNOWN_ATTRIBUTION
from coalition.rules.model.unknown_date_basis import RULE as UNKNOWN_DATE_BASIS
from coalition.rules.model.unknown_domain import RULE as UNKNOWN_DOMAIN
from coalition.rules.model.unknown_group import RULE as UNKNOWN_GROUP
from coalition.rules.model.unknown_key import RULE as UNKNOWN_KEY
from coalition.rules.model.unknown_status import RULE as UNKNOWN_STATUS
from coalition.rules.model.url import RULE as URL
from coalition.rules.rule import Rule


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
        elif typing.get_origin(current) in (list, tuple):
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


@dataclass
class _Found:
    """What one pydantic error says, being put into words."""

    error: ErrorDetails
    document: Document
    loc: tuple[str | int, ...]
    path: Path
    name: str
    is_key: bool
    value: Any
    mark: Mark
    message: str
    hint: str = ""
    rule: Rule = SCHEMA


def model_problem(error: ErrorDetails, document: Document, file: str) -> Problem:
    """One pydantic error -> one located, plain-English problem."""
    loc = tuple(error["loc"])
    is_key = bool(loc) and loc[-1] == "[key]"
    path: Path = loc[:-1] if is_key else loc
    found = _Found(
        error,
        document,
        loc,
        path,
        str(path[-1]) if path else "ledger",
        is_key,
        error.get("input"),
        document.key_mark(path) if is_key else document.mark(path),
        error["msg"],
    )
    kind = error["type"]
    handler = _HANDLERS.get(kind) or next(
        (h for prefix, h in _PREFIX_HANDLERS if kind.startswith(prefix)), None
    )
    if handler is not None:
        handler(found)
    mark = found.mark
    return found.rule.problem(
        file, mark.line, mark.column, found.message, path=dotted(found.path), hint=found.hint
    )


def _missing(found: _Found) -> None:
    found.mark = found.document.key_mark(found.path[:-1])
    found.message = f"{show_text(found.name)} is missing"
    found.hint = _missing_hint(found.path)
    found.rule = MISSING_KEY


def _extra(found: _Found) -> None:
    found.mark = found.document.key_mark(found.path)
    parent_type = type_at(found.path[:-1])
    allowed = (
        list(parent_type.model_fields)
        if isinstance(parent_type, type) and issubclass(parent_type, BaseModel)
        else []
    )
    guess = did_you_mean(found.name, allowed)
    found.message = f"unknown key {show_text(found.name)}"
    found.hint = (
        f"did you mean {show_text(guess)}?"
        if guess
        else "the keys allowed here are: " + ", ".join(allowed)
    )
    found.rule = UNKNOWN_KEY


# The rule of an unknown word, by the field (or key) it was found in.
_UNKNOWN_WORD_RULES = {
    "date_basis": UNKNOWN_DATE_BASIS,
    "status": UNKNOWN_STATUS,
    "group": UNKNOWN_GROUP,
    "attribution": UNKNOWN_ATTRIBUTION,
    "domain": UNKNOWN_DOMAIN,
}


def _enum(found: _Found) -> None:
    path, is_key = found.path, found.is_key
    expected = type_at((*path[:-1], "[key]") if is_key else found.loc)
    choices = (
        [str(m.value) for m in expected]
        if isinstance(expected, type) and issubclass(expected, enum.Enum)
        else []
    )
    noun = "domain" if is_key else found.name
    value = path[-1] if is_key else found.value
    found.message = f"{show_text(value)} is not a known {noun}"
    guess = did_you_mean(str(value), choices)
    listed = _choices_hint(expected) if choices else found.error["msg"]
    found.hint = f"did you mean {show_text(guess)}?" if guess else listed
    found.rule = _UNKNOWN_WORD_RULES.get(noun, SCHEMA)


def _date(found: _Found) -> None:
    found.message = (
        f"{show_text(found.value)} is not a date"
        if found.value is not None
        else f"{show_text(found.name)} has no date"
    )
    found.hint = "write dates as YYYY-MM-DD, for example 2025-09-04"
    found.rule = DATE


def _number(found: _Found) -> None:
    found.message = f"{_describe(found.value)} is not a whole number"
    found.hint = "write the number in digits, for example 26"


def _negative(found: _Found) -> None:
    found.message = f"{show_text(found.value)} is negative"
    found.hint = "write 0 or more"


def _string(found: _Found) -> None:
    value = found.value
    if value is None or value == "" or (isinstance(value, str) and not value.strip()):
        found.message = f"{show_text(found.name)} is empty"
        found.hint = "write the text after the colon (in double quotes if it has ': ' or ' #')"
    else:
        found.message = f"expected text for {show_text(found.name)}, found {_describe(value)}"
        found.hint = "write the value on the same line as its key, in double quotes if needed"


def _too_short(found: _Found) -> None:
    found.message = f"{show_text(found.name)} is empty"
    if found.name == "evidence":
        found.hint = _EVIDENCE_HINT
        found.rule = NO_EVIDENCE
    else:
        found.hint = "add at least one item"


def _list(found: _Found) -> None:
    found.message = f"expected a list for {show_text(found.name)}, found {_describe(found.value)}"
    found.hint = "write each item on its own line, indented, starting with '- '"


def _mapping(found: _Found) -> None:
    found.message = (
        f"expected a set of keys for {show_text(found.name)}, found {_describe(found.value)}"
    )
    found.hint = "indent the keys that belong to it under it, e.g. '  status: offered'"


def _flag(found: _Found) -> None:
    found.message = f"{_describe(found.value)} is not true or false"
    found.hint = "write true or false"


def _pattern(found: _Found) -> None:
    if found.name == "url":
        found.message = f"{show_text(found.value)} is not a web address (http:// or https://)"
        found.hint = "give the page's http(s) address, or leave url out"
        found.rule = URL
        return
    found.message = f"{show_text(found.value)} is not a SHA-256 (64 hexadecimal digits)"
    found.hint = "leave it out, or let `coalition add-source --archive` record it"


def _amount_number(found: _Found) -> None:
    found.message = f"{_describe(found.value)} is not a number"
    found.hint = (
        "write the number in digits, without units, words or commas (20000000 for '€20m', "
        "1500 for '1,500'); the source's own words go in 'words'"
    )


def _amount_unbounded(found: _Found) -> None:
    found.path = found.path[:-1]  # the amount: its max is missing, not wrong
    found.mark = found.document.mark(found.path)
    found.message = "the figure has neither 'min' nor 'max'"
    found.hint = (
        "give what the source gives: 'max' for 'up to 100', 'min' for 'at least 100', both "
        "(equal) for '100'"
    )
    found.rule = AMOUNT_RANGE


def _amount_order(found: _Found) -> None:
    context = found.error.get("ctx") or {}
    found.message = f"'min' ({context.get('min')}) is more than 'max' ({context.get('max')})"
    found.hint = "swap them: 'min' is the lowest figure the source gives, 'max' the highest"
    found.rule = AMOUNT_RANGE


def _amount_currency(found: _Found) -> None:
    code = (found.error.get("ctx") or {}).get("code", "")
    found.message = f"{show_text(found.value)} is money: write its ISO 4217 code"
    found.hint = (
        f"write 'unit: {code.split()[0]}'"
        + (f" (or {code.split()[-1]})" if " or " in code else "")
        + ", and the whole amount in 'min' and 'max' (20000000 for '€20m')"
    )
    found.rule = AMOUNT_CURRENCY


_HANDLERS: dict[str, Callable[[_Found], None]] = {
    "amount_number": _amount_number,
    "amount_unbounded": _amount_unbounded,
    "amount_order": _amount_order,
    "amount_currency": _amount_currency,
    "bool_parsing": _flag,
    "bool_type": _flag,
    "string_pattern_mismatch": _pattern,
    "missing": _missing,
    "extra_forbidden": _extra,
    "enum": _enum,
    "int_parsing": _number,
    "int_type": _number,
    "int_from_float": _number,
    "greater_than_equal": _negative,
    "string_type": _string,
    "string_too_short": _string,
    "too_short": _too_short,
    "list_type": _list,
    "model_type": _mapping,
    "dict_type": _mapping,
    "model_attributes_type": _mapping,
}
_PREFIX_HANDLERS: tuple[tuple[str, Callable[[_Found], None]], ...] = (("date", _date),)

_EVIDENCE_HINT = "a stance needs evidence: add at least one '- source: ID' with its 'quote: \"…\"'"


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
        return _EVIDENCE_HINT
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
