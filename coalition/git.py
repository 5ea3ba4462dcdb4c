"""Versions of the ledger file in git.

Everything git-shaped lives here: reading "the ledger as of HEAD~1", "as of
2025-09-01", or each version of it in the history. Input from the command line
is never passed to git where it could be read as an option: a revision is
first resolved to a commit hash with `--end-of-options`, and only the hash
(followed by `:path`) is used afterwards.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NO_BLOB = "0" * 40
# Records start with RS; fields are separated by US: hash, committer date,
# subject. (--no-abbrev, needed for full blob ids, also lengthens %h.)
_LOG_FORMAT = "%x1e%H%x1f%cI%x1f%s"


class GitError(Exception):
    """Something a person can fix: not a repository, no such revision, no
    such file in it. The message says which, in plain words."""


@dataclass(frozen=True)
class Snapshot:
    """One side of a comparison: the ledger's bytes and what to call them."""

    label: str  # "HEAD~1:contributions.yaml", or the file's path
    data: bytes
    base: Path | None  # the folder archives are relative to; None for git versions


def _git(
    args: Sequence[str], cwd: Path, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"}
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False, env=environment
        )
    except FileNotFoundError:
        raise GitError("git is not installed, so revisions cannot be read") from None


def repository_root(folder: Path) -> Path:
    result = _git(["rev-parse", "--show-toplevel"], folder)
    if result.returncode != 0:
        raise GitError(f"{folder} is not inside a git repository, so revisions cannot be read")
    return Path(result.stdout.decode().strip())


def _path_in_repository(ledger: Path) -> tuple[Path, str]:
    """(repository root, the ledger's path inside it, with '/')."""
    folder = ledger.resolve().parent
    root = repository_root(folder if folder.is_dir() else Path.cwd())
    try:
        return root, ledger.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        raise GitError(f"{ledger} is not inside the git repository at {root}") from None


def resolve_commit(revision: str, root: Path) -> str:
    """The full hash of `revision`, refusing anything that looks like an option."""
    if not revision or revision.startswith("-"):
        raise GitError(f"{revision!r} is not a revision (it must not start with '-')")
    result = _git(
        ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], root
    )
    if result.returncode != 0:
        raise GitError(f"there is no revision {revision!r} in this repository")
    return result.stdout.decode().strip()


def commit_on_or_before(day: str, root: Path, path: str) -> str:
    """The last commit that changed `path` on or before the end of `day`."""
    result = _git(["rev-list", "-1", f"--before={day} 23:59:59", "HEAD", "--", path], root)
    commit = result.stdout.decode().strip()
    if result.returncode != 0 or not commit:
        raise GitError(f"{path} has no commit on or before {day}")
    return commit


def _blob(commit: str, path: str, root: Path, label: str) -> bytes:
    result = _git(["cat-file", "blob", f"{commit}:{path}"], root)
    if result.returncode != 0:
        raise GitError(f"{path} does not exist in {label.rsplit(':', 1)[0]}")
    return result.stdout


def read_side(spec: str, ledger: Path) -> Snapshot:
    """What `coalition diff` compares: a file, a revision, REVISION:PATH, or a
    date (the ledger as last committed on or before that day)."""
    if spec.startswith("-"):
        raise GitError(f"{spec!r} looks like an option, not a file or a revision")
    if Path(spec).is_file():
        return read_file(Path(spec))
    try:
        root, path = _path_in_repository(ledger)
        if _DATE.fullmatch(spec):
            commit = commit_on_or_before(spec, root, path)
            label = f"{spec} ({commit[:7]}):{path}"
        else:
            revision, _, explicit = spec.partition(":")
            if explicit:
                path = explicit.removeprefix("/")
            commit = resolve_commit(revision, root)
            label = f"{revision}:{path}"
        return Snapshot(label, _blob(commit, path, root, label), None)
    except GitError as error:
        if ":" in spec or _DATE.fullmatch(spec):
            raise
        raise GitError(f"{spec!r} is not a file, and {error}") from None


def read_file(ledger: Path) -> Snapshot:
    try:
        return Snapshot(str(ledger), ledger.read_bytes(), ledger.parent)
    except OSError as error:
        raise GitError(f"cannot read {ledger}: {error.strerror or error}") from None


@dataclass(frozen=True)
class Version:
    """One commit that changed the ledger file."""

    commit: str
    short: str
    date: str  # the committer date, ISO 8601
    subject: str
    path: str  # the file's name at that commit (it may have been renamed)
    blob: str | None  # None when the commit deleted the file


def versions(ledger: Path) -> list[Version]:
    """Every commit that changed the ledger, newest first, following renames."""
    root, path = _path_in_repository(ledger)
    result = _git(
        [
            "log",
            "--follow",
            "--no-abbrev",
            "--raw",
            f"--format={_LOG_FORMAT}",
            "--",
            path,
        ],
        root,
    )
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise GitError(f"git log failed: {message[-1] if message else 'no output'}")
    found = []
    for record in result.stdout.decode(errors="replace").split("\x1e")[1:]:
        header, _, raw = record.partition("\n")
        commit, date, subject = header.split("\x1f", 2)
        blob, name = None, path
        for line in raw.splitlines():
            if line.startswith(":"):
                meta, _, names = line.partition("\t")
                new_blob = meta.split()[3]
                name = names.split("\t")[-1]
                blob = None if new_blob == _NO_BLOB else new_blob
        found.append(Version(commit, commit[:7], date, subject, name, blob))
    return found


def read_blobs(blobs: Iterable[str], ledger: Path) -> dict[str, bytes]:
    """The contents of many blobs from one `git cat-file --batch` process."""
    wanted = list(dict.fromkeys(blobs))
    if not wanted:
        return {}
    root, _ = _path_in_repository(ledger)
    result = _git(["cat-file", "--batch"], root, stdin="".join(f"{b}\n" for b in wanted).encode())
    output, position, contents = result.stdout, 0, {}
    for blob in wanted:
        end = output.index(b"\n", position)
        header = output[position:end].split()
        position = end + 1
        if len(header) < 3 or header[1] != b"blob":
            continue
        size = int(header[2])
        contents[blob] = output[position : position + size]
        position += size + 1
    return contents
