"""What the fact-checker's rules read: each stance with what its words ask.

A claim rule (`coalition/rules/check/`: hedge-missing, scope-missing and the
others) is a pure reading of one stance, `Stance -> Finding | None`: the
words that triggered it and the field that would settle it, as values. The
check, the corpus that measures the rules and an edit that warns about its
own change all call the same readings; `reading_check` turns one into a
check. The word lists are `coalition/model/wording.py`'s, the status cues
`coalition/model/cues.py`'s.

Evidence a person marked `checked: true` is taken as read (the rules never
make a journalist change a true entry), except by the rules about dates,
which reading cannot settle.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from coalition.check.context import (
    Check,
    Context,
    date_of,
    items_of,
    stances_as_written,
    text_of,
)
from coalition.model.vocabulary import Status
from coalition.model.wording import hedges_in, may_hold_words
from coalition.problems import Problem
from coalition.read.document import Path
from coalition.rules.rule import Rule


@dataclass(frozen=True)
class Finding:
    """What one rule found in one stance: the words, and where to settle it.

    `field` is the key a journalist fills in or corrects (under the stance,
    or under the country with `at_country`); `evidence` the index of the piece
    of evidence whose words triggered it, if one did: the problem points
    there, at the words."""

    words: tuple[str, ...]
    field: str
    message: str
    hint: str
    evidence: int | None = None
    at_country: bool = False


@dataclass(frozen=True)
class Stance:
    """A stance as written, with what the readings need around it: its
    country's role and the sources' dates.

    Eleven rules read every stance of a ledger that may hold tens of
    thousands: what they all ask (the status, whether a person checked it,
    the texts of each piece of evidence) is worked out once per stance."""

    code: str
    column: str  # "overall" or a domain
    data: Mapping[str, Any]
    evidence: tuple[tuple[int, Mapping[str, Any]], ...]
    role: str | None = None
    published: Mapping[str, datetime.date | None] = field(default_factory=dict)

    @functools.cached_property
    def status(self) -> Status | None:
        value = text_of(self.data.get("status"))
        try:
            return Status(value) if value else None
        except ValueError:
            return None

    @functools.cached_property
    def checked(self) -> bool:
        for _, item in self.evidence:
            value = item.get("checked")  # most evidence has none
            if value is not None and str(value).strip().lower() in ("true", "yes"):
                return True
        return False

    @functools.cached_property
    def whole(self) -> bool:
        """`claimed(self)`."""
        if self.status is None or self.checked:
            return False
        items = [
            item
            for _, item in items_of(self.data.get("evidence"))
            if isinstance(item, dict) and item.get("status") in (None, self.data.get("status"))
        ]
        return bool(items) and len(items) == len(self.evidence)

    @functools.cached_property
    def texts(self) -> tuple[tuple[int, tuple[str, ...]], ...]:
        """Each piece of evidence's index and texts (`words_of`)."""
        return tuple((index, words_of(item)) for index, item in self.evidence)

    @functools.cached_property
    def worded(self) -> tuple[tuple[int, Mapping[str, Any], tuple[str, ...]], ...]:
        """The pieces of evidence (index, item, texts) with the texts that
        may hold a word of the word lists (`may_hold_words`), in order: the
        only ones the rules that look for such words need to read, most
        quotes holding none."""
        found = []
        for (index, item), (_, words) in zip(self.evidence, self.texts, strict=True):
            worded = tuple(text for text in words if may_hold_words(text))
            if worded:
                found.append((index, item, worded))
        return tuple(found)

    def said_on(self, item: Mapping[str, Any]) -> datetime.date | None:
        """When a piece of evidence was said: its own date, else its source's."""
        return date_of(item.get("date")) or self.published.get(text_of(item.get("source")) or "")


def stance_of(
    code: str,
    column: str,
    data: Mapping[str, Any],
    *,
    role: str | None = None,
    published: Mapping[str, datetime.date | None] | None = None,
) -> Stance:
    """A stance to read: the quotes for its status. Evidence without a quote
    is left out (the model has reported it), and so is a quote with a status
    of its own (an earlier position, or a contradicting source): it bears
    that status, not this one (`contradiction-unresolved` reads those)."""
    status = data.get("status")
    evidence = tuple(
        (int(index), item)
        for index, item in items_of(data.get("evidence"))
        if isinstance(item, dict)
        and text_of(item.get("quote"))
        and item.get("status") in (None, status)
    )
    return Stance(code, column, data, evidence, role, published or {})


