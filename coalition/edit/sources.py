"""Edits of the sources: define one, change one, remove one nobody cites."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap

from coalition.check.context import evidence_as_written
from coalition.edit.nodes import EditError, delete_entry, insert_entry, mapping_at, root_of
from coalition.edit.record import Correction, add_correction
from coalition.edit.roundtrip import canonical, dump_text, field_order, kind_of, styled
from coalition.model.fields import Shape

SOURCE = Shape(model="Source")


def add_source(text: str, source_id: str, fields: dict[str, str | None]) -> str:
    """Define a new source with `fields` (publisher, title, published, …);
    a date of None is written empty (its basis is unknown)."""
    data = root_of(text)
    sources = mapping_at(data, "sources")
    if source_id in sources:
        raise EditError(
            f"the source '{source_id}' is already defined; choose another id, or change it "
            "with --update"
        )
    source = CommentedMap({k: v for k, v in fields.items() if v or k == "published"})
    insert_entry(sources, source_id, canonical(source, SOURCE), [])
    sources.fa.set_block_style()
    return dump_text(data)


def update_source(
    text: str, source_id: str, fields: dict[str, str | None], correction: Correction | None = None
) -> str:
    """Change the given fields of an existing source ("" removes an optional one)."""
    data = root_of(text)
    source = mapping_at(data, "sources").get(source_id)
    if not isinstance(source, CommentedMap):
        raise EditError(f"there is no source '{source_id}' to update")
    for key, value in fields.items():
        kind = kind_of("Source", key)
        if value is None:
            source[key] = None  # a date said to be unknown
        elif value == "":
            if key in source:
                delete_entry(source, key)
        elif key in source:
            source[key] = styled(value, kind)
        else:
            insert_entry(source, key, styled(value, kind), field_order("Source"))
    if correction is not None:
        add_correction(data, correction)
    return dump_text(data)


def remove_source(text: str, source_id: str) -> str:
    """Remove a source that no evidence cites."""
    data = root_of(text)
    sources = mapping_at(data, "sources")
    if source_id not in sources:
        raise EditError(f"there is no source '{source_id}' to remove")
    citing = [
        path for path, item in evidence_as_written(_plain(data)) if item.get("source") == source_id
    ]
    if citing:
        where = ", ".join(".".join(map(str, path)) for path in citing[:3])
        raise EditError(
            f"the source '{source_id}' is still cited ({len(citing)} times: {where}); remove "
            "or replace that evidence first"
        )
    delete_entry(sources, source_id)
    return dump_text(data)


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return {str(k): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return str(node) if node is not None else None
