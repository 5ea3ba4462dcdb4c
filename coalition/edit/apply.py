"""One pipeline for every change to a ledger file; `fmt` is the edit that
means nothing.

decode -> transform (an edit, or formatting) -> encode like the original ->
read back with the same loader as `validate` -> compare with the original as
data. The new bytes are accepted only if the result is a valid ledger and
every change it makes is one the edit meant (for `fmt`: none at all). Nothing
here writes: the CLI writes accepted bytes with `write.replace_file`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.error import YAMLError

from coalition.analyse.change import Change
from coalition.analyse.diff import DiffView, diff_ledgers, diff_view
from coalition.edit.blockwise import format_blocks
from coalition.edit.canonical import is_canonical
from coalition.edit.comments import Comment, lost_comments
from coalition.edit.nodes import EditError
from coalition.edit.roundtrip import dump_text, format_text, load_text
from coalition.edit.splice import ending_of, splice
from coalition.load import Loaded, Versions, load_ledger_bytes
from coalition.problems import Level, Problem, errors_of, show_text
from coalition.read.text import decode
from coalition.rules.edit.comment_lost import RULE as COMMENT_LOST
from coalition.rules.edit.edit_refused import RULE as EDIT_REFUSED
from coalition.rules.edit.edit_unmeant import RULE as EDIT_UNMEANT
from coalition.rules.edit.fmt import RULE as FMT
from coalition.rules.rule import Rule

BOM = b"\xef\xbb\xbf"

Transform = Callable[[str], str]


@dataclass
class Edited:
    """The outcome of an edit: the new bytes (None when refused), why it was
    refused, and what it changes."""

    file: str
    original: bytes
    new: bytes | None
    problems: list[Problem] = field(default_factory=list)
    view: DiffView | None = None
    # The warnings the change brings: there after it, not before.
    caused: list[Problem] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.new is not None and self.new != self.original


def encode_like(original: bytes, text: str) -> bytes:
    """`text` as bytes with the original's byte-order mark and the line
    ending most of its lines use: rewriting a file is no reason to change
    what the editor wrote."""
    lines = original.decode("utf-8", errors="replace").splitlines(keepends=True)
    if ending_of(lines) == "\r\n":
        text = text.replace("\n", "\r\n")
    return (BOM if original.startswith(BOM) else b"") + text.encode("utf-8")


def _refused(edited: Edited, message: str, rule: Rule) -> Edited:
    edited.problems.insert(0, rule.problem(edited.file, 0, 0, message))
    return edited


def apply_edit(
    data: bytes,
    file: str,
    base: Path | None,
    transform: Transform,
    meant: Callable[[Change], bool],
    *,
    valid_before: bool = False,
    unchanged: Callable[[str, Any], bool] | None = None,
    quick: Callable[[str, Any], str | None] | None = None,
) -> Edited:
    """Apply `transform` to the ledger's text and check the result.

    With `valid_before`, an invalid ledger is refused with its own problems
    (formatting a broken file would hide its mistakes); otherwise an edit may
    mend an invalid ledger, as long as the result is valid. `unchanged`, a
    quick test of the text and its data, says when `transform` would change
    nothing, so that it need not run; `quick`, given the same, gives what
    `transform` would, sooner, or None when it cannot.
    """
    edited = Edited(file, data, None)
    # The file after the edit is read with what reading it before left: only
    # the blocks the edit touched are parsed and validated again.
    versions = Versions()
    before = load_ledger_bytes(data, file, base=base, errors_only=True, versions=versions)
    if valid_before and (errors_of(before.problems) or before.ledger is None):
        edited.problems = errors_of(before.problems)
        return edited
    text, problems = decode(data, file)
    if text is None:
        edited.problems = problems
        return _refused(edited, f"{file} is not UTF-8 text", EDIT_REFUSED)
    known = _valid_data(before)
    if unchanged is not None and known is not None and unchanged(text, known):
        edited.new = data
        return edited
    try:
        new_text = quick(text, known) if quick is not None and known is not None else None
        candidates = _written(data, text, new_text or transform(text), splice_it=not valid_before)
    except EditError as error:
        return _refused(edited, str(error), EDIT_REFUSED)
    except YAMLError as error:  # ruamel.yaml reads some files PyYAML accepted differently
        return _refused(
            edited, f"cannot read {file} ({error}); see coalition validate", EDIT_REFUSED
        )
    new = _exact(candidates, file, base) if len(candidates) > 1 else candidates[0]
    lost = lost_comments(text, new.decode("utf-8-sig").replace("\r\n", "\n"))
    if lost:
        return _refused(edited, _lost_message(lost[0]), COMMENT_LOST)
    if new == data and known is not None:
        edited.new = new  # nothing changed (`fmt` of a formatted file): nothing to check again
        return edited
    return _read_back(edited, before, new, base, versions, meant, valid_before=valid_before)


def _read_back(
    edited: Edited,
    before: Loaded,
    new: bytes,
    base: Path | None,
    versions: Versions,
    meant: Callable[[Change], bool],
    *,
    valid_before: bool,
) -> Edited:
    """The edited bytes read back as `validate` reads them: they must be a
    valid ledger, changed only as meant."""
    file = edited.file
    # What `fmt` writes has the data it read, whose checks found nothing: the
    # checks' errors are a matter of the data (and the archives) alone, so
    # they are not run again unless the data differ.
    after = load_ledger_bytes(
        new, file, base=base, errors_only=True, versions=versions, checked=not valid_before
    )
    if valid_before and not _same_data(before, after):
        after = load_ledger_bytes(new, file, base=base, errors_only=True, versions=versions)
    if errors_of(after.problems) or after.ledger is None:
        edited.problems = errors_of(after.problems)
        return _refused(edited, f"the change would make {file} invalid", EDIT_REFUSED)
    if before.ledger is None or errors_of(before.problems):
        edited.new = new  # the edit mended an invalid ledger
        return edited
    changes = diff_ledgers(before.ledger, after.ledger)
    if not all(meant(change) for change in changes) or (
        valid_before and after.ledger != before.ledger
    ):
        return _unmeant(edited, valid_before)
    edited.new = new
    edited.view = diff_view(file, file, before.ledger, after.ledger, changes)
    if not valid_before:
        edited.caused = warnings_caused(edited.original, new, file, base, versions)
    return edited


def _same_data(before: Loaded, after: Loaded) -> bool:
    return (
        before.document is not None
        and after.document is not None
        and before.document.data == after.document.data
    )


def warnings_caused(
    before: bytes, after: bytes, file: str, base: Path | None, versions: Versions | None = None
) -> list[Problem]:
    """The warnings of `after` that `before` did not have (by rule, place in
    the ledger and words, since lines move): what an edit should say it
    brought, at once, rather than leave to the next `validate`. Both are
    checked whole, as `validate` checks them; with the `versions` the edit
    read them with, only the blocks that differ are parsed again."""
    had = {
        _identity(p) for p in load_ledger_bytes(before, file, base=base, versions=versions).problems
    }
    return [
        problem
        for problem in load_ledger_bytes(after, file, base=base, versions=versions).problems
        if problem.level is Level.WARNING and _identity(problem) not in had
    ]


def _identity(problem: Problem) -> tuple[str, str, str]:
    return problem.rule, problem.path, problem.message


def _valid_data(before: Loaded) -> Any:
    """The plain data of the ledger as it was, if it was valid (else None)."""
    document = before.document
    valid = before.ledger is not None and not errors_of(before.problems)
    return document.data if valid and document is not None else None


def _written(data: bytes, text: str, new_text: str, *, splice_it: bool) -> list[bytes]:
    """The bytes an edit writes, best first: the original file with only the
    edited lines changed, then the whole file as ruamel.yaml writes it."""
    whole = encode_like(data, new_text)
    if not splice_it:
        return [whole]
    bom = BOM if data.startswith(BOM) else b""
    ours = data[len(bom) :].decode("utf-8")
    spliced = splice(ours, dump_text(load_text(text)), new_text)
    if spliced is None or spliced == ours:
        return [whole]
    return [bom + spliced.encode("utf-8"), whole]


def _exact(candidates: list[bytes], file: str, base: Path | None) -> bytes:
    """The spliced bytes if they hold exactly what the whole rewrite holds."""
    spliced, whole = candidates
    first = load_ledger_bytes(spliced, file, base=base, errors_only=True)
    whole_ledger = load_ledger_bytes(whole, file, errors_only=True).ledger
    if not errors_of(first.problems) and first.ledger == whole_ledger:
        return spliced
    return whole


def _lost_message(comment: Comment) -> str:
    return (
        f"the change would drop the comment {show_text(comment.text)} on line {comment.line}, "
        "which the YAML writer cannot keep where it is; move it to a line of its own above "
        "the key it explains, and run the command again"
    )


def _unmeant(edited: Edited, formatting: bool) -> Edited:
    if formatting:
        return _refused(
            edited,
            "formatting would change what the ledger says, so nothing was written; "
            "this is a bug in coalition: please report it with the file",
            FMT,
        )
    return _refused(
        edited,
        "the edit would change more than was asked; this is a bug in coalition: please "
        "report it with the command you ran",
        EDIT_UNMEANT,
    )


def format_ledger(data: bytes, file: str, base: Path | None = None) -> Edited:
    """The ledger in its canonical layout: the edit that changes nothing."""
    return apply_edit(
        data,
        file,
        base,
        format_text,
        lambda change: False,
        valid_before=True,
        unchanged=is_canonical,
        quick=format_blocks,
    )
