"""Versions of the ledger file in git.

Everything git-shaped lives here: reading "the ledger as of HEAD~1", "as of
2025-09-01", or each version of it in the history. Input from the command line
is never passed to git where it could be read as an option: a revision is
first resolved to a commit hash with `--end-of-options`, and only the hash
(followed by `:path`) is used afterwards.
"""

from __future__ import annotations

import datetime
import os
import re
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from coalition.problems import show_text

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NO_BLOB = "0" * 40
# With -z, git separates commits and raw entries with NUL, and paths come
# unquoted. A commit's header is: hash, author date, committer date, subject,
# separated by US; the subject is last, so a US inside it stays in it.
_LOG_FORMAT = "%H%x1f%aI%x1f%cI%x1f%s"
# A release of the data is an annotated tag named YEAR.N (2026.1: the first
# release whose cut-off falls in 2026).
RELEASE = re.compile(r"\d{4}\.[1-9]\d*")


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
        raise GitError(f"{show_text(revision)} is not a revision (it must not start with '-')")
    if len(revision) > 1000 or "\0" in revision:
        raise GitError("that is not a revision: it is too long, or holds a NUL character")
    result = _git(
        ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], root
    )
    if result.returncode != 0:
        raise GitError(
            f"there is no revision {show_text(revision)} in this repository" + _shallow_note(root)
        )
    return result.stdout.decode().strip()


def _shallow_note(root: Path) -> str:
    """Why a revision may be missing: a shallow clone has only the newest
    commits (`actions/checkout` fetches one by default)."""
    result = _git(["rev-parse", "--is-shallow-repository"], root)
    if result.stdout.strip() != b"true":
        return ""
    return (
        "; this clone is shallow (it has only the newest commits): fetch the history with "
        "`git fetch --unshallow` (in GitHub Actions, `fetch-depth: 0` in actions/checkout)"
    )


def commit_on_or_before(day: str, root: Path, path: str) -> str:
    """The last commit that changed `path` on or before the end of `day`."""
    result = _git(["rev-list", "-1", f"--before={day} 23:59:59", "HEAD", "--", path], root)
    commit = result.stdout.decode().strip()
    if result.returncode != 0 or not commit:
        raise GitError(f"{path} has no commit on or before {day}" + _shallow_note(root))
    return commit


def _blob(commit: str, path: str, root: Path, label: str) -> bytes:
    result = _git(["cat-file", "blob", f"{commit}:{path}"], root)
    if result.returncode != 0:
        raise GitError(f"{path} does not exist in {label.rsplit(':', 1)[0]}")
    return result.stdout


def _is_file(spec: str) -> bool:
    """Whether `spec` names a file; a name the system refuses (too long, a
    NUL) names none."""
    try:
        return Path(spec).is_file()
    except (OSError, ValueError):
        return False


def read_side(spec: str, ledger: Path) -> Snapshot:
    """What `coalition diff` compares: a file, a revision, REVISION:PATH, or a
    date (the ledger as last committed on or before that day)."""
    if spec.startswith("-"):
        raise GitError(f"{show_text(spec)} looks like an option, not a file or a revision")
    if _is_file(spec):
        return read_file(Path(spec))
    if _DATE.fullmatch(spec):
        try:
            datetime.date.fromisoformat(spec)
        except ValueError:
            raise GitError(f"{show_text(spec)} is not a date that exists (YYYY-MM-DD)") from None
    try:
        root, path = _path_in_repository(ledger)
        if _DATE.fullmatch(spec):
            commit = commit_on_or_before(spec, root, path)
            label = f"{spec} ({commit[:7]}):{path}"
        else:
            revision, _, explicit = spec.partition(":")
            commit = resolve_commit(revision, root)
            # Without an explicit path, the ledger's name at that commit: it may have moved.
            path = explicit.removeprefix("/") if explicit else path_at(commit, path, root)
            label = f"{revision}:{path}"
        return Snapshot(label, _blob(commit, path, root, label), None)
    except GitError as error:
        if ":" in spec or _DATE.fullmatch(spec):
            raise
        raise GitError(f"{show_text(spec)} is not a file, and {error}") from None


def path_at(commit: str, path: str, root: Path) -> str:
    """The name the file now at `path` had at `commit`, following renames."""
    if _git(["cat-file", "-e", f"{commit}:{path}"], root).returncode == 0:
        return path
    names = [(v.commit, v.path) for v in versions_in(root, path)]
    if not names:
        return path
    ancestors = set(_git(["rev-list", commit], root).stdout.decode().split())
    return next((name for sha, name in names if sha in ancestors), path)


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
    date: str  # the author date, ISO 8601, as `git log` shows it
    subject: str
    path: str  # the file's name at that commit (it may have been renamed)
    blob: str | None  # None when the commit deleted the file
    committed: str = ""  # the committer date, ISO 8601: when it was recorded


def versions(ledger: Path) -> list[Version]:
    """Every commit that changed the ledger, newest first, following renames."""
    root, path = _path_in_repository(ledger)
    return versions_in(root, path)


def versions_in(root: Path, path: str) -> list[Version]:
    result = _git(
        ["log", "--follow", "--no-abbrev", "--raw", "-z", f"--format={_LOG_FORMAT}", "--", path],
        root,
    )
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise GitError(f"git log failed: {message[-1] if message else 'no output'}")
    return _parse_log(result.stdout, path)


