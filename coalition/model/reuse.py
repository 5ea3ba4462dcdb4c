"""Validating many versions of one ledger: a record unchanged since the last
version is not validated again.

When `BlockReader` (`coalition/read/blocks.py`) takes a country or a source
from the version read before, its data is the very same object; its model
from that version is handed to pydantic in its place, which accepts a model
instance as it is (the models are frozen, so sharing one is safe). `log` and
`diff` then also see the same object on both sides of an unchanged record
and skip it at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel

    from coalition.model.ledger import Ledger

# The parts of a ledger that are mappings of records, by id.
_RECORDS = ("countries", "sources")


class Records:
    """The models of the records of the last version validated, by the
    identity of the data they were validated from."""

    def __init__(self) -> None:
        # id(data) -> (data, model): holding the data keeps its id its own.
        self._known: dict[int, tuple[Any, BaseModel]] = {}

    def substitute(self, data: Any) -> Any:
        """`data` with each record validated before replaced by its model."""
        if not self._known or not isinstance(data, dict):
            return data
        changed = dict(data)
        for part in _RECORDS:
            records = data.get(part)
            if isinstance(records, dict):
                changed[part] = {
                    key: known[1] if (known := self._known.get(id(value))) is not None else value
                    for key, value in records.items()
                }
        return changed

    def remember(self, data: Any, ledger: Ledger) -> None:
        """Keep the records of this version (and only these) for the next."""
        known: dict[int, tuple[Any, BaseModel]] = {}
        for part in _RECORDS:
            records, models = data.get(part), getattr(ledger, part)
            # A key the model rewrote (" GB" for "GB") would put models out of step.
            if isinstance(records, dict) and list(records) == list(models):
                for value, model in zip(records.values(), models.values(), strict=True):
                    if isinstance(value, dict):
                        known[id(value)] = (value, model)
        self._known = known
