"""What editors, git and YAML itself do to a file: each found at its place."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from coalition.load import load_ledger
from tests.conftest import VALID, run_cli

Write = Callable[..., Path]


def found(path: Path) -> tuple[int, list[tuple[int | None, int | None, str | None]]]:
    run = run_cli("validate", "--format", "json", str(path))
    report = json.loads(run.stdout)
    return run.exit_code, [(p["line"], p["column"], p["rule"]) for p in report["problems"]]


def message(path: Path) -> str:
    return run_cli("validate", str(path)).lines[0]


def test_tab_indentation(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("    group: coalition", "\tgroup: coalition"))
    # Only the tab: the misaligned line it leaves behind is not a second problem.
    assert found(path) == (1, [(10, 1, "tab")])
    assert "replace the tab with spaces" in message(path)


def test_tab_after_a_key_is_caught_by_both_parsers(ledger_file: Write) -> None:
    # LibYAML accepts 'key:<TAB>value' and PyYAML's Python parser rejects it.
    path = ledger_file(VALID.replace("group: coalition", "group:\tcoalition"))
    assert found(path) == (1, [(10, 11, "tab")])
    assert [p.rule for p in load_ledger(path, pure_yaml=True).problems] == ["tab"]


def test_byte_order_mark_and_crlf_change_nothing(ledger_file: Write) -> None:
    plain = load_ledger(ledger_file(VALID, "plain.yaml"))
    windows = ledger_file(b"\xef\xbb\xbf" + VALID.replace("\n", "\r\n").encode(), "windows.yaml")
    assert found(windows) == (0, [])
    assert load_ledger(windows).ledger == plain.ledger


def test_positions_are_the_same_with_crlf(ledger_file: Write) -> None:
    text = VALID.replace("status: considering", "status: comitted").replace("\n", "\r\n")
    assert found(ledger_file(text.encode()))[1] == [(13, 17, "unknown-status")]


def test_merge_conflict_markers(ledger_file: Write) -> None:
    text = VALID.replace(
        "    group: coalition\n",
        "<<<<<<< HEAD\n    group: coalition\n=======\n    group: partner\n>>>>>>> theirs\n",
    )
    path = ledger_file(text)
    assert found(path) == (
        1,
        [(10, 1, "conflict-marker"), (12, 1, "conflict-marker"), (14, 1, "conflict-marker")],
    )
    assert "keep the version you want" in message(path)


def test_zero_width_space_inside_a_code(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("  IT:", "  I\u200bT:"))
    assert found(path) == (1, [(9, 4, "invisible-character")])
    assert "U+200B (zero width space)" in message(path)


def test_bidirectional_override(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("Air patrols", "Air \u202epatrols"))
    assert found(path) == (1, [(14, 21, "invisible-character")])
    assert "bidirectional" in message(path)


def test_no_break_space_as_indentation(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("    group: coalition", "  \u00a0 group: coalition"))
    code, problems = found(path)
    assert code == 1
    assert problems[0] == (10, 3, "invisible-character")


def test_raw_escape_sequence_in_text(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("Air patrols", "Air \x1b[31mpatrols"))
    assert found(path) == (1, [(14, 21, "control-character")])
    assert "\x1b" not in run_cli("validate", str(path)).stdout


def test_escape_sequence_written_as_a_yaml_escape(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("detail: Air patrols", 'detail: "Air \\e[31mpatrols"'))
    assert found(path) == (1, [(14, 17, "control-character")])
    assert "\x1b" not in run_cli("validate", str(path)).stdout


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x7f", "\x85", "\u2028"])
def test_control_characters(ledger_file: Write, char: str) -> None:
    path = ledger_file(VALID.replace("Air patrols", f"Air{char}patrols"))
    assert found(path) == (1, [(14, 20, "control-character")])


def test_anchor_and_alias_are_refused_not_expanded(ledger_file: Write) -> None:
    text = VALID.replace("detail: Air patrols", "detail: &d Air patrols").replace(
        "quote: Italy", "quote: *d\n            speaker: Italy"
    )
    assert found(ledger_file(text))[1] == [(14, 17, "anchor"), (17, 20, "alias")]


def test_alias_bomb_is_rejected_quickly(ledger_file: Write) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    code, problems = found(ledger_file("\n".join(lines) + "\n"))
    assert code == 1
    assert {rule for _, _, rule in problems} >= {"anchor", "alias"}


def test_tags_are_refused(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("detail: Air patrols", "detail: !!python/object:os.system x"))
    assert found(path) == (1, [(14, 17, "tag")])


def test_second_document(ledger_file: Write) -> None:
    assert found(ledger_file(VALID + "---\ntitle: again\n")) == (1, [(18, 1, "multiple-documents")])


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n", "---\n", "~\n"])
def test_empty_file(ledger_file: Write, content: str) -> None:
    path = ledger_file(content)
    assert found(path) == (1, [(1, 1, "empty")])
    assert "the ledger is empty" in message(path)


def test_top_level_list(ledger_file: Write) -> None:
    path = ledger_file("- FR\n- GB\n")
    assert found(path) == (1, [(1, 1, "structure")])
    assert "holds a list" in message(path)


def test_latin1_file(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("Air patrols", "Patrouilles a\u00e9riennes").encode("latin-1"))
    assert found(path) == (1, [(14, 30, "encoding")])
    assert "not UTF-8" in message(path)


def test_utf16_file(ledger_file: Write) -> None:
    path = ledger_file(VALID.encode("utf-16"))
    assert found(path) == (1, [(1, 1, "encoding")])
    assert "UTF-16" in message(path)


def test_missing_closing_quote_points_at_the_opening_one(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("detail: Air patrols", 'detail: "Air patrols'))
    code, problems = found(path)
    assert code == 1
    assert problems == [(14, 17, "syntax")]
    assert message(path) == (
        f"{path}:14:17: error: the file ends inside a quoted text: a closing quote mark is "
        "missing; add the closing quote mark at the end of the text that starts here [syntax]"
    )


def test_colon_inside_an_unquoted_value(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("detail: Air patrols", "detail: Air: patrols"))
    code, problems = found(path)
    assert (code, problems) == (1, [(14, 20, "syntax")])
    assert "double quotes" in message(path)


def test_bad_indentation_names_the_line_that_is_off(ledger_file: Write) -> None:
    """YAML stops at line 11, whose indentation no longer fits; the line to
    fix is 10, indented one space more than the two-space rule."""
    path = ledger_file(VALID.replace("    group: coalition", "     group: coalition"))
    assert found(path) == (1, [(10, 6, "syntax")])
    assert message(path).endswith(
        "this line is indented 5 spaces and the next line 4: the keys of one entry must line "
        "up; indent it with 4 spaces, like the line below [syntax]"
    )


def test_a_key_indented_less_than_the_one_above_is_named(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("    stances:", "   stances:"))
    assert found(path) == (1, [(11, 4, "syntax")])


def test_a_key_indented_further_than_the_one_above_is_named(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("        detail: Air patrols", "         detail: Air patrols"))
    assert found(path) == (1, [(14, 10, "syntax")])
    assert "indented further than the line above (9 spaces against 8)" in message(path)


@pytest.mark.parametrize(
    ("value", "column", "words"),
    [
        (
            "'forces on NATO's adjacent territory'",
            32,
            "the ' in 'NATO's' ends the quoted text; use double quotes around text that "
            "contains an apostrophe, or write the apostrophe twice ('')",
        ),
        (
            '"he said "no" to it"',
            26,
            "the \" before 'no' ends the quoted text; write \\\" for a quote mark inside double "
            "quotes, use curly quotes “ ”, or put the text in single quotes",
        ),
        (
            "Air patrols: Baltic model",
            28,
            "the ': ' after 'Air patrols' makes YAML read what follows as a new key; put the "
            "whole value in double quotes",
        ),
    ],
    ids=["apostrophe", "double-quote", "colon"],
)
def test_quoting_slips_each_have_their_own_message(
    ledger_file: Write, value: str, column: int, words: str
) -> None:
    path = ledger_file(VALID.replace("detail: Air patrols", f"detail: {value}"))
    assert found(path) == (1, [(14, column, "syntax")])
    assert message(path) == f"{path}:14:{column}: error: {words} [syntax]"


def test_a_quote_mark_never_closed_at_the_end_of_the_file(ledger_file: Write) -> None:
    text = VALID.replace(
        "quote: Italy is weighing participating in air patrols",
        'quote: "Italy is weighing participating in air patrols',
    )
    path = ledger_file(text)
    assert found(path) == (1, [(17, 20, "syntax")])
    assert "the file ends inside a quoted text" in message(path)


def test_an_apostrophe_doubled_inside_single_quotes_is_fine(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("detail: Air patrols", "detail: 'NATO''s patrols'"))
    assert found(path) == (0, [])


def test_a_quoted_key_and_a_comment_after_a_quote_are_not_slips(ledger_file: Write) -> None:
    text = VALID.replace("detail: Air patrols", "detail: 'Air patrols'  # noted").replace(
        "  IT:", '  "IT":'
    )
    assert found(ledger_file(text)) == (0, [])


def test_yaml_directive(ledger_file: Write) -> None:
    assert found(ledger_file("%YAML 1.1\n---\n" + VALID)) == (1, [(1, 1, "directive")])


def test_markup_and_emoji_codes_from_the_file_are_shown_as_written(ledger_file: Write) -> None:
    text = VALID.replace("status: considering", 'status: "[red]x[/] :warning: [link=http://e]y"')
    run = run_cli("validate", str(ledger_file(text)), env={"FORCE_COLOR": "1"})
    assert "[red]x[/] :warning: [link=http://e]y" in run.stdout
    assert "\x1b]8;" not in run.stdout  # no terminal hyperlink
    assert "⚠" not in run.stdout


def test_missing_closing_quote_in_the_middle_of_the_file(ledger_file: Write) -> None:
    """YAML reads on past the line and stops lines later; the message points at
    the quote that was opened, and says where YAML got lost."""
    text = VALID.replace("detail: Air patrols", 'detail: "Air patrols').replace(
        "quote: Italy is weighing participating in air patrols",
        'quote: "Italy is weighing participating in air patrols"',
    )
    path = ledger_file(text)
    code, problems = found(path)
    assert (code, problems) == (1, [(14, 17, "syntax")])
    assert message(path).endswith(
        "this quoted text is not closed on its line, so YAML read on and got lost at line 17, "
        "column 21; add the closing quote mark at the end of the text [syntax]"
    )


def test_missing_space_after_a_colon(ledger_file: Write) -> None:
    path = ledger_file(VALID.replace("status: considering", "status:considering"))
    assert found(path) == (1, [(13, 15, "syntax")])
    assert "a space is missing after ':'" in message(path)
