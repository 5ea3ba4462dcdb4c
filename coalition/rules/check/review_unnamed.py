"""`review-unnamed`: a stance's `reviewed:` day is the day of a source that
neither names the country nor is quoted for it."""

from __future__ import annotations

import datetime
from collections import defaultdict

from coalition.check.context import Check, Context, date_of, evidence_as_written, text_of
from coalition.check.reading import stances
from coalition.model.countries import country_name, iso_countries
from coalition.model.names import names_country
from coalition.problems import Level, Problem
from coalition.rules.check.archive import archived_texts
from coalition.rules.examples import changed
from coalition.rules.rule import Example, Rule

_ROUNDUP = changed(
    "countries:\n",
    "  roundup:\n    publisher: Wire\n    title: Leaders meet in Berlin\n"
    "    published: 2025-09-05\n"
    "reported:\n  - value: 10\n    counts: leaders at the Berlin talks\n    source: roundup\n"
    '    quote: "Ten leaders met in Berlin to discuss the guarantees"\n'
    "countries:\n",
    changed("as_of: 2025-09-04", "as_of: 2025-09-05"),
)

RULE = Rule(
    id="review-unnamed",
    level=Level.WARNING,
    stage="check",
    summary="a stance reviewed on the day of a source that never names its country",
    rationale=(
        "A review stamps a stance as checked against the news of that day. Stamped on the day "
        "of a source that neither names the country nor is quoted for it (a roundup of the "
        "Berlin talks stamped on Finland, Italy and Romania, which it never mentions), the "
        "stamp claims a check that source cannot give. Review the stance against a source that "
        "speaks of the country, or remove the stamp. The source's archive is read when there "
        "is one; otherwise the quotes the ledger takes from it."
    ),
    fail=Example(
        changed(
            "        status: considering\n",
            "        status: considering\n        reviewed: 2025-09-05\n",
            _ROUNDUP,
        )
    ),
    passing=Example(_ROUNDUP),
)


def _texts(context: Context) -> dict[str, list[str]]:
    """What the ledger knows each source to say: its archive, or its quotes."""
    texts: dict[str, list[str]] = defaultdict(list)
    for _, item in evidence_as_written(context.data):
        source, quote = text_of(item.get("source")), text_of(item.get("quote"))
        if source and quote:
            texts[source].append(quote)
    for source, archive in archived_texts(context).items():
        texts[source] = [archive]
    return texts


def check_review_named(context: Context) -> list[Problem]:
    by_day: dict[datetime.date, list[str]] = defaultdict(list)
    for source_id, source in context.section("sources").items():
        if isinstance(source, dict) and (day := date_of(source.get("published"))) is not None:
            by_day[day].append(str(source_id))
    texts: dict[str, list[str]] | None = None
    problems = []
    for path, stance in stances(context):
        reviewed = date_of(stance.data.get("reviewed"))
        that_day = by_day.get(reviewed) if reviewed is not None else None
        if not that_day or stance.code not in iso_countries():
            continue
        cited = {text_of(item.get("source")) for _, item in stance.evidence}
        if cited & set(that_day):
            continue
        texts = _texts(context) if texts is None else texts
        if any(names_country(text, stance.code) for s in that_day for text in texts.get(s, [])):
            continue
        problems.append(
            context.problem(
                RULE,
                (*path, "reviewed"),
                f"reviewed on {reviewed}, the day of {', '.join(sorted(that_day))}, which never "
                f"names {country_name(stance.code)}",
                "review the stance against a source that speaks of the country, or remove the "
                "stamp",
            )
        )
    return problems


CHECK = Check(check_review_named, (RULE,))
