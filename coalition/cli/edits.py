"""Commands that change the ledger file as a whole: fmt, init; and what every
edit command shares (read, apply, refuse or write, and say what changed)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from coalition.cli.app import (
    LedgerOption,
    app,
    ledger_path,
)
from coalition.cli.defaults import DEFAULT_LEDGER
from coalition.cli.parameters import completed

if TYPE_CHECKING:
    from coalition.analyse.change import Change
    from coalition.analyse.diff import DiffView
    from coalition.edit.apply import Edited
    from coalition.edit.evidence import EvidenceDetails
    from coalition.edit.record import Correction as CorrectionEntry
    from coalition.problems import ExitCode


@app.command()
def fmt(
    files: Annotated[
        Optional[list[Path]],  # noqa: UP045
        typer.Argument(
            metavar="FILE",
            help="Ledger files. Default: the ledger (see --ledger).",
            show_default=False,
        ),
    ] = None,
    ledger: LedgerOption = None,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Change nothing; print what would change and exit 1 if anything would."
        ),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option(
            "--quiet",
            "-q",
            help="Leave an invalid ledger to validate: no report, no failure (for pre-commit).",
        ),
    ] = False,
) -> None:
    """Rewrite the ledger in its canonical layout, keeping every comment."""
    from coalition.edit.apply import format_ledger
    from coalition.problems import ExitCode

    worst = ExitCode.OK
    for path in files or [ledger_path(ledger)]:
        data = _read(path)
        if isinstance(data, ExitCode):
            worst = max(worst, data)
            continue
        result = format_ledger(data, str(path), path.parent)
        if result.new is None and quiet and _invalid_only(result):
            continue
        if result.new is None:
            worst = max(worst, _refusal(result, f"{path}: not formatted: fix the errors first"))
        elif check:
            if result.changed:
                sys.stdout.write(_unified(result))
                worst = max(worst, ExitCode.INVALID)
        elif result.changed:
            worst = max(worst, _write(path, result))
            if worst is ExitCode.OK:
                typer.echo(f"formatted {path}", err=True)
    raise typer.Exit(worst)


def _unified(edited: Edited) -> str:
    """What `fmt --check` prints: the change as a unified diff."""
    from coalition.render.unified import render_unified

    before = edited.original.decode("utf-8", errors="replace")
    after = (edited.new or b"").decode("utf-8", errors="replace")
    return render_unified(before, after, f"a/{edited.file}", f"b/{edited.file}")


def _invalid_only(edited: Edited) -> bool:
    """Whether `fmt` was refused only because the ledger is invalid, which
    `validate` reports (a comment the writer would drop is fmt's own news)."""
    return all(problem.rule != "comment-lost" for problem in edited.problems)


def _read(path: Path) -> bytes | ExitCode:
    from coalition.problems import ExitCode
    from coalition.read.files import Unreadable, read_bytes

    try:
        return read_bytes(path)
    except Unreadable as error:
        typer.echo(f"coalition: cannot read {path}: {error}", err=True)
        return ExitCode.USAGE


def _refusal(edited: Edited, closing: str | None = None) -> ExitCode:
    """Say why an edit was refused; the exit code its problems call for."""
    from coalition.problems import ExitCode, exit_code
    from coalition.render.report import problem_line

    for problem in edited.problems:
        if problem.line:
            typer.echo(problem_line(problem), err=True)
        elif problem.path:
            typer.echo(f"  {problem.path}: {problem.text}", err=True)
        else:
            typer.echo(f"coalition: {problem.text}; nothing written", err=True)
    if closing:
        typer.echo(closing, err=True)
    return max(exit_code(edited.problems), ExitCode.INVALID)


def _write(path: Path, edited: Edited) -> ExitCode:
    from coalition.edit.write import WriteError, replace_file
    from coalition.problems import ExitCode

    assert edited.new is not None
    try:
        replace_file(path, edited.new, expected=edited.original)
    except WriteError as error:
        typer.echo(f"coalition: {error}", err=True)
        return ExitCode.USAGE
    return ExitCode.OK


def apply_edit_command(
    path: Path, make: Callable[[str], str], meant: Callable[[Change], bool]
) -> None:
    """Change the ledger at `path`, write it if the result is valid and
    changed only what was meant, and say what changed."""
    from coalition.edit.apply import apply_edit
    from coalition.edit.write import WriteError, ledger_lock
    from coalition.problems import ExitCode

    def waiting() -> None:
        typer.echo(f"coalition: {path} is being written by another program; waiting", err=True)

    try:
        # Read, change and write under the lock: an edit made meanwhile by
        # another `coalition` is waited for and read, not refused.
        with ledger_lock(path, waiting):
            data = _read(path)
            if isinstance(data, ExitCode):
                raise typer.Exit(data)
            edit = apply_edit(data, str(path), path.parent, make, meant)
            if edit.new is None:
                raise typer.Exit(_refusal(edit))
            written = _write(path, edit)
    except WriteError as error:
        typer.echo(f"coalition: {error}", err=True)
        raise typer.Exit(ExitCode.USAGE) from None
    if written is not ExitCode.OK:
        raise typer.Exit(written)
    if edit.view is not None:
        for line in changed_lines(edit.view):
            typer.echo(f"{path}: {line}", err=True)
    _say_caused(edit)


def _say_caused(edit: Edited) -> None:
    """The warnings the change brought, as `validate` words them: the
    journalist hears at once what a fact-checker would stop at."""
    from coalition.render.report import problem_line

    for problem in edit.caused:
        typer.echo(problem_line(problem), err=True)


def changed_lines(view: DiffView) -> list[str]:
    """What an edit changed, in the diff's own words, one change a line."""
    from coalition.render.style import one_line as clean
    from coalition.render.words import change_words

    if not view.changes:
        return ["nothing changed"]
    return [
        (f"{clean(view.names.get(c.country, c.country))} ({c.country}) " if c.country else "")
        + change_words(c, clean)
        for c in view.changes
    ]


@app.command()
def init(
    path: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Argument(metavar="PATH", help="Where to create it. Default: ./contributions.yaml."),
    ] = None,
    title: Annotated[
        str, typer.Option("--title", help="What the new ledger tracks.")
    ] = "Contributions to security guarantees",
) -> None:
    """Start a new ledger, with comments explaining each field. Never overwrites a file."""
    import datetime

    from coalition.edit.record import new_ledger
    from coalition.edit.write import WriteError, create_file
    from coalition.model.schema import SCHEMA_FILE, schema_text

    target = path or Path(DEFAULT_LEDGER)
    if '"' in title or "\\" in title:
        raise typer.BadParameter('the title cannot contain " or \\', param_hint="'--title'")
    try:
        create_file(target, new_ledger(title, datetime.date.today()).encode("utf-8"))
    except WriteError as error:
        typer.echo(f"coalition: {error}", err=True)
        raise typer.Exit(1 if target.exists() else 2) from None
    typer.echo(f"created {target}", err=True)
    schema_path = target.parent / SCHEMA_FILE
    if not schema_path.exists():
        try:
            create_file(schema_path, schema_text().encode("utf-8"))
            typer.echo(f"created {schema_path} (for editors)", err=True)
        except WriteError:
            pass


CorrectionOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--correction",
        metavar="REASON",
        help="This edit corrects the ledger's own mistake, for this reason: diff and log show "
        "it as a correction, not as news.",
    ),
]

DateOption = Annotated[
    Optional[str],  # noqa: UP045
    typer.Option(
        "--date", metavar="DATE", help="The date of the correction (YYYY-MM-DD). Default: today."
    ),
]


def parse_day(text: str, param_hint: str) -> str:
    """A date as YYYY-MM-DD, or a usage error."""
    import datetime

    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise typer.BadParameter(
            f"{text!r} is not a date; write it as YYYY-MM-DD", param_hint=param_hint
        ) from None


def correction_of(
    reason: str | None, day: str | None, **about: str | None
) -> CorrectionEntry | None:
    """The correction entry an edit records, or None; `--date` alone is refused."""
    import datetime

    from coalition.edit.record import Correction

    if reason is None:
        if day is not None:
            raise typer.BadParameter(
                "--date is the date of a correction: give --correction too", param_hint="'--date'"
            )
        return None
    when = parse_day(day, "'--date'") if day else datetime.date.today().isoformat()
    return Correction(when, reason, **about)


OptionalText = Optional[str]  # noqa: UP045 - Typer reads these annotations at run time

SpeakerOption = Annotated[OptionalText, typer.Option("--speaker", help="Who said it.")]
SpeakerCountryOption = Annotated[
    OptionalText,
    typer.Option(
        "--speaker-country",
        **completed("CODE"),
        help="The country the speaker speaks for, when not the one the evidence is about.",
    ),
]
AttributionOption = Annotated[
    OptionalText,
    typer.Option("--attribution", help="on_record, spokesperson, anonymous or reported."),
]
TranslationOption = Annotated[
    OptionalText,
    typer.Option("--translation", help="The quote in English, when the source is not."),
]
ParaphraseOption = Annotated[
    bool,
    typer.Option("--paraphrase", help="The words are the source's paraphrase, not a quote."),
]
ViaOption = Annotated[
    OptionalText,
    typer.Option("--via", metavar="OUTLET", help="The outlet the source carries it from."),
]
SaidOnOption = Annotated[
    OptionalText,
    typer.Option(
        "--said-on", metavar="DATE", help="When it was said, if earlier than the source's date."
    ),
]
CheckedOption = Annotated[
    bool,
    typer.Option(
        "--checked", help="A person read the quote and it bears the claim (claim checks accept it)."
    ),
]


def evidence_details(
    *,
    speaker: str | None = None,
    speaker_country: str | None = None,
    attribution: str | None = None,
    translation: str | None = None,
    paraphrase: bool = False,
    via: str | None = None,
    said_on: str | None = None,
    checked: bool = False,
) -> EvidenceDetails:
    """The evidence options every command that takes a quote shares, checked
    (a known attribution, a country, a date) and as one object."""
    from coalition.cli.app import parse_choice, resolve_country
    from coalition.edit.evidence import EvidenceDetails
    from coalition.model.vocabulary import Attribution

    parse_choice(attribution, Attribution, "'--attribution'")
    return EvidenceDetails(
        translation=translation,
        speaker=speaker,
        speaker_country=(
            resolve_country(speaker_country, param_hint="'--speaker-country'")
            if speaker_country
            else None
        ),
        attribution=attribution,
        paraphrase=paraphrase,
        via=via,
        date=parse_day(said_on, "'--said-on'") if said_on else None,
        checked=checked,
    )


EVIDENCE_OPTIONS = (
    "speaker",
    "speaker_country",
    "attribution",
    "translation",
    "paraphrase",
    "via",
    "said_on",
    "checked",
)
"""The options (declared above, once) of every command that takes a quote."""


def evidence_of(params: Mapping[str, Any]) -> EvidenceDetails:
    """The evidence options among a command's parameters (`ctx.params`), as
    one object: a command lists them for Typer, and reads them here."""
    return evidence_details(**{name: params[name] for name in EVIDENCE_OPTIONS if name in params})
