"""`fmt`: formatting would change what the ledger says, so nothing was written.

No ledger raises it by itself, so it has no example: a writer gone wrong is
made here, and `fmt` must refuse to write what it would make.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coalition.rules.edit.fmt import RULE
from coalition.rules.examples import BASE
from tests.conftest import run_cli


def test_fmt_refuses_to_change_what_the_ledger_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coalition.edit.apply as apply
    import coalition.edit.blockwise as blockwise
    from coalition.edit.canonical import written_entry

    path = tmp_path / "contributions.yaml"
    path.write_text(BASE, encoding="utf-8")
    # A writer gone wrong, whether it rewrites the whole text or a block of
    # it, through ruamel.yaml or from the block's data.
    for module in (apply, blockwise):
        monkeypatch.setattr(
            module, "format_text", lambda text: text.replace("considering", "offered")
        )
    monkeypatch.setattr(
        blockwise,
        "written_entry",
        lambda *args: (
            [line.replace("considering", "offered") for line in written_entry(*args) or []] or None
        ),
    )
    run = run_cli("fmt", str(path))
    assert run.exit_code == 2
    assert "formatting would change what the ledger says" in run.stderr
    assert RULE.summary in run.stderr
    assert "considering" in path.read_text(encoding="utf-8")
