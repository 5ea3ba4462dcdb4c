"""The rules registry: every rule documented, every documented rule real.

Each rule's failing example, run through `coalition validate`, must raise that
rule at the rule's level and no other (a note aside); each passing example
must be a ledger with no problem at all. Every rule is one module of
coalition/rules/, listed in the registry, and has its own test file,
tests/rules/test_RULE_ID.py, with its cases (those without an example are
raised there); no code outside coalition/rules/ makes a problem but through
its rule.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from coalition.problems import Level
from coalition.rules.registry import CHECKS, MODULES, RULES
from coalition.rules.rule import Rule
from tests.conftest import REPO, run_cli
from tests.rules.harness import validate

EXAMPLED = [rule for rule in RULES.values() if rule.fail is not None]
RULES_FOLDER = REPO / "coalition" / "rules"
STAGES = ("read", "model", "check", "edit")


@pytest.mark.parametrize("rule", EXAMPLED, ids=[rule.id for rule in EXAMPLED])
def test_the_failing_example_raises_the_rule_at_its_level(rule: Rule, tmp_path: Path) -> None:
    assert rule.fail is not None
    code, problems = validate(rule.fail, tmp_path)
    raised = [p for p in problems if p["rule"] == rule.id]
    assert raised, f"{rule.id}: the failing example raised {[p['rule'] for p in problems]}"
    assert {p["level"] for p in raised} == {rule.level.label}
    assert code == {Level.FATAL: 2, Level.NOTE: 0}.get(rule.level, 1)
    # Exactly this rule: an example that shows two mistakes explains neither.
    others = {p["rule"] for p in problems if p["rule"] != rule.id and p["level"] != "note"}
    assert others == set(), f"{rule.id}: the failing example also raised {sorted(others)}"


@pytest.mark.parametrize("rule", EXAMPLED, ids=[rule.id for rule in EXAMPLED])
def test_the_passing_example_is_a_ledger_without_problems(rule: Rule, tmp_path: Path) -> None:
    assert rule.passing is not None, f"{rule.id} has a failing example but no passing one"
    code, problems = validate(rule.passing, tmp_path)
    # A note says what a check skipped (a date nobody knows): never a mistake.
    assert code == 0
    assert [p for p in problems if p["level"] != "note" or p["rule"] == rule.id] == []


def _module_name(rule_id: str) -> str:
    return rule_id.replace("-", "_")


def test_every_rule_is_one_module_listed_in_the_registry() -> None:
    on_disk = {
        f"coalition.rules.{path.parent.name}.{path.stem}"
        for stage in STAGES
        for path in (RULES_FOLDER / stage).glob("*.py")
        if path.stem != "__init__"
    }
    assert {module.__name__ for module in MODULES} == on_disk
    for module in MODULES:
        rule: Rule = module.RULE
        stage, name = module.__name__.split(".")[2:]
        assert name == _module_name(rule.id)
        # The folder is the stage whose code makes the problem; the country
        # code is checked with the cross-record checks (the model takes any
        # key) though to a reader it is a mistake in one entry.
        assert stage == ("check" if rule.id == "country-code" else rule.stage), rule.id


def test_every_check_is_in_the_module_of_a_rule_it_raises() -> None:
    for check in CHECKS:
        module = check.run.__module__
        assert module.startswith("coalition.rules.check."), check.name
        assert module.rsplit(".", 1)[1] == _module_name(check.rules[0].id), check.name


def test_every_rule_has_its_test_file() -> None:
    folder = REPO / "tests" / "rules"
    files = {path.stem for path in folder.glob("test_*.py")} - {"test_registry"}
    assert files == {f"test_{_module_name(rule_id)}" for rule_id in RULES}
    for module in MODULES:
        test = folder / f"test_{module.__name__.rsplit('.', 1)[1]}.py"
        assert f"from {module.__name__} import RULE\n" in test.read_text(encoding="utf-8"), test


def _named_outside_the_rules(source: str) -> list[str]:
    """Where `source` makes a problem itself, or names a rule by its id: a
    `Problem(...)` call, or a text passed as `rule=`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id == "Problem":
            found.append(f"line {node.lineno}: Problem(...)")
        for keyword in node.keywords:
            if keyword.arg == "rule" and isinstance(keyword.value, (ast.Constant, ast.JoinedStr)):
                found.append(f"line {node.lineno}: rule= a text")
    return found


