"""History that changes without saying why: what `validate --since REV` finds.

A downgrade, a removed stance or country, or a removed quote is either news (a
later statement, so the same stance gains new evidence) or a correction of
the ledger's own mistake (a correction entry says why). Anything else is a
silent rewrite of the record, which a newsroom's CI can refuse in a pull
request.
"""

from __future__ import annotations

from coalition.analyse.change import Change, Direction, Kind
from coalition.analyse.diff import diff_ledgers
from coalition.model.ledger import Ledger
from coalition.problems import Problem, dotted
from coalition.read.document import Document, Path
from coalition.rules.check.uncorrected_rewrite import RULE as UNCORRECTED_REWRITE

_REMOVALS = frozenset({Kind.STANCE_REMOVED, Kind.COUNTRY_REMOVED, Kind.EVIDENCE_REMOVED})


def _path(change: Change) -> Path:
    """Where in the new file the change is to be seen (what is left of it)."""
    if change.country is None:
        return ()
    if change.domain is None:
        return ("countries", change.country)
    if change.domain == "overall":
        return ("countries", change.country, "overall")
    return ("countries", change.country, "stances", change.domain)


def _needs_reason(change: Change, news: set[tuple[str | None, str | None]]) -> bool:
    if change.corrected:
        return False
    if change.kind in (Kind.STANCE_REMOVED, Kind.COUNTRY_REMOVED):
        return True
    downgrade = change.kind is Kind.STATUS_CHANGED and change.direction is Direction.DOWNGRADE
    if downgrade or change.kind is Kind.EVIDENCE_REMOVED:
        # New evidence on the same stance makes it news: a climb-down, a quote superseded.
        return (change.country, change.domain) not in news
    return False


def _describe(change: Change) -> str:
    where = f"{change.country} {change.domain}" if change.domain else str(change.country)
    if change.kind is Kind.STATUS_CHANGED:
        return f"{where} was downgraded from {change.old} to {change.new}"
    if change.kind is Kind.EVIDENCE_REMOVED:
        return f"a quote of {where} was removed"
    return f"{where} was removed"


def unexplained_rewrites(
    base: Ledger, base_label: str, ledger: Ledger, document: Document, file: str
) -> list[Problem]:
    """A problem for each downgrade or removal since `base` that neither a
    correction entry nor new evidence explains."""
    changes = diff_ledgers(base, ledger)
    news = {(c.country, c.domain) for c in changes if c.kind is Kind.EVIDENCE_ADDED}
    problems = []
    for change in changes:
        if not _needs_reason(change, news):
            continue
        path = _path(change)
        while path and path[-1] != "countries" and not document.has_value(path):
            path = path[:-1]
        mark = document.key_mark(path) if path else document.mark(("countries",))
        problems.append(
            UNCORRECTED_REWRITE.problem(
                file,
                mark.line,
                mark.column,
                f"since {base_label}, {_describe(change)} without a correction or new evidence",
                path=dotted(path),
                hint=(
                    'if the ledger was wrong, say why in a correction (--correction "REASON", or '
                    "an entry under 'corrections'); if the country changed its mind, cite the "
                    "source"
                ),
            )
        )
    return problems
