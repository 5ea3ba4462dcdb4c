"""`review-too-old`: a stance's `reviewed:` day is before the newest of the
evidence it reviews was said or published."""

from __future__ import annotations

import datetime

from coalition.check.context import date_of
from coalition.check.reading import Finding, Stance, reading_check
from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

RULE = Rule(
    id="review-too-old",
    level=Level.WARNING,
    stage="check",
    summary="a stance reviewed before its newest evidence",
    rationale=(
        "'reviewed:' says a person checked on that day that the stance still holds. A review "
        "dated before a piece of its evidence was said or published cannot have seen it, and "
        "tells the reader the stance is fresher than anyone has checked. Review the stance "
        "again against its evidence ('coalition review'), or remove the old 'reviewed:'."
    ),
    fail=Example(
        changed(
            "        status: considering\n",
            "        status: considering\n        reviewed: 2025-09-01\n",
        )
    ),
    passing=Example(
        changed(
            "        status: considering\n",
            "        status: considering\n        reviewed: 2025-09-04\n",
        )
    ),
)


def review_too_old(stance: Stance) -> Finding | None:
    reviewed = date_of(stance.data.get("reviewed"))
    if reviewed is None:
        return None
    days = [day for _, item in stance.evidence if (day := stance.said_on(item)) is not None]
    newest: datetime.date | None = max(days, default=None)
    if newest is None or reviewed >= newest:
        return None
    return Finding(
        (reviewed.isoformat(),),
        "reviewed",
        f"reviewed on {reviewed.isoformat()}, before its newest evidence ({newest.isoformat()})",
        "review the stance again against its evidence (coalition review), or remove the old "
        "'reviewed:'",
    )


CHECK = reading_check(RULE, review_too_old, dates=True)
