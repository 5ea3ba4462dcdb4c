"""Checking: what no single field can know about itself.

Each check is a small function `(Context) -> list[Problem]` that lives in the
module of the rule it raises (`coalition/rules/check/`), declared there as
`CHECK` with the rules it may raise, as beancount's validations are; the
registry lists them. This folder holds what the checks share: the context
they read, the ways to walk the document, the comparison of quotes.
"""

from __future__ import annotations

from pathlib import Path as FilePath

from coalition.check.context import Check, Context
from coalition.problems import Level, Problem
from coalition.read.document import Document


def run_checks(
    document: Document,
    file: str,
    *,
    base: FilePath | None,
    stale_after: int = 90,
    strict: bool = False,
    errors_only: bool = False,
) -> list[Problem]:
    """Every check's problems; with `errors_only`, only the checks that can
    raise an error (what a command that needs a valid ledger asks: the claim
    checks, which only warn, are the costliest)."""
    # Here, not at the top: the checks import this package's helpers.
    from coalition.rules.registry import CHECKS

    context = Context(file, document, base, stale_after, strict)
    problems = []
    for check in CHECKS:
        if errors_only and not strict and not _can_fail(check):
            continue
        for problem in check.run(context):
            # A check raises only the rules it declares (tests/rules/test_registry.py).
            assert problem.rule in check.ids, (check.name, problem.rule)
            problems.append(problem)
    return problems


def _can_fail(check: Check) -> bool:
    return any(rule.level >= Level.ERROR for rule in check.rules)
