"""The rules: every kind of problem `coalition` reports, in one registry.

Each rule has an id (what a problem prints in brackets, `[unknown-status]`),
the level of its problems, a one-line summary, why it matters, and a failing
and a passing example: a whole small ledger that a test runs through
`coalition validate`, so the documentation cannot drift from what the code
does (yamllint keeps PASS/FAIL examples in each rule's docstring; ruff answers
`ruff rule NAME`; `coalition rules ID` is ours).

The catalogue is split by the stage that raises the rules (`reading.py`,
`model.py`, `checks.py`, `edits.py`); this module only collects it. It is
plain data, cheap to import.
"""

from __future__ import annotations

from coalition.rules.rule import Example, Rule

__all__ = ["RULES", "Example", "Rule", "find_rule"]


def _collect() -> dict[str, Rule]:
    from coalition.rules import checks, edits, model, reading

    rules: dict[str, Rule] = {}
    for module in (reading, model, checks, edits):
        for rule in module.RULES:
            if rule.id in rules:  # pragma: no cover - caught by the tests
                raise ValueError(f"rule {rule.id} is registered twice")
            rules[rule.id] = rule
    return rules


RULES: dict[str, Rule] = _collect()


def find_rule(rule_id: str) -> Rule | None:
    return RULES.get(rule_id.strip().lower())
