"""No write drops a comment silently: in every placement, every writing
command keeps the comment, or refuses and names it (`comment-lost`)."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from coalition.edit.comments import comments_in
from tests.conftest import run_cli

LEDGER = """\
title: T
as_of: 2025-09-04
sources:
  p:
    publisher: P
    title: "T"
    published: 2025-09-04
countries:
  FI:
    group: coalition
    evidence:
      - source: p
        quote: "Finland text"
    stances:
      land:
        status: ruled_out
        detail: "No Finns at the front"
        conditions: [ceasefire, US backstop]
        evidence:
          - source: p
            quote: "Finns not sent"
  IT:
    group: coalition
    evidence:
      - source: p
        quote: "Italy text"
    stances:
      air:
        status: considering
        evidence:
          - source: p
            quote: "Italy is weighing"
"""

# (what to change in the ledger to place a comment, the comment's text)
PLACEMENTS = [
    ("title: T\n", "# CMT top\ntitle: T\n"),
    ("as_of: 2025-09-04\n", "as_of: 2025-09-04  # CMT eol\n"),
    ("countries:\n", "# CMT before a section\ncountries:\n"),
    ("  IT:\n", "  # CMT before a country\n  IT:\n"),
    (
        '        detail: "No Finns at the front"\n',
        '        detail:\n          # CMT between key and value\n          "No Finns at the front"\n',
    ),
    ("[ceasefire, US backstop]", "[ceasefire,  # CMT in a flow list\n          US backstop]"),
    ("{", "{"),
    (
        '        detail: "No Finns at the front"\n',
        "        detail: |  # CMT on a block line\n          No Finns at the front\n",
    ),
    ("title: T\n", "# CMT before the document start\n---\ntitle: T\n"),
    (
        '            quote: "Italy is weighing"\n',
        '            quote: "Italy is weighing"\n...\n# CMT after the end\n',
    ),
    (
        '            quote: "Finns not sent"\n',
        '            quote: "Finns not sent"  # CMT after a quote\n',
    ),
    (
        '    group: coalition\n    evidence:\n      - source: p\n        quote: "Italy text"\n',
        '    group: coalition  # CMT after a group\n    evidence:\n      - source: p\n        quote: "Italy text"\n',
    ),
    ("    stances:\n      air:", "    stances:\n      # CMT before a domain\n      air:"),
    (
        '          - source: p\n            quote: "Italy is weighing"',
        '          # CMT before evidence\n          - source: p\n            quote: "Italy is weighing"',
    ),
]

COMMANDS = [
    ["fmt"],
    ["set", "IT", "air", "offered", "--source", "p", "--quote", "Italy is weighing"],
    [
        "set",
        "FI",
        "land",
        "ruled_out",
        "--source",
        "p",
        "--quote",
        "Finns not sent",
        "--detail",
        "x",
    ],
    ["set", "IT", "sea", "offered", "--source", "p", "--quote", "Italy text"],
    ["set", "DE", "air", "offered", "--source", "p", "--quote", "Italy text", "--checked"],
    ["add-source", "q", "--publisher", "Q", "--title", "Q", "--published", "2025-09-04"],
    ["remove", "FI", "land", "--correction", "over-read", "--date", "2025-09-05"],
    ["country", "IT", "--role", "host"],
    ["review", "IT", "air", "--on", "2025-09-04"],
]


def placed(old: str, new: str) -> str:
    assert LEDGER.count(old) >= 1, old
    return LEDGER.replace(old, new, 1)


@pytest.mark.parametrize(("old", "new"), [p for p in PLACEMENTS if p[0] != "{"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_no_comment_is_ever_lost_silently(
    tmp_path: Path, old: str, new: str, command: list[str]
) -> None:
    text = placed(old, new)
    path = tmp_path / "contributions.yaml"
    path.write_text(text, encoding="utf-8")
    comment = next(c.text for c in comments_in(text) or [] if "CMT" in c.text)
    run = run_cli(*command, "-l", str(path)) if command[0] != "fmt" else run_cli("fmt", str(path))
    after = path.read_text(encoding="utf-8")
    if run.exit_code == 0:
        assert comment in after, (command, comment)
    else:
        assert after == text  # refused: nothing written
        assert f"the change would drop the comment '{comment}'" in run.stderr


def test_an_edit_changes_only_the_lines_it_means(tmp_path: Path) -> None:
    """Another country's wrapped quote, an escape, a line ending: untouched."""
    text = placed(
        '            quote: "Finns not sent"\n',
        '            quote: "Finns not\n              sent \\u00e9"\n',
    )
    text = text.replace("as_of: 2025-09-04\n", "as_of: 2025-09-04\r\n")
    path = tmp_path / "contributions.yaml"
    path.write_bytes(text.encode("utf-8"))
    run = run_cli(
        "set", "IT", "sea", "offered", "--source", "p", "--quote", "Italy text", "-l", str(path)
    )
    assert run.exit_code == 0, run.stderr
    after = path.read_bytes().decode("utf-8")
    changes = [
        line
        for line in difflib.ndiff(text.splitlines(keepends=True), after.splitlines(keepends=True))
        if line[:2] in ("+ ", "- ")
    ]
    assert changes == [
        "+       sea:\n",
        "+         status: offered\n",
        "+         evidence:\n",
        "+           - source: p\n",
        '+             quote: "Italy text"\n',
    ]  # and nothing else: the wrapped quote, the escape and the CRLF line stay


def _texts_with_comments() -> list[str]:
    """Ledgers with comments everywhere (after keys, values and list items,
    on lines of their own, in quotes), damaged ledgers, and the YAML test
    suite's cases with a `#`."""
    import random

    from tests.fuzz.mutants import mutants
    from tests.read.test_yaml_test_suite import CASES

    chooser = random.Random(3)
    lines = LEDGER.split("\n")
    texts = []
    for number in range(150):
        changed = list(lines)
        for _ in range(6):
            at = chooser.randrange(len(changed))
            line = changed[at]
            changed[at] = f"{line}  # c{number}" if line.strip() else f"# top {number}"
        texts.append("\n".join(changed).replace("Italy text", "Italy #hashtag text", number % 2))
    texts += [mutant.text for mutant in mutants(LEDGER, 300, seed=5)]
    texts += [case.read_text(encoding="utf-8", errors="replace") for case in CASES]
    return [text for text in texts if "#" in text]


def test_the_comments_read_block_by_block_are_those_of_the_whole_scan() -> None:
    from coalition.edit.comments import _comments_by_block, _comments_whole

    compared = 0
    for text in _texts_with_comments():
        by_block, whole = _comments_by_block(text), _comments_whole(text, text.rfind("#"))
        if by_block is not None and whole is not None:
            assert by_block == whole, text
            compared += 1
    assert compared > 200
