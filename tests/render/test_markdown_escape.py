"""Ledger text in Markdown stays text: rendered by a CommonMark renderer with
GitHub's extensions (tables, autolinks), it opens no link, emphasis, HTML or
mention, breaks no table cell, and reads as the words the ledger holds."""

from __future__ import annotations

import html
import re
from urllib.parse import unquote

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from coalition.render.markdown import escape, link
from coalition.render.style import clean

RENDERER = MarkdownIt("gfm-like")  # CommonMark + GFM tables, strikethrough, linkify
# GitHub links `www.` and `scheme://` addresses and e-mail addresses, not a bare
# domain such as `e.g.AT` (linkify-it's "fuzzy links"): judge as GitHub does.
assert RENDERER.linkify is not None, "markdown-it-py[linkify] installs linkify-it-py"
RENDERER.linkify.set({"fuzzy_link": False})

PIECES = st.sampled_from(
    [
        "https://example.org/a_b_c", "www.example.com", "press@example.org", "@MFA_Ukraine",
        "#12", "owner/repo#3", "&copy;", "&#169;", "Q&A", "*x*", "_y_", "**", "`", "``", "[a](b)",
        "![i](j)", "<b>", "<!-- c -->", "|", "\\", "~~s~~", "- ", "1. ", "# ", "> ", "=", "+ ",
        "AT&T", "e.g.", "(", ")", ".", ",", " ", "word", "Ukraine", "Kyiv's",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES | st.text(max_size=6), min_size=1, max_size=12).map("".join)


def rendered_cell(text: str) -> str:
    """The HTML of one table cell holding `text`."""
    page = RENDERER.render(f"| head |\n| --- |\n| {escape(text)} |\n")
    cells = re.findall(r"<td>(.*?)</td>", page, flags=re.S)
    assert len(cells) == 1, page
    return str(cells[0])


def visible(cell: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", cell))


@given(TEXTS)
@settings(max_examples=400, deadline=None)
def test_ledger_text_renders_as_itself_and_nothing_more(text: str) -> None:
    cell = rendered_cell(text)
    tags = set(re.findall(r"</?([a-z]+)", cell))
    assert tags <= {"code"}, (text, cell)
    expected = " ".join(clean(text).replace("\n", " ").split())
    assert " ".join(visible(cell).split()) == expected, (text, cell)
    outside_code = re.sub(r"<code>.*?</code>", "", cell)
    assert not re.search(r"@\w", outside_code), "GitHub would notify someone"
    assert not re.search(r"(?<![\w/])#\d", outside_code), "GitHub would link an issue"


def test_what_github_would_link_is_set_as_code() -> None:
    cell = rendered_cell("See https://example.org/x_y, ask @MFA_Ukraine (issue #12).")
    assert "<a" not in cell
    assert "<code>https://example.org/x_y</code>," in cell
    assert "<code>@MFA_Ukraine</code>" in cell and "(issue <code>#12</code>)." in cell


def test_an_entity_stays_the_characters_typed() -> None:
    assert visible(rendered_cell("&copy; 2025, Q&A")) == "&copy; 2025, Q&A"


def test_a_backtick_run_cannot_close_its_code_span() -> None:
    cell = rendered_cell("x @a``b")
    assert visible(cell) == "x @a``b"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.gov.uk/government/news/pm_statement_(4_september)",
        "https://example.org/a b<c>d\\e",
        "http://example.org/?q=a&b=c#x_y",
    ],
)
def test_a_source_url_is_a_working_link(url: str) -> None:
    page = RENDERER.render(f"> — {link('“Title_1”', url)}\n")
    href = re.search(r'<a href="([^"]*)">(.*?)</a>', page)
    assert href is not None, page
    assert html.unescape(href[2]) == "“Title_1”"
    assert unquote(html.unescape(href[1])) == url


def test_only_web_addresses_become_links() -> None:
    assert link("t", "javascript:alert(1)") == "t"
    assert "<a" not in RENDERER.render(link("t", "javascript:alert(1)"))
