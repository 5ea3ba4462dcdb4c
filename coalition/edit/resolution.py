"""How a stance's contradicting sources are resolved: `resolution:`, the
source its status follows and why (see `model/timeline.py`), set or taken
away. A function from the ledger's text to the new text, as every edit."""

from __future__ import annotations

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coalition.edit.nodes import EditError, delete_entry, insert_entry, root_of
from coalition.edit.record import Correction, add_correction
from coalition.edit.roundtrip import canonical, dump_text, field_order, put_end, take_end
from coalition.edit.stances import find_stance
from coalition.model.fields import Shape

RESOLUTION = Shape(model="Resolution")


def _cited(stance: CommentedMap) -> list[str]:
    evidence = stance.get("evidence")
    items = evidence if isinstance(evidence, CommentedSeq) else []
    return list(dict.fromkeys(str(i.get("source")) for i in items if isinstance(i, CommentedMap)))


def resolve(
    text: str,
    code: str,
    column: str,
    follows: str | None,
    reason: str | None,
    correction: Correction | None = None,
) -> str:
    """Say which of a stance's sources its status follows, and why; with no
    `follows`, take the resolution away."""
    data = root_of(text)
    stance = find_stance(data, code, column)
    end = take_end(stance)  # what follows the stance stays after it
    if follows is None:
        if "resolution" not in stance:
            raise EditError(f"{code} {column} has no resolution to remove")
        delete_entry(stance, "resolution")
    else:
        cited = _cited(stance)
        if follows not in cited:
            raise EditError(
                f"{code} {column} cites no source {follows!r}; a resolution follows one of its "
                f"own: {', '.join(cited)}"
            )
        if not (reason or "").strip():
            raise EditError("say why the stance follows that source")
        entry = canonical(CommentedMap({"follows": follows, "reason": reason}), RESOLUTION)
        if "resolution" in stance:
            stance["resolution"] = entry
        else:
            insert_entry(stance, "resolution", entry, field_order("Stance"))
    put_end(stance, end)
    if correction is not None:
        add_correction(data, correction)
    return dump_text(data)
