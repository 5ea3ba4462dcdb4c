"""load_ledger(path) -> (Ledger | None, problems): the one way a ledger is read.

read (bytes -> data with positions) -> model (pydantic) -> check (cross-record)
are run here, in that order, and nowhere else.

Reading never raises for bad data: YAML problems, model errors (mapped back to
the line and column a person must edit, in plain words) and the cross-record
checks all come back as `Problem`s, like beancount's loader returns its errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path as FilePath

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from coalition.model.errors import model_problems
from coalition.model.ledger import Country, Ledger
from coalition.model.reuse import Records
from coalition.model.vocabulary import Group
from coalition.problems import Level, Problem, capped
from coalition.read import Document, read_yaml
from coalition.read.blocks import BlockReader
from coalition.read.files import Unreadable, read_bytes
from coalition.rules.read.io import RULE as IO
from coalition.rules.read.structure import RULE as STRUCTURE


@dataclass
class Versions:
    """What reading one version of a ledger leaves for reading the next
    (the versions of a history, the file after an edit): its blocks of text
    and the models of its records."""

    blocks: BlockReader = field(default_factory=BlockReader)
    records: Records = field(default_factory=Records)


@dataclass(frozen=True)
class Size:
    """How much a well-formed ledger holds: what the line that ends
    `validate`'s report says of it, kept when the model itself is not."""

    countries: int
    stances: int
    sources: int

    @classmethod
    def of(cls, ledger: Ledger) -> Size:
        stances = sum(_stances_in(country) for country in ledger.countries.values())
        return cls(len(ledger.countries), stances, len(ledger.sources))


def _stances_in(country: Country) -> int:
    return len(country.stances) + (country.overall is not None)


@dataclass
class Loaded:
    """A ledger as read from one file: the model when it is well-formed, the
    positions of everything in it, and every problem found."""

    file: str
    ledger: Ledger | None
    document: Document | None
    problems: list[Problem] = field(default_factory=list)
    size: Size | None = None  # when the model is well-formed


def _unreadable(file: str, message: str) -> Loaded:
    hint = "check the path, or pass the ledger with --ledger PATH"
    return Loaded(file, None, None, [IO.problem(file, 0, 0, message, hint=hint)])


def load_ledger(
    path: str | FilePath,
    *,
    pure_yaml: bool = False,
    stale_after: int = 90,
    strict: bool = False,
    errors_only: bool = False,
    keep: bool = True,
) -> Loaded:
    """Read, parse, validate and check the ledger at `path` (with
    `errors_only`, only what could make it invalid).

    Without `keep`, only the problems come back (what `validate` needs): the
    model is let go as soon as its problems are known, before the checks
    run, and the data after them, so that a large ledger's model is never in
    memory beside the checks' readings. The file's bytes go once read.
    """
    file = str(path)
    try:
        document, problems = read_yaml(read_bytes(path), file, pure=pure_yaml)
    except Unreadable as error:
        return _unreadable(file, f"cannot read the file: {error}")
    return _after_reading(
        document,
        problems,
        file,
        base=FilePath(path).parent,
        stale_after=stale_after,
        strict=strict,
        errors_only=errors_only,
        keep=keep,
    )


def load_ledger_bytes(
    data: bytes,
    file: str,
    *,
    base: FilePath | None = None,
    pure_yaml: bool = False,
    stale_after: int = 90,
    strict: bool = False,
    errors_only: bool = False,
    versions: Versions | None = None,
    checked: bool = True,
) -> Loaded:
    """Like `load_ledger`, for bytes that came from elsewhere (a git revision).

    `base` is the folder that archive paths are relative to; without one,
    quotes are not checked against archives. `versions`, when it read
    another version of the same ledger before, parses and validates only
    what changed since. Without `checked`, the checks do not run (reading
    and the model's problems only), for a caller that knows their answer.
    """
    if versions is not None and not pure_yaml:
        document, problems = versions.blocks.read(data, file)
    else:
        document, problems = read_yaml(data, file, pure=pure_yaml)
    return _after_reading(
        document,
        problems,
        file,
        base=base,
        stale_after=stale_after,
        strict=strict,
        errors_only=errors_only,
        versions=versions,
        checked=checked,
    )


