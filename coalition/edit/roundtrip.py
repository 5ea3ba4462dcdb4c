"""Reading and writing the ledger's YAML without losing a journalist's comments.

ruamel.yaml's round-trip mode keeps comments, blank lines and key order, which
PyYAML cannot. It is set up here so that every scalar is read as the text that
was typed (as `coalition/read/` does), and written in one canonical style, the
order of keys and the style of each value read off the pydantic models
(`coalition/model/fields.py`):

* dates and numbers plain (`as_of: 2025-09-04`, `value: 26`), through
  `TypedText`, which also keeps any plain scalar of an untouched part of the
  file exactly as typed;
* prose (titles, details, quotes, what a figure counts, conditions) in double
  quotes, so a ` #` or `: ` inside never breaks it;
* everything else plain, unless a YAML 1.1 or 1.2 reader would take it for
  something other than text (`NO`, `yes`, `0123`, `~`) or it needs quoting
  anyway: then double quotes. (ruamel.yaml by itself writes the key `NO`
  unquoted, which every YAML 1.1 reader takes for False.)
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Iterable
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import CommentMark
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

from coalition.model.fields import Order, Shape, Style, layout


class TypedText(str):
    """A plain scalar that YAML would read as a date, a number or a boolean,
    kept as the text that was typed (`0123` keeps its zero) and written back
    plain, exactly so."""

    tag = "tag:yaml.org,2002:str"

    @classmethod
    def of(cls, text: str, tag: str) -> TypedText:
        typed = cls(text)
        typed.tag = tag
        return typed


DATE_TAG = "tag:yaml.org,2002:timestamp"
NUMBER_TAG = "tag:yaml.org,2002:int"
DECIMAL_TAG = "tag:yaml.org,2002:float"
BOOL_TAG = "tag:yaml.org,2002:bool"


class _TextConstructor(RoundTripConstructor):
    pass


def _as_text(constructor: RoundTripConstructor, node: ScalarNode) -> TypedText:
    return TypedText.of(str(constructor.construct_scalar(node)), str(node.tag))


for _tag in ("int", "float", "bool", "timestamp"):
    _TextConstructor.add_constructor(f"tag:yaml.org,2002:{_tag}", _as_text)


class _Representer(RoundTripRepresenter):
    pass


def _represent_typed(representer: RoundTripRepresenter, data: TypedText) -> Any:
    return representer.represent_scalar(data.tag, str(data))


_Representer.add_representer(TypedText, _represent_typed)


def make_yaml() -> YAML:
    yaml = YAML()
    yaml.Constructor = _TextConstructor
    yaml.Representer = _Representer
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # never fold a quote across lines
    yaml.allow_unicode = True
    yaml.preserve_quotes = True  # an edit keeps the quoting of what it does not touch
    return yaml


def load_text(text: str) -> Any:
    return make_yaml().load(text)


def dump_text(data: Any) -> str:
    out = io.StringIO()
    make_yaml().dump(data, out)
    return out.getvalue()


_RUAMEL_RESOLVER = make_yaml().resolver
_PYYAML_RESOLVER = pyyaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"


@functools.lru_cache(maxsize=1 << 14)  # keys and ids recur all through a ledger
def needs_quotes(text: str) -> bool:
    """Whether `text`, written plain, would be read back as something else
    by a YAML 1.1 reader (PyYAML) or a YAML 1.2 one (ruamel.yaml), or is not
    valid plain YAML at all."""
    if text == "" or text != text.strip() or "\n" in text:
        return True
    resolved = _PYYAML_RESOLVER.resolve(pyyaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    if resolved != _STR:
        return True
    if _RUAMEL_RESOLVER.resolve(ScalarNode, text, (True, False)) != _STR:
        return True
    # str(): a quoted scalar read from the file is a str subclass PyYAML refuses.
    dumped = pyyaml.safe_dump(str(text), allow_unicode=True, width=4096)
    return dumped.startswith(("'", '"')) or not dumped.startswith(text)


def styled(text: Any, kind: str) -> Any:
    """A scalar in its canonical style; `kind` is date, number, prose or text."""
    if text is None or not isinstance(text, str):
        return text
    if kind == "date":
        return TypedText.of(str(text), DATE_TAG)
    if kind == "number":
        # A figure's bound may be a decimal: tagged int, it would be written
        # with an explicit `!!int` tag.
        return TypedText.of(str(text), DECIMAL_TAG if "." in text else NUMBER_TAG)
    if kind == "flag":
        return TypedText.of(str(text).lower(), BOOL_TAG)
    if "\n" in text.rstrip("\n") and kind == "prose" and _literal_safe(text):
        return LiteralScalarString(text)  # a quote of several lines stays readable
    if kind == "prose" or needs_quotes(text):
        return DoubleQuotedScalarString(text)
    return str(text)


def _literal_safe(text: str) -> bool:
    """A `|` block keeps text exactly unless lines end in spaces or it starts
    with a space (YAML would read that as indentation)."""
    return not text.startswith((" ", "\n")) and all(
        line == line.rstrip() for line in text.split("\n")
    )


TOP = Shape(model="Ledger")
"""The shape of a whole ledger; `layout()` holds the rest."""
TEXT = Shape(style=Style.CODE)

_KIND = {Style.PROSE: "prose", Style.DATE: "date", Style.NUMBER: "number", Style.FLAG: "flag"}


def kind_of(model: str, key: str) -> str:
    """How a field of a model is written (for `styled`), from the models."""
    style = layout()[model][key].style or Style.CODE
    return {Style.PROSE: "prose", Style.DATE: "date", Style.FLAG: "flag"}.get(style, "text")


def field_order(model: str) -> list[str]:
    """The documented order of a model's keys (from the pydantic models)."""
    return list(layout()[model])


