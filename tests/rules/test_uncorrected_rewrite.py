"""`uncorrected-rewrite`: since a base revision, a downgrade or a removal that neither a correction nor new evidence explains.

No ledger raises it by itself, so it has no example: it compares two
versions, here read from text (tests/cli/test_newsroom_week.py runs
`validate --since` on a git history).
"""

from __future__ import annotations

from coalition.analyse.rewrites import unexplained_rewrites
from coalition.load import load_ledger_bytes
from coalition.rules.check.uncorrected_rewrite import RULE
from coalition.rules.examples import BASE, changed


def _rewrites(new: str) -> list[tuple[int, int, str, str]]:
    base, ledger = (
        load_ledger_bytes(BASE.encode(), "c.yaml"),
        load_ledger_bytes(new.encode(), "c.yaml"),
    )
    assert base.ledger is not None and ledger.ledger is not None and ledger.document is not None
    problems = unexplained_rewrites(base.ledger, "HEAD~1", ledger.ledger, ledger.document, "c.yaml")
    assert {(p.rule, p.level) for p in problems} <= {(RULE.id, RULE.level)}
    return [(p.line, p.column, p.path, p.message) for p in problems]


def test_a_silent_downgrade_is_reported_at_the_stance() -> None:
    assert _rewrites(changed("status: considering", "status: undecided")) == [
        (
            15,
            7,
            "countries.IT.stances.air",
            "since HEAD~1, IT air was downgraded from considering to undecided without a "
            "correction or new evidence",
        )
    ]


def test_an_upgrade_needs_no_reason() -> None:
    assert _rewrites(changed("status: considering", "status: offered")) == []