def _after_reading(
    document: Document | None,
    problems: list[Problem],
    file: str,
    *,
    base: FilePath | None,
    stale_after: int,
    strict: bool,
    errors_only: bool,
    versions: Versions | None = None,
    keep: bool = True,
    checked: bool = True,
) -> Loaded:
    """The model and the checks of a ledger read (see `load_ledger`)."""
    loaded = Loaded(file, None, document, problems)
    if document is None:
        return _sorted(loaded)
    if not isinstance(document.data, dict):
        found = "a list" if isinstance(document.data, list) else "a single text"
        top = document.mark(())
        problems.append(
            STRUCTURE.problem(
                file,
                top.line,
                top.column,
                f"the ledger must be a set of keys (title, as_of, sources, countries), "
                f"but this file holds {found}",
                hint="start from `coalition init` or the example in docs/ledger-format.md",
            )
        )
        return _sorted(loaded)
    if keep or versions is not None:
        ledger = _validate(document, file, problems, versions)
        if ledger is not None:
            loaded.size = Size.of(ledger)
        loaded.ledger = ledger if keep else None
        del ledger
    else:
        loaded.size = _validated_size(document, file, problems)
    if checked:
        from coalition.check import run_checks

        problems += run_checks(
            document,
            file,
            base=base,
            stale_after=stale_after,
            strict=strict,
            errors_only=errors_only,
        )
    if not keep:
        loaded.document = None
    return _sorted(loaded)


def _sorted(loaded: Loaded) -> Loaded:
    loaded.problems = capped(set(loaded.problems))
    return loaded


# Stands for every country while the ledger around them is validated: a
# model instance is taken as it is.
_STAND_IN = Country(group=Group.COALITION)


def _validated_size(document: Document, file: str, problems: list[Problem]) -> Size | None:
    """The model's problems and, when it is well-formed, its size, with no
    more than one country's model in memory at a time: each country is
    validated alone and let go, then the ledger around them with a stand-in
    for each. The same errors at the same places as validating the whole
    (tests/test_load.py); the models of a large ledger, all at once, are
    most of `validate`'s peak memory beside its data."""
    data = document.data
    countries = data.get("countries")
    if not isinstance(countries, dict) or not countries:
        ledger = _validate(document, file, problems, None)
        return None if ledger is None else Size.of(ledger)
    errors: list[ErrorDetails] = []
    stances = 0
    for code, value in countries.items():
        try:
            stances += _stances_in(Country.model_validate(value))  # and the model is let go
        except ValidationError as error:
            for found in error.errors(include_url=False):
                found["loc"] = ("countries", code, *found["loc"])
                errors.append(found)
    around: Ledger | None = None
    try:
        around = Ledger.model_validate({**data, "countries": dict.fromkeys(countries, _STAND_IN)})
    except ValidationError as error:
        errors += error.errors(include_url=False)
    if errors or around is None:
        _report(errors, document, file, problems)
        return None
    return Size(len(around.countries), stances, len(around.sources))


def _report(
    errors: list[ErrorDetails], document: Document, file: str, problems: list[Problem]
) -> None:
    # A value already reported while reading (an alias, a control character)
    # needs no second message from the model.
    reported = {p.path for p in problems if p.path and p.level >= Level.ERROR}
    problems += [
        problem
        for problem in model_problems(errors, document, file)
        if problem.path not in reported
    ]


def _validate(
    document: Document, file: str, problems: list[Problem], versions: Versions | None
) -> Ledger | None:
    if versions is not None:
        try:
            ledger = Ledger.model_validate(versions.records.substitute(document.data))
        except ValidationError:
            pass  # validated again from the data alone, for every error's place
        else:
            versions.records.remember(document.data, ledger)
            return ledger
    try:
        return Ledger.model_validate(document.data)
    except ValidationError as error:
        _report(error.errors(include_url=False), document, file, problems)
    return None
