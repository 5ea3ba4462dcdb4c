"""Every case of the public YAML test suite is input `validate` must survive.

No case is a ledger, so each must be refused (exit 1, never 0, never a crash
or an I/O error) with located problems on lines that exist; a case the suite
marks as invalid YAML must be refused while reading; LibYAML's parser and
PyYAML's Python parser reach the same verdict.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coalition.load import load_ledger, load_ledger_bytes
from coalition.problems import exit_code
from coalition.rules.registry import RULES
from tests.conftest import REPO, run_cli

SUITE = Path(os.environ.get("YAML_TEST_SUITE", REPO.parent / "shared" / "yaml-test-suite"))
CASES = sorted(SUITE.glob("**/in.yaml"))

if not CASES and os.environ.get("CI"):  # CI must not pass by finding nothing
    raise RuntimeError(f"the YAML test suite is missing at {SUITE}")
pytestmark = pytest.mark.skipif(not CASES, reason="no YAML test suite beside the repository")


# Invalid YAML that LibYAML and PyYAML both read as a value: the ledger gets
# that value, checked like any other (a survivable, located verdict).
PARSERS_ACCEPT = {
    "9C9N": "a flow sequence continued at column 0 inside a block mapping",
    "QB6E": "a quoted text continued at column 0 inside a block mapping",
    "S98Z": "a block scalar whose first empty lines are indented more than its text",
    "SU5Z": 'a comment glued to a quoted text (`"value"# comment`)',
}


def _name(path: Path) -> str:
    return str(path.parent.relative_to(SUITE))


@pytest.mark.parametrize("case", CASES, ids=_name)
def test_case_gets_a_located_verdict_from_both_parsers(case: Path) -> None:
    data = case.read_bytes()
    fast = load_ledger_bytes(data, "in.yaml")
    pure = load_ledger_bytes(data, "in.yaml", pure_yaml=True)
    assert exit_code(fast.problems) == 1
    assert exit_code(pure.problems) == 1
    last = data.count(b"\n") + 1
    for problems in (fast.problems, pure.problems):
        assert any(p.line > 0 and p.column > 0 for p in problems)
        assert all(0 < p.line <= last for p in problems), [(p.line, p.rule) for p in problems]
        invalid_yaml = (case.parent / "error").exists() and _name(case) not in PARSERS_ACCEPT
        if invalid_yaml:
            assert any(RULES[p.rule].stage == "read" for p in problems)


def test_the_suite_is_all_there() -> None:
    assert len(CASES) >= 400


def test_every_case_through_the_command_line() -> None:
    """One run of the real command over all cases: nothing escapes as a traceback."""
    run = run_cli("validate", *map(str, CASES))
    assert run.exit_code == 1
    assert "Traceback" not in run.stdout + run.stderr
    problem_lines = run.lines[:-1]
    assert all(": error: " in line or ": warning: " in line for line in problem_lines)
    assert run.lines[-1].endswith(f"in {len(CASES)} files")


def test_load_ledger_reads_a_case_from_disk() -> None:
    loaded = load_ledger(CASES[0])
    assert loaded.problems