def test_problems_are_made_through_their_rule_only() -> None:
    """Outside coalition/rules/ (and the definition in problems.py), no code
    makes a Problem or names a rule by a typed id: `RULE.problem(...)` is the
    only way, so a problem cannot name a rule that is not registered."""
    wrong = []
    for path in sorted((REPO / "coalition").rglob("*.py")):
        if path.relative_to(REPO / "coalition").parts[0] == "rules":
            continue
        source = path.read_text(encoding="utf-8")
        wrong += [
            f"{path.relative_to(REPO)}: {where}" for where in _named_outside_the_rules(source)
        ]
    assert wrong == []


def test_the_check_for_problems_made_by_hand_can_fail() -> None:
    sample = (
        'Problem(file, 1, 1, Level.ERROR, "m", rule="tab")\n'
        'context.problem(path, "m", "h", rule=f"{kind}-source")\n'
    )
    assert _named_outside_the_rules(sample) == [
        "line 1: Problem(...)",
        "line 1: rule= a text",
        "line 2: rule= a text",
    ]


def test_every_rule_a_mapping_or_a_check_names_is_registered() -> None:
    from coalition.model.errors import _UNKNOWN_WORD_RULES

    for rule in _UNKNOWN_WORD_RULES.values():
        assert RULES.get(rule.id) is rule
    for check in CHECKS:
        assert check.rules, check.name
        for declared in check.rules:
            assert RULES.get(declared.id) is declared, f"{check.name}: {declared.id}"


def test_every_rule_has_words_for_a_person() -> None:
    for rule in RULES.values():
        assert rule.id == rule.id.lower() and " " not in rule.id
        assert rule.summary and not rule.summary.endswith(".")
        assert len(rule.rationale) > 60, rule.id
        assert rule.stage in ("read", "model", "check", "edit")


def test_rules_lists_every_rule_with_its_level() -> None:
    run = run_cli("rules")
    assert run.exit_code == 0
    listed = [line.split()[:2] for line in run.lines if line and not line.endswith("one.")]
    assert listed == [[rule.id, rule.level.label] for rule in RULES.values()]


def test_rules_explains_one_with_a_wrong_and_a_right_example() -> None:
    run = run_cli("rules", "unknown-status")
    assert run.exit_code == 0
    assert run.lines[0] == "unknown-status (error, raised while checking each entry)"
    text = run.stdout
    assert text.index("Wrong:") < text.index("status: comitted") < text.index("Right:")
    assert text.index("Right:") < text.index("status: considering")


def test_rules_shows_hidden_characters_in_examples_by_name() -> None:
    run = run_cli("rules", "invisible-character")
    assert "is<U+200B> weighing" in run.stdout
    assert "\u200b" not in run.stdout


def test_rules_json_is_the_registry() -> None:
    run = run_cli("rules", "--format", "json")
    listed = json.loads(run.stdout)
    assert [r["id"] for r in listed] == list(RULES)
    one = json.loads(run_cli("rules", "tab", "-f", "json").stdout)
    assert one["fail"]["ledger"] == RULES["tab"].fail.ledger  # type: ignore[union-attr]


def test_an_unknown_rule_is_a_usage_error_with_a_suggestion() -> None:
    run = run_cli("rules", "unknown-statu")
    assert run.exit_code == 2
    assert "did you mean 'unknown-status'?" in run.stderr


def test_the_rules_page_is_generated_from_the_registry() -> None:
    """docs/rules.md explains every rule; mend with `python -m scripts.rules_page`."""
    from scripts.rules_page import PAGE, page

    text = PAGE.read_text(encoding="utf-8")
    assert text == page(), "docs/rules.md is stale: run `python -m scripts.rules_page`"
    for rule in RULES.values():
        assert f"### `{rule.id}` ({rule.level.label})" in text
