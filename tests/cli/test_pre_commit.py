"""The hooks in `.pre-commit-hooks.yaml`, run by pre-commit itself on a
newsroom's repository: a changed archive runs `validate`, and a mistake in the
ledger is reported once, not by both hooks."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO, VALID, run_cli

QUOTE = "Italy is weighing participating in air patrols"
LEDGER = VALID.replace(
    "    published: 2025-09-04\n", "    published: 2025-09-04\n    archive: sources/politico.txt\n"
)


def run(folder: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), cwd=folder, env=env, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    if shutil.which("pre-commit") is None:  # installed by the test extra
        pytest.fail("pre-commit is not installed: pip install -e '.[test]'")
    home = tmp_path_factory.mktemp("pre-commit-home")
    return {
        **os.environ,
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@e",
        "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@e",
        "NO_COLOR": "1",
    }  # fmt: skip


@pytest.fixture(scope="module")
def hooks_repository(
    tmp_path_factory: pytest.TempPathFactory, environment: dict[str, str]
) -> tuple[Path, str]:
    """This working tree as a repository pre-commit can install the hooks from
    (what `pre-commit try-repo` does, made once so the environment is reused)."""
    copy = tmp_path_factory.mktemp("coalition")
    listed = run(REPO, "git", "ls-files", "-z", "-co", "--exclude-standard", env=environment)
    for name in filter(None, listed.stdout.split("\0")):
        if name == "contributions.yaml" or name.startswith("sources/"):
            continue  # the hooks' code only, not the data
        if (REPO / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, copy / name)
    for args in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "hooks"]):
        assert run(copy, *args, env=environment).returncode == 0
    head = run(copy, "git", "rev-parse", "HEAD", env=environment).stdout.strip()
    return copy, head


@pytest.fixture
def newsroom(
    tmp_path: Path, environment: dict[str, str], hooks_repository: tuple[Path, str]
) -> Iterator[Path]:
    """A newsroom's repository with a valid ledger and its archive, committed,
    and both hooks in its pre-commit configuration."""
    where, rev = hooks_repository
    (tmp_path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {where}\n    rev: {rev}\n    hooks:\n"
        "      - id: coalition-validate\n      - id: coalition-fmt\n",
        encoding="utf-8",
    )
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "politico.txt").write_text(f"{QUOTE}.\n", encoding="utf-8")
    (tmp_path / "contributions.yaml").write_text(LEDGER, encoding="utf-8")
    assert run_cli("fmt", str(tmp_path / "contributions.yaml")).exit_code == 0
    for args in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-qm", "start"]):
        assert run(tmp_path, *args, env=environment).returncode == 0
    yield tmp_path


def hooks(folder: Path, environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Both hooks on what is staged, as `git commit` would run them."""
    return run(folder, "pre-commit", "run", "--verbose", env=environment)


def test_a_valid_change_passes_both_hooks(newsroom: Path, environment: dict[str, str]) -> None:
    path = newsroom / "contributions.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("Air patrols", "Air policing"), encoding="utf-8")
    run(newsroom, "git", "add", "-A", env=environment)
    result = hooks(newsroom, environment)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "coalition validate" in result.stdout and "coalition fmt" in result.stdout


def test_a_changed_archive_runs_validate(newsroom: Path, environment: dict[str, str]) -> None:
    archive = newsroom / "sources" / "politico.txt"
    archive.write_text("Italy is weighing sea patrols.\n", encoding="utf-8")
    run(newsroom, "git", "add", "-A", env=environment)
    result = hooks(newsroom, environment)
    assert result.returncode == 1
    assert "[quote-not-found]" in result.stdout, result.stdout
    assert "coalition fmt" in result.stdout and "(no files to check)Skipped" in result.stdout


def test_a_mistake_is_reported_once(newsroom: Path, environment: dict[str, str]) -> None:
    path = newsroom / "contributions.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("status: considering", "status: considring"), encoding="utf-8")
    run(newsroom, "git", "add", "-A", env=environment)
    result = hooks(newsroom, environment)
    assert result.returncode == 1
    assert result.stdout.count("considring") == 1, result.stdout
    assert path.read_text(encoding="utf-8").count("considring") == 1  # fmt wrote nothing


def test_try_repo_runs_the_shipped_hooks(
    newsroom: Path, environment: dict[str, str], hooks_repository: tuple[Path, str]
) -> None:
    """`pre-commit try-repo`, as docs/ci.md suggests for trying the hooks from
    a clone: a mistake fails the ledger, reported once."""
    where, rev = hooks_repository
    path = newsroom / "contributions.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: considering", "status: considring"),
        encoding="utf-8",
    )
    result = run(newsroom, "pre-commit", "try-repo", str(where), "--ref", rev, "--all-files",
                 env=environment)  # fmt: skip
    assert result.returncode == 1
    assert result.stdout.count("considring") == 1, result.stdout
    assert "[unknown-status]" in result.stdout


def test_the_docs_pre_commit_snippet_works_as_pasted(
    newsroom: Path, environment: dict[str, str], hooks_repository: tuple[Path, str]
) -> None:
    """docs/ci.md's configuration, run by pre-commit: the one change is where
    pip finds coalition-ledger (this working tree, not the package index)."""
    import yaml

    from coalition import __version__

    text = (REPO / "docs" / "ci.md").read_text(encoding="utf-8")
    snippet = text[text.index("<!-- pre-commit -->") :].split("```yaml\n", 1)[1].split("```", 1)[0]
    requirement = f'"coalition-ledger=={__version__}"'
    assert snippet.count(requirement) == 2
    where, _ = hooks_repository
    (newsroom / ".pre-commit-config.yaml").write_text(
        snippet.replace(requirement, f'"coalition-ledger @ {where.as_uri()}"'), encoding="utf-8"
    )
    assert yaml.safe_load(snippet)["repos"][0]["repo"] == "local"
    valid = run(newsroom, "pre-commit", "run", "--all-files", env=environment)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    path = newsroom / "contributions.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: considering", "status: considring"),
        encoding="utf-8",
    )
    broken = run(newsroom, "pre-commit", "run", "--all-files", env=environment)
    assert broken.returncode == 1
    assert broken.stdout.count("considring") == 1, broken.stdout