def _parse_log(output: bytes, path: str) -> list[Version]:
    """`git log -z --raw` output -> versions. Whatever git returns (separators
    or invalid UTF-8 in a subject, spaces or accents in a path) is data."""
    found: list[Version] = []
    tokens = output.split(b"\0")
    index = 0
    header: list[str] | None = None
    blob, name = None, path
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if token.lstrip(b"\n").startswith(b":"):
            meta = token.strip().decode("ascii", errors="replace").split()
            count = 2 if meta[-1][:1] in ("R", "C") else 1
            paths = tokens[index : index + count]
            index += count
            name = paths[-1].decode("utf-8", errors="surrogateescape") if paths else name
            blob = None if meta[3] == _NO_BLOB else meta[3]
            continue
        if not token.strip():
            continue
        if header is not None:
            found.append(_version(header, name, blob))
        header = token.decode("utf-8", errors="replace").strip("\n").split("\x1f", 3)
        blob, name = None, path
    if header is not None:
        found.append(_version(header, name, blob))
    return found


def _version(header: list[str], name: str, blob: str | None) -> Version:
    commit, date, committed, subject = [*header, "", "", ""][:4]
    return Version(commit, commit[:7], date, subject, name, blob, committed)


def blob_reader(ledger: Path) -> Callable[[Iterable[str]], dict[str, bytes]]:
    """What reads blobs of the repository that holds `ledger` (found once,
    however many times the reader is called)."""
    root, _ = _path_in_repository(ledger)
    return lambda blobs: read_blobs(blobs, root)


def read_blobs(blobs: Iterable[str], root: Path) -> dict[str, bytes]:
    """The contents of many blobs from one `git cat-file --batch` process."""
    wanted = list(dict.fromkeys(blobs))
    if not wanted:
        return {}
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


@dataclass(frozen=True)
class Release:
    """A release of the data: an annotated tag named YEAR.N."""

    name: str
    commit: str  # the commit it tags
    date: str  # the tag's date, ISO 8601
    notes: str  # the tag's message: the release notes


def release_number(name: str) -> tuple[int, int]:
    year, _, number = name.partition(".")
    return int(year), int(number)


def releases(root: Path) -> list[Release]:
    """Every release, oldest first (by number). Tags of other names, and
    lightweight tags, are not releases."""
    fields = "%(refname:short)%1f%(objecttype)%1f%(*objectname)%1f%(creatordate:iso-strict)%1f"
    result = _git(["for-each-ref", f"--format={fields}%(contents)%00", "refs/tags"], root)
    if result.returncode != 0:
        raise GitError("cannot list the tags of this repository")
    found = []
    for record in result.stdout.decode("utf-8", errors="replace").split("\0"):
        parts = record.lstrip("\n").split("\x1f", 4)
        if len(parts) < 5 or not RELEASE.fullmatch(parts[0]) or parts[1] != "tag":
            continue
        found.append(Release(parts[0], parts[2], parts[3], parts[4].strip()))
    return sorted(found, key=lambda r: release_number(r.name))


def release_of_file(ledger: Path) -> str | None:
    """The newest release whose ledger is this file, byte for byte: the
    release the data as it stands is. None outside a repository, or when the
    file has changed since every release."""
    try:
        root, path = _path_in_repository(ledger)
        found = releases(root)
    except GitError:
        return None
    blob = _git(["hash-object", "--", str(ledger.resolve())], root).stdout.decode().strip()
    for release in reversed(found):
        tagged = _git(["rev-parse", "--verify", "--quiet", f"{release.commit}:{path}"], root)
        if blob and tagged.stdout.decode().strip() == blob:
            return release.name
    return None


def run_rev_list(root: Path, commit: str) -> list[str]:
    """Every commit reachable from `commit` (a hash)."""
    return _git(["rev-list", commit], root).stdout.decode().split()


def release_of_commits(root: Path, found: Sequence[Release], path: str) -> dict[str, str]:
    """For each commit that changed `path`, the first release that holds it."""
    first: dict[str, str] = {}
    for release in found:
        result = _git(["rev-list", release.commit, "--", path], root)
        for commit in result.stdout.decode().split():
            first.setdefault(commit, release.name)
    return first


def is_clean(root: Path) -> bool:
    """No change to a tracked file, staged or not (untracked files do not
    go into a release)."""
    result = _git(["status", "--porcelain", "--untracked-files=no"], root)
    return result.returncode == 0 and not result.stdout.strip()


def head_commit(root: Path) -> str:
    return resolve_commit("HEAD", root)


def tag_release(root: Path, name: str, commit: str, notes: str) -> None:
    """An annotated tag `name` on `commit` whose message is `notes`."""
    if not RELEASE.fullmatch(name):
        raise GitError(f"{show_text(name)} is not a release name (YEAR.N)")
    # verbatim: the notes' Markdown headings start with "#", which git would strip.
    arguments = ["tag", "-a", "--cleanup=verbatim", "-F", "-", name, commit]
    result = _git(arguments, root, stdin=notes.encode("utf-8"))
    if result.returncode != 0:
        message = result.stderr.decode(errors="replace").strip().splitlines()
        raise GitError(f"git tag failed: {message[-1] if message else 'no output'}")


def ledger_at(ledger: Path, commit: str) -> Snapshot:
    """The ledger file as it was at `commit` (a hash)."""
    root, path = _path_in_repository(ledger)
    path = path_at(commit, path, root)
    label = f"{commit[:7]}:{path}"
    return Snapshot(label, _blob(commit, path, root, label), None)


def root_and_path(ledger: Path) -> tuple[Path, str]:
    """The repository that holds the ledger, and its path inside it."""
    return _path_in_repository(ledger)