def claimed(stance: Stance) -> bool:
    """Whether a stance's claim can be read whole: a status, and every piece
    of evidence for it with its quote (a quote the model refuses has been
    reported already), and no person has checked it. Worked out once per
    stance (`Stance.whole`): two rules ask."""
    return stance.whole


def words_of(item: Mapping[str, Any]) -> tuple[str, ...]:
    """The quote and its translation, the translation first: a quote in
    another language carries one, and the word lists are richest in English."""
    texts = []
    for value in (item.get("translation"), item.get("quote")):  # as `text_of` reads them
        if isinstance(value, str) and (text := value.strip()):
            texts.append(text)
    return tuple(texts)


def first_words(
    stance: Stance,
    find: Callable[[str], tuple[str, ...]],
    items: Iterable[tuple[int, Mapping[str, Any]]] | None = None,
) -> tuple[int | None, tuple[str, ...]]:
    """The first piece of evidence in which `find` finds words, and the
    words (each once). `find` is a finder of `coalition/model/wording.py`
    other than the topic's: it finds nothing in a text `may_hold_words`
    shuts out, so only the stance's `worded` texts are read."""
    texts = (
        ((index, words) for index, _, words in stance.worded)
        if items is None
        else ((i, words_of(item)) for i, item in items)
    )
    for index, words in texts:
        for text in words:
            found = find(text)
            if found:
                return index, tuple(dict.fromkeys(found))
    return None, ()


def quoted(words: Iterable[str]) -> str:
    return ", ".join(f"'{word}'" for word in words)


def hedged(stance: Stance) -> bool:
    """A hedge recorded, or hedging words in any evidence."""
    if text_of(stance.data.get("hedge")):
        return True
    return any(hedges_in(text) for _, _, words in stance.worded for text in words)


def stances(context: Context) -> list[tuple[Path, Stance]]:
    """Every stance of the ledger to read, with its path; found once per run
    for all the claim rules."""
    if "stances" not in context.shared:
        published = {
            source_id: date_of(source.get("published"))
            for source_id, source in context.section("sources").items()
            if isinstance(source, dict)
        }
        countries = context.section("countries")
        found = []
        for path, data in stances_as_written(countries):
            code = str(path[1])
            country = countries.get(code)
            role = text_of(country.get("role")) if isinstance(country, dict) else None
            column = "overall" if path[2] == "overall" else str(path[3])
            found.append((path, stance_of(code, column, data, role=role, published=published)))
        context.shared["stances"] = found
    result: list[tuple[Path, Stance]] = context.shared["stances"]
    return result


Reading = Callable[[Stance], Finding | None]


def read_stance(reading: Reading, stance: Stance, *, dates: bool = False) -> Finding | None:
    """`reading` of `stance`; None for a stance with no status or no quote,
    and (unless the reading is about `dates`) for checked evidence."""
    if stance.status is None or not stance.evidence or (stance.checked and not dates):
        return None
    return reading(stance)


def problem_of(context: Context, rule: Rule, path: Path, finding: Finding) -> Problem:
    """The problem a finding makes, pointing at the words that triggered it
    (or at the field, or at the stance when the field is missing)."""
    if finding.evidence is not None:
        return context.problem(
            rule, (*path, "evidence", finding.evidence), finding.message, finding.hint
        )
    holder = path[:2] if finding.at_country else path
    if isinstance(context.document.data, dict) and _has(context, (*holder, finding.field)):
        return context.problem(rule, (*holder, finding.field), finding.message, finding.hint)
    return context.problem(rule, holder, finding.message, finding.hint, at_key=True)


def _has(context: Context, path: Path) -> bool:
    value: Any = context.document.data
    for part in path:
        if isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return False
    return True


def reading_check(rule: Rule, reading: Reading, *, dates: bool = False) -> Check:
    """The check that reads every stance with `reading` and reports what it
    finds as problems of `rule`."""

    def check(context: Context) -> list[Problem]:
        problems = []
        for path, stance in stances(context):
            finding = read_stance(reading, stance, dates=dates)
            if finding is not None:
                problems.append(problem_of(context, rule, path, finding))
        return problems

    # The check is the rule's: it lives, for every purpose, in the rule's module.
    check.__name__ = check.__qualname__ = f"check_{rule.id.replace('-', '_')}"
    check.__module__ = reading.__module__
    return Check(check, (rule,))
