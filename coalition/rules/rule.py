"""A rule and its examples (see `coalition/rules/__init__.py`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from coalition.problems import Level


@dataclass(frozen=True)
class Example:
    """A ledger that shows a rule: its text (None: there is no file at
    all), other files beside it (archived sources), the encoding it is saved
    in, and the options `validate` is run with."""

    ledger: str | None
    files: Mapping[str, str] = field(default_factory=dict)
    encoding: str = "utf-8"
    options: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    stage: str  # read, model, check or edit: where in the pipeline it is raised
    summary: str  # one line: what is wrong
    rationale: str  # why it matters, and how to fix it
    fail: Example | None = None  # None for rules no ledger can trigger on its own
    passing: Example | None = None


# The ledger every example starts from: valid, and as small as a real one can
# be. An example changes one thing in it.
BASE = """\
title: Example ledger
as_of: 2025-09-04
sources:
  politico:
    publisher: Politico
    title: Ukraine allies ready to commit to post-war security guarantees
    published: 2025-09-04
countries:
  IT:
    group: coalition
    evidence:
      - source: politico
        quote: "POLITICO reported earlier this week that Italy is weighing participating"
    stances:
      air:
        status: considering
        detail: Air patrols
        evidence:
          - source: politico
            quote: "Italy is weighing participating in air patrols"
            attribution: reported
"""


def changed(old: str, new: str, text: str = BASE) -> str:
    """`text` with `old` replaced by `new`, which must be in it once."""
    if text.count(old) != 1:  # pragma: no cover - caught by the tests
        raise ValueError(f"{old!r} is not in the example exactly once")
    return text.replace(old, new)