def _reorder(mapping: CommentedMap, order: list[Any], key_style: Callable[[str], Any]) -> None:
    """Put the keys of `mapping` in `order` (others after, as they were),
    restyling keys; comments stay attached to their keys."""
    for key in list(mapping.keys()):
        new_key = key_style(key)
        if type(new_key) is not type(key):
            value = mapping.pop(key)
            mapping[new_key] = value
    for key in in_order(list(mapping.keys()), order):
        mapping.move_to_end(key)
    mapping.fa.set_block_style()


def _plain_key(key: Any) -> Any:
    return styled(str(key), "text") if isinstance(key, str) else key


def _last_leaf(node: Any) -> tuple[Any, Any] | None:
    """(container, key) of the last scalar of a collection, where ruamel.yaml
    keeps the blank lines and comments that follow the collection."""
    while isinstance(node, (CommentedMap, CommentedSeq)) and len(node):
        key = next(reversed(node)) if isinstance(node, CommentedMap) else len(node) - 1
        if not isinstance(node[key], (CommentedMap, CommentedSeq)) or not len(node[key]):
            return node, key
        node = node[key]
    return None


def comment_token(value: str, like: CommentToken | None = None) -> CommentToken:
    """A comment token (blank lines, comments) placed like `like`."""
    if like is not None and like.start_mark is not None:
        return CommentToken(value, like.start_mark)
    return CommentToken(value, CommentMark(0))


def take_end(node: Any) -> CommentToken | None:
    """Detach the blank lines and whole-line comments that follow `node`,
    leaving a comment at the end of its last line where it is."""
    leaf = _last_leaf(node)
    if leaf is None:
        return None
    container, key = leaf
    slot = 2 if isinstance(container, CommentedMap) else 0
    comments = container.ca.items.get(key)
    token = comments[slot] if comments and len(comments) > slot else None
    if not isinstance(token, CommentToken) or "\n" not in token.value:
        return None
    own_line, _, after = token.value.partition("\n")
    if not after:
        return None
    comments[slot] = comment_token(own_line + "\n", token) if own_line.strip() else None
    return comment_token("\n" + after, token)


def put_end(node: Any, token: CommentToken | None) -> None:
    leaf = _last_leaf(node)
    if token is None or leaf is None:
        return
    container, key = leaf
    slot = 2 if isinstance(container, CommentedMap) else 0
    comments = container.ca.items.setdefault(key, [None, None, None, None])
    current = comments[slot]
    if isinstance(current, CommentToken):  # a comment at the end of the new last line
        token = comment_token(current.value.rstrip("\n") + token.value, current)
    comments[slot] = token


def canonical(node: Any, shape: Shape = TOP) -> Any:
    """Rewrite the tree in place into the canonical layout and return it.

    Blank lines and comments after an entry stay after that entry, wherever
    reordering moves its keys."""
    end = take_end(node) if shape is not TOP else None
    result = _canonical(node, shape)
    put_end(result, end)
    return result


def key_order(keys: Iterable[Any], shape: Shape) -> list[str]:
    """The order of a mapping's keys in the canonical layout: a model's
    documented order, the vocabulary's, sorted, or as written; keys the order
    does not name come after, as they were."""
    if shape.model is not None:
        return list(layout()[shape.model])
    if shape.order is Order.VOCABULARY:
        return list(shape.keys)
    if shape.order is Order.SORTED:
        return sorted(map(str, keys))
    return [str(k) for k in keys]  # as written: the writer's own order


def in_order(keys: list[Any], order: list[str]) -> list[Any]:
    """`keys` sorted by their place in `order` (`key_order`); keys it does
    not name after, as they were."""
    rank = {str(key): index for index, key in enumerate(order)}
    return sorted(keys, key=lambda k: rank.get(str(k), len(rank)))


def _canonical(node: Any, shape: Shape) -> Any:
    if (shape.model is not None or shape.value is not None) and isinstance(node, CommentedMap):
        fields = layout()[shape.model] if shape.model is not None else {}
        _reorder(node, key_order(node, shape), _plain_key)
        for key in list(node.keys()):
            node[key] = canonical(node[key], fields.get(str(key), shape.value or TEXT))
        return node
    if shape.item is not None and isinstance(node, CommentedSeq):
        node.fa.set_block_style()
        for index, item in enumerate(node):
            node[index] = canonical(item, shape.item)
        return node
    return styled(node, _KIND.get(shape.style or Style.CODE, "text"))


def format_text(text: str) -> str:
    """The ledger `text` in the canonical layout, comments and blank lines kept."""
    return dump_text(canonical(load_text(text)))
