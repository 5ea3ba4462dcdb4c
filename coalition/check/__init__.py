"""Checking: what no single field can know about itself.

Each check is a small function `(Context) -> list[Problem]` that declares the
rules it may raise, listed once in CHECKS, as beancount's validations are.
"""

from __future__ import annotations

from pathlib import Path as FilePath

from coalition.check.claims import check_country_named, check_status_supported
from coalition.check.context import Check, Context
from coalition.check.desk import (
    check_countries_have_stances,
    check_groups_supported,
    check_reported_figures,
    check_stale_stances,
)
from coalition.check.evidence import check_duplicate_evidence
from coalition.check.provenance import check_archives
from coalition.check.references import (
    check_country_codes,
    check_dates,
    check_source_dates,
    check_sources_cited,
    check_sources_defined,
)
from coalition.check.text import check_text_cut_by_comment
from coalition.check.timeline import check_contradictions, check_evidence_after_as_of
from coalition.problems import Level, Problem
from coalition.read.document import Document

CHECKS: tuple[Check, ...] = (
    check_text_cut_by_comment,
    check_country_codes,
    check_sources_defined,
    check_sources_cited,
    check_dates,
    check_source_dates,
    check_duplicate_evidence,
    check_archives,
    check_stale_stances,
    check_countries_have_stances,
    check_groups_supported,
    check_reported_figures,
    check_status_supported,
    check_country_named,
    check_contradictions,
    check_evidence_after_as_of,
)


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
    context = Context(file, document, base, stale_after, strict)
    problems = []
    for check in CHECKS:
        if errors_only and not strict and not _can_fail(check):
            continue
        for problem in check.run(context):
            # A check raises only the rules it declares (tests/test_rules.py).
            assert problem.rule in check.rules, (check.name, problem.rule)
            problems.append(problem)
    return problems


def _can_fail(check: Check) -> bool:
    from coalition.rules import RULES

    return any(RULES[rule].level >= Level.ERROR for rule in check.rules)
