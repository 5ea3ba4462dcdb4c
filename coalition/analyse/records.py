"""The ledger's own records compared, for `diff`: preconditions, reported
figures, and what is ignored (and why)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from coalition.analyse.change import Change, Kind
from coalition.check.quotes import normalise
from coalition.model.ledger import Ignored, Precondition, Reported


def _reported_key(figure: Reported) -> tuple[str, str]:
    return figure.source, figure.counts


def compare_preconditions(old: Sequence[Precondition], new: Sequence[Precondition]) -> list[Change]:
    before = {normalise(p.text): p for p in old}
    after = {normalise(p.text): p for p in new}
    return [
        Change(Kind.PRECONDITION_REMOVED, field="precondition", old=p.text)
        for key, p in before.items()
        if key not in after
    ] + [
        Change(
            Kind.PRECONDITION_ADDED, field="precondition", new=p.text, evidence=tuple(p.evidence)
        )
        for key, p in after.items()
        if key not in before
    ]


def compare_reported(old: Sequence[Reported], new: Sequence[Reported]) -> list[Change]:
    """Figures added, removed, and changed: a new value (old → new), or
    another of its fields (`status: offered` → `status: committed`)."""
    before = {_reported_key(f): f for f in old}
    after = {_reported_key(f): f for f in new}
    changes = [
        Change(Kind.REPORTED_REMOVED, field=f.counts, old=f.value)
        for key, f in before.items()
        if key not in after
    ]
    for key, figure in after.items():
        was = before.get(key)
        if was is None:
            changes.append(Change(Kind.REPORTED_ADDED, field=figure.counts, new=figure.value))
            continue
        if was.value != figure.value:
            changes.append(
                Change(Kind.REPORTED_CHANGED, field=figure.counts, old=was.value, new=figure.value)
            )
        changes += [
            Change(
                Kind.REPORTED_CHANGED,
                field=figure.counts,
                old=_said(name, getattr(was, name)),
                new=_said(name, getattr(figure, name)),
            )
            for name in Reported.model_fields
            if name not in ("value", "counts", "source")
            and getattr(was, name) != getattr(figure, name)
        ]
    return changes


def _said(name: str, value: object) -> str:
    """A field of a figure as a change names it: `status: committed`."""
    if value is None or value is False:
        return f"no {name}"
    text = value.isoformat() if isinstance(value, datetime.date) else str(value)
    return f"{name}: {text}"


def compare_ignored(
    old: Sequence[Ignored], new: Sequence[Ignored], field: str, kind: Kind = Kind.SOURCE_CHANGED
) -> list[Change]:
    """What is left out, and why: how many entries when their number
    changes, else each reason reworded (old → new)."""
    if len(old) != len(new):
        return [Change(kind, field=field, old=len(old), new=len(new))]
    reasons = {(i.text, i.country): i.reason for i in old}
    return [
        Change(kind, field=field, old=reasons[key], new=i.reason)
        for i in new
        if (key := (i.text, i.country)) in reasons and reasons[key] != i.reason
    ]
