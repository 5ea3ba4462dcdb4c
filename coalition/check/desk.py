"""What a news desk checks before publishing: warnings that `--strict` turns
into errors."""

from __future__ import annotations

from coalition.check.context import (
    Context,
    check,
    date_of,
    items_of,
    stances_as_written,
    text_of,
)
from coalition.model.vocabulary import Status
from coalition.problems import Level, Problem, show_text
from coalition.read.document import Path

STATUS_VALUES = frozenset(s.value for s in Status)


@check("stale-stance", "undated-evidence")
def check_stale_stances(context: Context) -> list[Problem]:
    as_of = date_of(context.data.get("as_of"))
    if as_of is None:
        return []
    published = {
        source_id: date_of(source.get("published"))
        for source_id, source in context.section("sources").items()
        if isinstance(source, dict)
    }
    problems = []
    for path, stance in stances_as_written(context.section("countries")):
        # Only evidence citing a defined source: an undefined one is an error already.
        dates = [
            date_of(item.get("date")) or published[text_of(item.get("source")) or ""]
            for _, item in items_of(stance.get("evidence"))
            if isinstance(item, dict) and (text_of(item.get("source")) or "") in published
        ]
        newest = max((d for d in dates if d is not None), default=None)
        reviewed = date_of(stance.get("reviewed"))
        if reviewed is not None and (as_of - reviewed).days <= context.stale_after:
            continue  # a person checked recently that it still holds
        if newest is None:
            if dates:
                problems.append(_undated(context, path))
            continue
        age = (as_of - newest).days
        if age > context.stale_after:
            problems.append(
                context.problem(
                    path,
                    Level.WARNING,
                    f"the newest evidence is from {newest.isoformat()}, {age} days before as_of "
                    f"({as_of.isoformat()})",
                    "find newer reporting, or check that the stance still holds and mark it "
                    f"reviewed (`coalition review`); the limit is {context.stale_after} days "
                    "(--stale-after)",
                    rule="stale-stance",
                    at_key=True,
                )
            )
    return problems


def _undated(context: Context, path: Path) -> Problem:
    return context.problem(
        path,
        Level.NOTE,
        "no date is known for any quote of this stance, so whether it is stale was not checked",
        "nothing to fix if the dates are really unknown; a quote's own 'date:' counts if the "
        "source says when it was said",
        rule="undated-evidence",
        at_key=True,
    )


@check("group-unsupported")
def check_groups_supported(context: Context) -> list[Problem]:
    """A country said to be in the coalition, or a partner, on whose word?
    (Opt-in: only under --strict.)"""
    if not context.strict:
        return []
    return [
        context.problem(
            ("countries", code, "group"),
            Level.WARNING,
            f"nothing supports {show_text(code)} being {country.get('group')}: the country "
            "has no evidence of its own",
            "add a quote that says so under the country's 'evidence' (what the group or role "
            "rests on), or change the group",
            rule="group-unsupported",
        )
        for code, country in context.section("countries").items()
        if isinstance(country, dict)
        and str(country.get("group")) in ("coalition", "partner")
        and not items_of(country.get("evidence"))
    ]


@check("no-stance")
def check_countries_have_stances(context: Context) -> list[Problem]:
    """A country with neither a stance nor a role is an entry left unfinished."""
    return [
        context.problem(
            ("countries", code),
            Level.WARNING,
            f"{show_text(code)} has no stance and no role",
            "add what the sources say it does (or refuses), or remove the country",
            rule="no-stance",
            at_key=True,
        )
        for code, country in context.section("countries").items()
        if isinstance(country, dict)
        and not country.get("overall")
        and not country.get("stances")
        and not country.get("role")
    ]


@check("reported-exceeded")
def check_reported_figures(context: Context) -> list[Problem]:
    """A source that counts 26 committed countries allows at most 26 of them."""
    strongest: dict[str | int, int] = {}
    for path, stance in stances_as_written(context.section("countries")):
        status = stance.get("status")
        if isinstance(status, str) and status in STATUS_VALUES:
            strongest[path[1]] = max(strongest.get(path[1], -1), Status(status).rank)
    problems = []
    for index, figure in items_of(context.data.get("reported")):
        status = figure.get("status") if isinstance(figure, dict) else None
        value = figure.get("value") if isinstance(figure, dict) else None
        if not isinstance(status, str) or status not in STATUS_VALUES:
            continue
        if not isinstance(value, str) or not value.isdigit():
            continue
        named = sum(1 for rank in strongest.values() if rank >= Status(status).rank)
        if named > int(value):
            problems.append(
                context.problem(
                    ("reported", index, "value"),
                    Level.WARNING,
                    f"the ledger has {named} countries {status} or stronger, more than the "
                    f"{value} this figure counts",
                    "check the statuses against the sources, or find the newer figure",
                    rule="reported-exceeded",
                )
            )
    return problems
