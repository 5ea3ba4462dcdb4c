"""Parameters as a person reads them: `CODE`, not `{CODE}` or `<str>`; a
word that is not one of the choices answered with "did you mean"; and the
shell completing each kind of value (coalition/cli/complete.py).

Typer builds every command's parameters as its own classes; the group below
gives each the subclass that speaks plainly, once, when the app is built.
"""

from __future__ import annotations

from typing import Any

import typer
from typer._click.shell_completion import CompletionItem  # typer's own click (0.29+)
from typer.core import TyperArgument, TyperGroup, TyperOption, _TyperParameter

# The placeholder of an option's value when its command names none.
_PLACEHOLDERS = {int: "N", float: "N"}


def _choices(parameter: TyperArgument | TyperOption) -> list[str] | None:
    described = parameter.type_descriptor
    if not described.is_choice or not described.choices:
        return None
    return [str(getattr(choice, "value", choice)) for choice in described.choices]


def _refuse_unknown_choice(parameter: TyperArgument | TyperOption, value: Any) -> None:
    """Refuse a word that is not a choice the way the ledger's own words are
    refused: the closest choice, or the list."""
    choices = _choices(parameter)
    if choices is None or value is None:
        return
    for word in value if isinstance(value, (list, tuple)) else [value]:
        if isinstance(word, str) and word not in choices:
            raise typer.BadParameter(unknown_choice(word, choices))


def unknown_choice(word: str, choices: list[str]) -> str:
    """Why `word` is refused: the closest choice, else every choice."""
    from coalition.model.suggest import did_you_mean

    guess = did_you_mean(word, choices)
    if guess:
        return f"{word!r} is not one of these; did you mean {guess!r}?"
    return f"{word!r} is not one of {', '.join(choices)}"


def _completions(
    parameter: TyperArgument | TyperOption, ctx: Any, incomplete: str
) -> list[CompletionItem] | None:
    from coalition.cli.complete import complete

    found = complete(parameter.metavar, ctx, incomplete)
    if found is None:
        return None
    return [CompletionItem(value, help=about or None) for value, about in found]


class _Checked(_TyperParameter):
    """What arguments and options share: did-you-mean and completion."""

    def process_value(self, ctx: Any, value: Any) -> Any:
        _refuse_unknown_choice(self, value)  # type: ignore[arg-type]
        return super().process_value(ctx, value)

    def shell_complete(self, ctx: Any, incomplete: str) -> list[CompletionItem]:
        found = _completions(self, ctx, incomplete)  # type: ignore[arg-type]
        return found if found is not None else super().shell_complete(ctx, incomplete)


class PlainArgument(_Checked, TyperArgument):
    @property
    def display_name_raw(self) -> str:
        return (self.metavar or self.name or "").upper()

    def display_type_rich(self, ctx: Any) -> str | None:
        return None  # the name says what it is; its help says the rest

    def _usage_display_name(self) -> str:
        name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
        return name + ("..." if self.nargs != 1 else "")


class PlainOption(_Checked, TyperOption):
    def display_type_rich(self, ctx: Any) -> str | None:
        if self.is_flag or self.count:
            return None
        if self.metavar is not None:
            return self.metavar
        choices = _choices(self)
        if choices is not None:
            return "|".join(choices)
        return _PLACEHOLDERS.get(self.type_descriptor.annotation, "TEXT")


def _plain(parameter: object) -> None:
    if type(parameter) is TyperArgument:
        parameter.__class__ = PlainArgument
    elif type(parameter) is TyperOption:
        parameter.__class__ = PlainOption


class PlainGroup(TyperGroup):
    """The app's group: every command's parameters speak plainly."""

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        _plain_command(self)


def _plain_command(command: Any) -> None:
    for parameter in command.params:
        _plain(parameter)
    for sub in getattr(command, "commands", {}).values():
        _plain_command(sub)
