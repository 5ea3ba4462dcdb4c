"""Changing a round-tripped YAML tree without disturbing the rest of the file.

ruamel.yaml keeps the blank lines and comments that follow an entry on the
last value of that entry. An entry added at the end of a mapping or a list
would land after them (a blank line meant to separate countries would end up
inside the new one, a comment that belongs above `reported:` would end up
above the new source); an entry deleted would take with it the comment that
introduces the next one. The helpers here move those lines to where they
belong, so that an edit touches the lines it means to and nothing else.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coalition.edit.roundtrip import comment_token, load_text, put_end, styled, take_end


class EditError(Exception):
    """The edit cannot be made as asked; the message says why."""


def root_of(text: str) -> CommentedMap:
    data = load_text(text)
    if not isinstance(data, CommentedMap):
        raise EditError("the ledger is not a set of keys; fix it by hand first")
    return data


def mapping_at(parent: CommentedMap, key: str, *, create: bool = True) -> CommentedMap:
    """The mapping under `key`, created (at the end) when missing."""
    value = parent.get(key)
    if value is None and create:
        value = CommentedMap()
        insert_entry(parent, key, value, [])
    if not isinstance(value, CommentedMap):
        raise EditError(f"'{key}' is not a set of keys in the ledger; fix it by hand first")
    return value


def _blank_lines_after(node: Any) -> int:
    """How many blank lines follow `node` in the file (0 if a comment does)."""
    token = take_end(node)
    if token is None:
        return 0
    put_end(node, token)
    text = token.value
    return text.count("\n") - 1 if not text.strip() else 0


def insert_entry(mapping: CommentedMap, key: str, value: Any, order: list[str]) -> None:
    """Add `key` where `order` puts it if the mapping follows that order, at
    the end otherwise (the writer's own order is kept). The blank lines and
    comments after the last entry stay after the last entry; a new entry in
    the middle is followed by as many blank lines as the entry before it."""
    keys = [str(k) for k in mapping]
    rank = {k: i for i, k in enumerate(order)}
    follows = all(k in rank for k in keys) and keys == sorted(keys, key=rank.__getitem__)
    position = len(keys)
    if follows and key in rank:
        position = sum(1 for k in keys if rank[k] < rank[key])
    # A key is styled like any text: `NO` is written "NO", never read as False.
    styled_key = styled(key, "text")
    if position == len(keys) and keys:
        previous = mapping[keys[-1]]
        # Entries set off by blank lines (the last but one shows it) stay so.
        separated = len(keys) >= 2 and isinstance(value, (CommentedMap, CommentedSeq))
        blanks = _blank_lines_after(mapping[keys[-2]]) if separated else 0
        end = take_end(mapping)
        mapping.insert(position, styled_key, value)
        if blanks:
            put_end(previous, comment_token("\n" * (blanks + 1), end))
        put_end(mapping, end)
        return
    mapping.insert(position, styled_key, value)
    if keys and isinstance(value, (CommentedMap, CommentedSeq)):
        blanks = _blank_lines_between(mapping, keys, position)
        if blanks:
            put_end(value, comment_token("\n" * (blanks + 1)))


def _blank_lines_between(mapping: CommentedMap, keys: list[str], position: int) -> int:
    """The blank lines that set entries apart here: after the nearest entry
    around `position` that is a collection and not the last entry."""
    around = [keys[position - 1]] if position > 0 else []
    around += keys[position:-1]
    for key in around:
        if isinstance(mapping[key], (CommentedMap, CommentedSeq)) and key != keys[-1]:
            return _blank_lines_after(mapping[key])
    return 0


def append_item(sequence: CommentedSeq, item: Any) -> None:
    """Append to a list, keeping what follows the list after it."""
    end = take_end(sequence) if len(sequence) else None
    sequence.append(item)
    put_end(sequence, end)


def delete_entry(mapping: CommentedMap, key: str) -> None:
    """Delete an entry; the lines that followed it (a blank line, a comment
    introducing the next entry) follow what is now before them."""
    keys = [str(k) for k in mapping]
    position = keys.index(key)
    end = take_end(mapping[key])
    del mapping[key]
    if end is None:
        return
    if position > 0:
        previous = mapping[keys[position - 1]]
        if isinstance(previous, (CommentedMap, CommentedSeq)) and len(previous):
            put_end(previous, end)
            return
    comments = [line.strip() for line in end.value.split("\n") if line.strip()]
    if comments and position < len(mapping):
        following = list(mapping)[position]
        indent = end.start_mark.column if end.start_mark is not None else 0
        mapping.yaml_set_comment_before_after_key(
            following, before="\n".join(c.lstrip("#").lstrip() for c in comments), indent=indent
        )


def delete_item(sequence: CommentedSeq, index: int) -> None:
    """Delete an item of a list, keeping what followed the list after it."""
    if index == len(sequence) - 1 and index > 0:
        end = take_end(sequence)
        del sequence[index]
        put_end(sequence, end)
        return
    del sequence[index]
