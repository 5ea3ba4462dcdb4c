"""`relative-day`: a quote says "on Tuesday", "yesterday" or "last week",
and its evidence gives no date of its own."""

from __future__ import annotations

from coalition.check.context import date_of, text_of
from coalition.check.reading import Finding, Stance, quoted, reading_check
from coalition.model.wording import relative_days_in
from coalition.problems import Level
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

_TUESDAY = changed(
    '"Italy is weighing participating in air patrols"',
    '"Italy said on Tuesday it is weighing participating in air patrols"',
)

RULE = Rule(
    id="relative-day",
    level=Level.WARNING,
    stage="check",
    summary="a quote says 'on Tuesday' or 'yesterday', and its evidence has no date",
    rationale=(
        "A day counted from the text's own date ('on Tuesday', 'yesterday', 'last week', "
        "'Friday', and their equivalents in the ledger's languages) is not the source's date: "
        "a timeline that dates the quote by its source puts it on the wrong day. Work the day "
        "out from the source's date and give it as the evidence's 'date:' (set --said-on). "
        "'Today' is the source's own date and needs nothing when the source is dated. If the "
        "source does not let you work it out, say so in the source's date_note and mark the "
        "evidence 'checked: true'."
    ),
    fail=Example(_TUESDAY),
    passing=Example(
        changed(
            "            attribution: reported\n",
            "            attribution: reported\n            date: 2025-09-02\n",
            _TUESDAY,
        )
    ),
)

# The text's own day: known whenever its source is dated.
_TODAY = frozenset(
    (
        "today",
        "tonight",
        "heute",
        "hoy",
        "hoje",
        "vandaag",
        "dzisiaj",
        "dnes",
        "danas",
        "сьогодні",
        "сегодня",
    )
)


def relative_day(stance: Stance) -> Finding | None:
    # Only the evidence whose words may say a day (`Stance.worded`).
    for index, item, texts in stance.worded:
        if date_of(item.get("date")) or str(item.get("checked", "")).lower() in ("true", "yes"):
            continue
        dated = stance.published.get(text_of(item.get("source")) or "") is not None
        for text in texts:
            days = tuple(w for w in relative_days_in(text) if not (dated and w.lower() in _TODAY))
            if days:
                return Finding(
                    days,
                    "date",
                    f"the quote says {quoted(days)} but its evidence has no date of its own",
                    "work out the day from the source's date and give it as 'date:' (set "
                    "--said-on DATE); if the source does not tell, say so in its date_note and "
                    "mark the evidence 'checked: true'",
                    index,
                )
    return None


CHECK = reading_check(RULE, relative_day, dates=True)
