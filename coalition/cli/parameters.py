"""Parameters as a person reads them: `CODE`, not `{CODE}` or `<str>`; a
word that is not one of the choices answered with "did you mean"; and the
shell completing each kind of value (coalition/cli/complete.py).

Only Typer's documented API: a command class given as `cls` (Click's own
hooks for the usage line and the help's lists), and per parameter its
`metavar`, `callback` and `autocompletion`. `.ci/run` runs the tests with the
newest Typer too, so a release that changes any of this fails there first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import typer
from typer.core import TyperCommand

Command = TypeVar("Command", bound=Callable[..., Any])


def unknown_choice(word: str, choices: Sequence[str]) -> str:
    """Why `word` is refused: the closest choice, else every choice."""
    from coalition.model.suggest import did_you_mean

    guess = did_you_mean(word, list(choices))
    if guess:
        return f"{word!r} is not one of these; did you mean {guess!r}?"
    return f"{word!r} is not one of {', '.join(choices)}"


def completer(kind: str) -> Callable[..., list[tuple[str, str]]]:
    """What the shell offers for a value of this kind (a metavar of
    `complete.COMPLETERS`), each with its word of help."""

    def offer(ctx: typer.Context, incomplete: str) -> list[tuple[str, str]]:
        from coalition.cli.complete import complete

        return complete(kind, ctx, incomplete) or []

    return offer


def completed(kind: str) -> dict[str, Any]:
    """The metavar of a value of this kind, and the shell's completion of
    it: `typer.Option("--source", **completed("ID"), help=...)`."""
    return {"metavar": kind, "autocompletion": completer(kind)}


def choice_option(*names: str, choices: Sequence[str], help: str) -> Any:
    """An option that takes one of `choices`: shown as `a|b|c`, completed
    by the shell, and a word that is not one refused with the closest."""
    listed = [str(choice) for choice in choices]

    def refuse_unknown(value: str | None) -> str | None:
        if value is not None and value not in listed:
            raise typer.BadParameter(unknown_choice(value, listed))
        return value

    def offer(incomplete: str) -> list[str]:
        return [choice for choice in listed if choice.startswith(incomplete)]

    return typer.Option(
        *names, metavar="|".join(listed), callback=refuse_unknown, autocompletion=offer, help=help
    )


def _display_name(parameter: Any) -> str:
    return str(parameter.metavar or parameter.name or "").upper()


class PlainCommand(TyperCommand):
    """A command whose help names each value plainly: an argument by its
    metavar or its name in capitals alone (`CODE`, `[NEW]`), an option's
    value by its metavar, else `TEXT` (no option of the app takes a number
    without naming it)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for parameter in self.params:
            if parameter.metavar is not None:
                continue
            if parameter.param_type_name == "argument":
                parameter.metavar = _display_name(parameter)  # also in "Missing argument 'OLD'"
            elif not (getattr(parameter, "is_flag", False) or getattr(parameter, "count", False)):
                parameter.metavar = "TEXT"

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for parameter in self.get_params(ctx):
            if parameter.param_type_name != "argument":
                continue
            name = _display_name(parameter)
            pieces.append(
                (name if parameter.required else f"[{name}]")
                + ("..." if parameter.nargs != 1 else "")
            )
        return pieces

    def format_options(self, ctx: Any, formatter: Any) -> None:
        listed: dict[str, list[tuple[str, str]]] = {"argument": [], "option": []}
        for parameter in self.get_params(ctx):
            record = parameter.get_help_record(ctx)
            if record is None or parameter.param_type_name not in listed:
                continue
            if parameter.param_type_name == "argument":
                record = (_display_name(parameter), record[1])
            listed[parameter.param_type_name].append(record)
        for title, kind in (("Arguments", "argument"), ("Options", "option")):
            if listed[kind]:
                with formatter.section(title):
                    formatter.write_dl(listed[kind])


class PlainTyper(typer.Typer):
    """A Typer app whose commands are `PlainCommand`s unless they say otherwise.

    It also remembers how each command, sub-app and callback was registered,
    so that `narrowed` can build the same app with only the command a run
    asks for: Typer turns every registered command's signature into Click
    parameters before it parses anything (about 0.02 s for this app's 29
    commands, a tenth of `validate`'s start-up), and a run needs one.
    """

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self._settings = settings
        self._callbacks: list[Callable[[PlainTyper], object]] = []
        self._registrations: dict[str, Callable[[PlainTyper], object]] = {}

    def command(self, name: str | None = None, **kwargs: Any) -> Callable[[Command], Command]:
        kwargs.setdefault("cls", PlainCommand)
        made: Callable[[Command], Command] = super().command(name, **kwargs)

        def register(function: Command) -> Command:
            called = name or function.__name__.lower().replace("_", "-")  # Typer's own rule
            self._registrations[called] = lambda app: app.command(name, **kwargs)(function)
            return made(function)

        return register

    def callback(self, *args: Any, **kwargs: Any) -> Callable[[Command], Command]:
        made: Callable[[Command], Command] = super().callback(*args, **kwargs)

        def register(function: Command) -> Command:
            self._callbacks.append(lambda app: app.callback(*args, **kwargs)(function))
            return made(function)

        return register

    def add_typer(self, typer_instance: typer.Typer, **kwargs: Any) -> None:
        super().add_typer(typer_instance, **kwargs)
        called = kwargs.get("name") or getattr(typer_instance, "_settings", {}).get("name")
        if called:
            self._registrations[called] = lambda app: app.add_typer(typer_instance, **kwargs)

    def narrowed(self, arguments: Sequence[str]) -> typer.Typer:
        """This app with only the command `arguments` start with, when they
        start with one; otherwise (no command, an option first, a misspelt
        command, shell completion) the whole app, whose help and "no such
        command" list every command."""
        register = self._registrations.get(arguments[0]) if arguments else None
        if register is None:
            return self
        narrow = PlainTyper(**self._settings)
        for callback in self._callbacks:
            callback(narrow)
        register(narrow)
        return narrow
