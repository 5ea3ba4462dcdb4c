"""Editing: changes to the ledger file that keep everything else in it.

`roundtrip.py` (comment-keeping YAML in the canonical style, its field list
read off the models), `nodes.py` (changes to the tree that keep blank lines and comments
in place), `stances.py`, `sources.py` and `record.py` (one function per edit, text -> text),
`apply.py` (the one pipeline every edit and `fmt` go through: transform, read
back, check, compare) and `write.py` (atomic replacement of the file).
"""
