"""How each field of the ledger is written, declared once on the models.

The round-trip writer (`coalition/edit/roundtrip.py`) needs to know which
values are prose (always in double quotes), dates, numbers or plain words,
and the check for texts cut short by ' #' needs to know which are free text.
Both read it from the pydantic models' annotations through `layout()`, so a
new field is described in one place.
"""

from __future__ import annotations

import datetime
import enum
import functools
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

# Re-exported: the writer reads a field's style and order here, beside its shape.
from coalition.model.styles import Order as Order
from coalition.model.styles import Style as Style


@dataclass(frozen=True)
class Shape:
    """What a field holds: a scalar of a style, an entry (a model), a list
    of shapes, or a mapping of shapes in an order."""

    style: Style | None = None
    model: str | None = None  # the name of a model, a key of `layout()`
    item: Shape | None = None  # of a list
    value: Shape | None = None  # of a mapping
    order: Order | None = None
    keys: tuple[str, ...] = ()  # for Order.VOCABULARY

    @property
    def is_list(self) -> bool:
        return self.item is not None

    @property
    def is_mapping(self) -> bool:
        return self.value is not None


def _markers(annotation: Any) -> tuple[Any, list[Any]]:
    """The type inside Optional[...] and Annotated[...], and the markers found."""
    markers: list[Any] = []
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation, *extra = typing.get_args(annotation)
            markers += extra
        elif origin in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        else:
            return annotation, markers


def shape_of(annotation: Any) -> Shape:
    inner, markers = _markers(annotation)
    style = next((m for m in markers if isinstance(m, Style)), None)
    order = next((m for m in markers if isinstance(m, Order)), None)
    origin = typing.get_origin(inner)
    if origin in (list, tuple):
        return Shape(item=shape_of(typing.get_args(inner)[0]))
    if origin is dict:
        key, value = typing.get_args(inner)
        key_type, _ = _markers(key)
        if isinstance(key_type, type) and issubclass(key_type, enum.Enum):
            return Shape(
                value=shape_of(value),
                order=Order.VOCABULARY,
                keys=tuple(str(m.value) for m in key_type),
            )
        return Shape(value=shape_of(value), order=order or Order.SORTED)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return Shape(model=inner.__name__)
    if style is not None:
        return Shape(style=style)
    if inner is datetime.date:
        return Shape(style=Style.DATE)
    if inner is int:
        return Shape(style=Style.NUMBER)
    if inner is bool:
        return Shape(style=Style.FLAG)
    return Shape(style=Style.CODE)


@functools.cache
def layout() -> dict[str, dict[str, Shape]]:
    """Every model of the ledger, by name: its fields in the documented order
    (the order of the model), each with its shape. 'Ledger' is the top."""
    from coalition.model.ledger import Ledger

    found: dict[str, dict[str, Shape]] = {}

    def visit(model: type[BaseModel]) -> None:
        if model.__name__ in found:
            return
        fields = {name: shape_of(info.rebuild_annotation()) for name, info in _fields(model)}
        found[model.__name__] = fields
        for _, info in _fields(model):
            for nested in _models_in(info.rebuild_annotation()):
                visit(nested)

    visit(Ledger)
    return found


def _fields(model: type[BaseModel]) -> list[tuple[str, Any]]:
    """A model's fields in the order they are written: the model's
    FIELD_ORDER where it has one, else the order they are declared in."""
    fields = model.model_fields
    order: tuple[str, ...] = getattr(model, "FIELD_ORDER", ())
    names = [*order, *(name for name in fields if name not in order)]
    return [(name, fields[name]) for name in names]


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    inner, _ = _markers(annotation)
    if isinstance(inner, type) and issubclass(inner, BaseModel):
        return [inner]
    return [m for arg in typing.get_args(inner) for m in _models_in(arg)]


def free_text_fields() -> frozenset[str]:
    """Names of fields that hold free text (or lists of it), anywhere."""
    names = set()
    for fields in layout().values():
        for name, shape in fields.items():
            while shape.item is not None:
                shape = shape.item
            if shape.style is not None and shape.style.free_text:
                names.add(name)
    return frozenset(names)
