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

from coalition.rules.check import (
    archive as check_archive,
)
from coalition.rules.check import (
    archive_changed as check_archive_changed,
)
from coalition.rules.check import (
    comment_in_text as check_comment_in_text,
)
from coalition.rules.check import (
    country_not_named as check_country_not_named,
)
from coalition.rules.check import (
    duplicate_evidence as check_duplicate_evidence,
)
from coalition.rules.check import (
    future_date as check_future_date,
)
from coalition.rules.check import (
    group_unsupported as check_group_unsupported,
)
from coalition.rules.check import (
    no_stance as check_no_stance,
)
from coalition.rules.check import (
    quote_not_found as check_quote_not_found,
)
from coalition.rules.check import (
    quote_too_short as check_quote_too_short,
)
from coalition.rules.check import (
    reported_exceeded as check_reported_exceeded,
)
from coalition.rules.check import (
    source_date as check_source_date,
)
from coalition.rules.check import (
    stale_stance as check_stale_stance,
)
from coalition.rules.check import (
    status_unsupported as check_status_unsupported,
)
from coalition.rules.check import (
    uncorrected_rewrite as check_uncorrected_rewrite,
)
from coalition.rules.check import (
    undated_evidence as check_undated_evidence,
)
from coalition.rules.check import (
    undefined_source as check_undefined_source,
)
from coalition.rules.check import (
    unused_source as check_unused_source,
)
from coalition.rules.edit import (
    comment_lost as edit_comment_lost,
)
from coalition.rules.edit import (
    edit_refused as edit_edit_refused,
)
from coalition.rules.edit import (
    edit_unmeant as edit_edit_unmeant,
)
from coalition.rules.edit import (
    fmt as edit_fmt,
)
from coalition.rules.model import (
    country_code as model_country_code,
)
from coalition.rules.model import (
    date as model_date,
)
from coalition.rules.model import (
    missing_key as model_missing_key,
)
from coalition.rules.model import (
    no_evidence as model_no_evidence,
)
from coalition.rules.model import (
    schema as model_schema,
)
from coalition.rules.model import (
    unknown_attribution as model_unknown_attribution,
)
from coalition.rules.model import (
    unknown_date_basis as model_unknown_date_basis,
)
from coalition.rules.model import (
    unknown_domain as model_unknown_domain,
)
from coalition.rules.model import (
    unknown_group as model_unknown_group,
)
from coalition.rules.model import (
    unknown_key as model_unknown_key,
)
from coalition.rules.model import (
    unknown_status as model_unknown_status,
)
from coalition.rules.read import (
    alias as read_alias,
)
from coalition.rules.read import (
    anchor as read_anchor,
)
from coalition.rules.read import (
    conflict_marker as read_conflict_marker,
)
from coalition.rules.read import (
    control_character as read_control_character,
)
from coalition.rules.read import (
    directive as read_directive,
)
from coalition.rules.read import (
    duplicate_key as read_duplicate_key,
)
from coalition.rules.read import (
    empty as read_empty,
)
from coalition.rules.read import (
    encoding as read_encoding,
)
from coalition.rules.read import (
    invisible_character as read_invisible_character,
)
from coalition.rules.read import (
    io as read_io,
)
from coalition.rules.read import (
    multiple_documents as read_multiple_documents,
)
from coalition.rules.read import (
    structure as read_structure,
)
from coalition.rules.read import (
    syntax as read_syntax,
)
from coalition.rules.read import (
    tab as read_tab,
)
from coalition.rules.read import (
    tag as read_tag,
)
from coalition.rules.rule import Rule

MODULES: tuple[ModuleType, ...] = (
    read_io,
    read_encoding,
    read_conflict_marker,
    read_directive,
    read_tab,
    read_control_character,
    read_invisible_character,
    read_syntax,
    read_duplicate_key,
    read_anchor,
    read_alias,
    read_tag,
    read_multiple_documents,
    read_empty,
    read_structure,
    model_unknown_key,
    model_missing_key,
    model_unknown_status,
    model_unknown_group,
    model_unknown_attribution,
    model_unknown_domain,
    model_date,
    model_no_evidence,
    model_schema,
    model_country_code,
    model_unknown_date_basis,
    check_comment_in_text,
    check_undefined_source,
    check_unused_source,
    check_future_date,
    check_duplicate_evidence,
    check_archive,
    check_quote_not_found,
    check_quote_too_short,
    check_stale_stance,
    check_no_stance,
    check_reported_exceeded,
    check_uncorrected_rewrite,
    check_archive_changed,
    check_source_date,
    check_undated_evidence,
    check_group_unsupported,
    check_status_unsupported,
    check_country_not_named,
    edit_fmt,
    edit_edit_refused,
    edit_edit_unmeant,
    edit_comment_lost,
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


def find_rule(rule_id: str) -> Rule | None:
    return RULES.get(rule_id.strip().lower())
