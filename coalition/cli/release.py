"""`coalition release`: a numbered, dated release of the data, as an
annotated git tag whose message is the release notes."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from coalition.cli.app import LedgerOption, app, ledger_path, render_view, valid_or_exit
from coalition.render import formats

if TYPE_CHECKING:
    from pathlib import Path

    from coalition.analyse.feed import ReleaseInfo
    from coalition.analyse.release import ReleaseNotes
    from coalition.model.ledger import Ledger

    ReleaseFormat = str
else:  # the choices come from the renderers themselves
    ReleaseFormat = Literal[formats("release")]


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"coalition: {message}", err=True)
    return typer.Exit(code)


def _ledger_at(path: Path, commit: str, why: str) -> Ledger:
    from coalition.git import ledger_at
    from coalition.load import load_ledger_bytes

    side = ledger_at(path, commit)
    return valid_or_exit(load_ledger_bytes(side.data, side.label, errors_only=True), why)


@app.command()
def release(
    ledger: LedgerOption = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Print the release notes; tag nothing."),
    ] = False,
    output_format: Annotated[
        ReleaseFormat,
        typer.Option("--format", "-f", help="markdown (also the tag's message), or json."),
    ] = "markdown",
) -> None:
    """Cut a release of the data: the next number (YEAR.N), the ledger's as_of
    as its cut-off, and notes in words, as an annotated tag on HEAD."""
    from coalition.analyse.release import cut_off_problems, next_release, release_notes
    from coalition.git import GitError, head_commit, is_clean, releases, root_and_path, tag_release
    from coalition.render.release import notes_lines

    path = ledger_path(ledger)
    try:
        root, _ = root_and_path(path)
        if not dry_run and not is_clean(root):
            raise _fail("the working tree has uncommitted changes: commit them first (a release "
                        "tags what is committed)")  # fmt: skip
        head = head_commit(root)
        book = _ledger_at(path, head, "the committed ledger has errors; fix them first")
        found = releases(root)
        previous = found[-1] if found else None
        old = None
        if previous is not None:
            if previous.commit == head:
                raise _fail(f"HEAD is release {previous.name} already")
            old = _ledger_at(path, previous.commit, "the last release's ledger is not valid")
        problems = cut_off_problems(book, old.as_of if old else None)
        if problems:
            for problem in problems:
                typer.echo(f"coalition: {problem}", err=True)
            raise _fail("as_of cannot be this release's cut-off; see above (coalition as-of DATE)")
        name = next_release(book.as_of, [r.name for r in found])
        notes = release_notes(name, old, book, previous.name if previous else None)
        if notes.empty:
            raise _fail(f"nothing changed since release {previous.name if previous else ''}")
        render_view("release", notes, output_format)
        if not dry_run:
            tag_release(root, name, head, "\n".join(notes_lines(notes)).rstrip() + "\n")
            typer.echo(f"tagged release {name} on {head[:7]} (cut-off {book.as_of})", err=True)
    except GitError as error:
        raise _fail(str(error), 2) from None
    sys.stdout.flush()


def release_infos(path: Path) -> list[ReleaseInfo]:
    """The releases of the repository that holds the ledger, for the feed;
    none outside a repository (a site can be built from a bare file)."""
    import datetime

    from coalition.analyse.feed import ReleaseInfo
    from coalition.git import GitError, releases, root_and_path

    try:
        root, _ = root_and_path(path)
        found = releases(root)
    except GitError:
        return []
    return [ReleaseInfo(r.name, datetime.date.fromisoformat(r.date[:10]), r.notes) for r in found]


def site_notes(path: Path, ledger: Ledger) -> ReleaseNotes | None:
    """What the published site's front page says changed: the release the
    ledger file (read as `ledger`) is, against the release before it; or, when the file has
    changed since the last release, what changed since then ("unreleased").
    None outside a repository, with no release, or when a release's ledger
    cannot be read (the front page then tells the sources' dated moves)."""
    from coalition.analyse.release import release_notes
    from coalition.git import GitError, ledger_at, release_of_file, releases, root_and_path
    from coalition.load import load_ledger_bytes
    from coalition.render.changed import UNRELEASED

    def at(commit: str) -> Ledger | None:
        side = ledger_at(path, commit)
        return load_ledger_bytes(side.data, side.label, errors_only=True).ledger

    try:
        root, _ = root_and_path(path)
        found = releases(root)
        if not found:
            return None
        current = release_of_file(path)
        names = [r.name for r in found]
        if current in names:
            index = names.index(current)
            new = at(found[index].commit)
            old = at(found[index - 1].commit) if index else None
            previous = found[index - 1].name if index else None
            if new is None or (index and old is None):
                return None
            return release_notes(current, old, new, previous)
        latest = found[-1]
        old = at(latest.commit)
        return None if old is None else release_notes(UNRELEASED, old, ledger, latest.name)
    except GitError:
        return None
