"""The registry: every rule, in the order `coalition rules` lists them.

One module per rule (`coalition/rules/STAGE/RULE_ID.py`), as yamllint keeps
its rules: the module holds the `Rule` (id, level, words, a failing and a
passing example) and, for a cross-record check, the check that raises it as
`CHECK`. This list is the only place a rule is registered; a test checks that
every module of the package is in it and that every rule has its test file.

Importing it imports every check, so the commands that only read a ledger's
text never do: the reader and the model import just the rules they raise.
"""

from __future__ import annotations

from types import ModuleType

from coalition.check.context import Check
from coalition.rules.check import (
    amount_unquoted,
    archive,
    archive_changed,
    comment_in_text,
    contradiction_unresolved,
    country_code,
    country_not_named,
    duplicate_evidence,
    evidence_after_as_of,
    future_date,
    group_unsupported,
    hedge_missing,
    joint_statement,
    no_stance,
    outlet_forecast,
    overall_inconsistent,
    quote_not_found,
    quote_too_short,
    relative_day,
    reported_exceeded,
    review_too_old,
    review_unnamed,
    role_missing,
    scope_missing,
    source_date,
    stale_stance,
    status_understated,
    status_unsupported,
    uncorrected_rewrite,
    undated_evidence,
    undecided_off_topic,
    undefined_source,
    unused_source,
)
from coalition.rules.edit import comment_lost, edit_refused, edit_unmeant, fmt
from coalition.rules.model import (
    amount_currency,
    amount_range,
    date,
    missing_key,
    no_evidence,
    schema,
    unknown_attribution,
    unknown_date_basis,
    unknown_domain,
    unknown_group,
    unknown_key,
    unknown_status,
    url,
)
from coalition.rules.read import (
    alias,
    anchor,
    conflict_marker,
    control_character,
    directive,
    duplicate_key,
    empty,
    encoding,
    invisible_character,
    io,
    multiple_documents,
    structure,
    syntax,
    tab,
    tag,
)
from coalition.rules.rule import Rule

# The order `coalition rules` lists them in: by stage, as a reader meets them.
MODULES: tuple[ModuleType, ...] = (
    io,
    encoding,
    conflict_marker,
    directive,
    tab,
    control_character,
    invisible_character,
    syntax,
    duplicate_key,
    anchor,
    alias,
    tag,
    multiple_documents,
    empty,
    structure,
    unknown_key,
    missing_key,
    unknown_status,
    unknown_group,
    unknown_attribution,
    unknown_domain,
    date,
    no_evidence,
    schema,
    country_code,
    unknown_date_basis,
    url,
    amount_range,
    amount_currency,
    comment_in_text,
    undefined_source,
    unused_source,
    future_date,
    duplicate_evidence,
    archive,
    quote_not_found,
    quote_too_short,
    amount_unquoted,
    stale_stance,
    no_stance,
    reported_exceeded,
    uncorrected_rewrite,
    archive_changed,
    source_date,
    undated_evidence,
    group_unsupported,
    status_unsupported,
    status_understated,
    country_not_named,
    hedge_missing,
    scope_missing,
    role_missing,
    outlet_forecast,
    joint_statement,
    undecided_off_topic,
    overall_inconsistent,
    relative_day,
    review_too_old,
    review_unnamed,
    contradiction_unresolved,
    evidence_after_as_of,
    fmt,
    edit_refused,
    edit_unmeant,
    comment_lost,
)


def _collect() -> dict[str, Rule]:
    rules: dict[str, Rule] = {}
    for module in MODULES:
        rule: Rule = module.RULE
        if rule.id in rules:  # pragma: no cover - caught by the tests
            raise ValueError(f"rule {rule.id} is registered twice")
        rules[rule.id] = rule
    return rules


RULES: dict[str, Rule] = _collect()

# Every cross-record check, each once (a check that finds two rules is in the
# module of the first), in the order of the rules.
CHECKS: tuple[Check, ...] = tuple(
    module.CHECK for module in MODULES if isinstance(getattr(module, "CHECK", None), Check)
)


def find_rule(rule_id: str) -> Rule | None:
    return RULES.get(rule_id.strip().lower())
