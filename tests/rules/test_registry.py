"""The rules registry: every rule documented, every documented rule real.

Each rule's failing example, run through `coalition validate`, must raise that
rule at the rule's level; each passing example must be a ledger with no
problem at all. Every rule id the code raises must be registered, and every
registered rule must be triggered somewhere: by its example, or by a test
named here.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from coalition.problems import Level
from coalition.rules.registry import CHECKS, RULES
from coalition.rules.rule import Example, Rule
from tests.conftest import REPO, run_cli

EXAMPLED = [rule for rule in RULES.values() if rule.fail is not None]

# Rules no ledger triggers by itself, and the test that triggers each.
TRIGGERED_ELSEWHERE = {
    "fmt": "test_fmt_refuses_to_change_what_the_ledger_says",
    "edit-refused": "test_an_edit_that_cannot_be_made_is_refused_with_its_rule",
    "edit-unmeant": "test_an_edit_that_changes_more_than_meant_is_refused",
    "uncorrected-rewrite": "test_5_a_silent_removal_is_refused_by_strict_validation",
    "comment-lost": "test_no_comment_is_ever_lost_silently",
}


def _validate(example: Example, folder: Path) -> tuple[int, list[dict[str, object]]]:
    ledger = folder / "contributions.yaml"
    if example.ledger is not None:
        ledger.write_bytes(example.ledger.encode(example.encoding))
    for name, text in example.files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    run = run_cli("validate", "--format", "json", "--strict", *example.options, str(ledger))
    return run.exit_code, json.loads(run.stdout)["problems"]


@pytest.mark.parametrize("rule", EXAMPLED, ids=[rule.id for rule in EXAMPLED])
def test_the_failing_example_raises_the_rule_at_its_level(rule: Rule, tmp_path: Path) -> None:
    assert rule.fail is not None
    code, problems = _validate(rule.fail, tmp_path)
    raised = [p for p in problems if p["rule"] == rule.id]
    assert raised, f"{rule.id}: the failing example raised {[p['rule'] for p in problems]}"
    assert {p["level"] for p in raised} == {rule.level.label}
    assert code == {Level.FATAL: 2, Level.NOTE: 0}.get(rule.level, 1)
    assert all(p["rule"] in RULES for p in problems)


@pytest.mark.parametrize("rule", EXAMPLED, ids=[rule.id for rule in EXAMPLED])
def test_the_passing_example_is_a_ledger_without_problems(rule: Rule, tmp_path: Path) -> None:
    assert rule.passing is not None, f"{rule.id} has a failing example but no passing one"
    code, problems = _validate(rule.passing, tmp_path)
    # A note says what a check skipped (a date nobody knows): never a mistake.
    assert code == 0
    assert [p for p in problems if p["level"] != "note" or p["rule"] == rule.id] == []


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


def test_every_registered_rule_is_triggered_by_a_test() -> None:
    tests = {
        node.name
        for path in (REPO / "tests").rglob("test_*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef)
    }
    for rule in RULES.values():
        if rule.fail is None:
            assert rule.id in TRIGGERED_ELSEWHERE, f"{rule.id} has no example and no test"
            assert TRIGGERED_ELSEWHERE[rule.id] in tests


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


def test_the_readme_rule_table_is_generated_from_the_registry() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- rules: begin -->\n", 1)[1].split("<!-- rules: end -->", 1)[0]
    assert table == run_cli("rules", "--format", "markdown").stdout


def test_fmt_refuses_to_change_what_the_ledger_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coalition.edit.apply as apply
    import coalition.edit.blockwise as blockwise
    from coalition.edit.canonical import written_entry

    path = tmp_path / "contributions.yaml"
    path.write_text(RULES["tab"].passing.ledger or "", encoding="utf-8")  # type: ignore[union-attr]
    # A writer gone wrong, whether it rewrites the whole text or a block of
    # it, through ruamel.yaml or from the block's data.
    for module in (apply, blockwise):
        monkeypatch.setattr(
            module, "format_text", lambda text: text.replace("considering", "offered")
        )
    monkeypatch.setattr(
        blockwise,
        "written_entry",
        lambda *args: (
            [line.replace("considering", "offered") for line in written_entry(*args) or []] or None
        ),
    )
    run = run_cli("fmt", str(path))
    assert run.exit_code == 2
    assert "formatting would change what the ledger says" in run.stderr
    assert "considering" in path.read_text(encoding="utf-8")


def test_an_edit_that_cannot_be_made_is_refused_with_its_rule(tmp_path: Path) -> None:
    from coalition.edit.apply import apply_edit
    from coalition.edit.sources import add_source

    data = (RULES["tab"].passing.ledger or "").encode()  # type: ignore[union-attr]

    def again(text: str) -> str:
        fields: dict[str, str | None] = {"publisher": "P", "title": "T", "published": "2025-09-04"}
        return add_source(text, "politico", fields)

    edited = apply_edit(data, "c.yaml", None, again, lambda change: True)
    assert edited.new is None
    assert [(p.rule, p.level) for p in edited.problems] == [("edit-refused", Level.ERROR)]
    assert "already defined" in edited.problems[0].message
