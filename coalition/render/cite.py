"""How to cite the data: a CSL-JSON record (what Zotero, Pandoc and most
reference managers read) and a BibTeX entry, for each release and for the
data as it stands (unreleased). Generated, so that a citation names exactly
the version, cut-off and date a reader used."""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from coalition.analyse.feed import ReleaseInfo

AUTHOR = "coalition ledger"
"""The attribution DATA-LICENSE.md asks for."""
UNRELEASED = "unreleased"
_CUT_OFF = re.compile(r"up to (\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class Citation:
    version: str  # a release's name, or UNRELEASED
    issued: datetime.date
    cut_off: datetime.date | None
    csl_json: str
    bibtex: str

    @property
    def stem(self) -> str:
        return f"cite/{self.version}"


def _bibtex_text(text: str) -> str:
    """Text a BibTeX field holds as written: its special characters escaped."""
    specials = {
        "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%",
        "$": r"\$", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\^{}",
    }  # fmt: skip
    return "".join(specials.get(c, c) for c in text)


def citation(
    title: str,
    version: str,
    issued: datetime.date,
    cut_off: datetime.date | None,
    base_url: str = "",
) -> Citation:
    key = "coalition-ledger-" + re.sub(r"[^A-Za-z0-9]+", "-", version)
    note = (
        f"Version {version}; what the sources said up to {cut_off.isoformat()}"
        if cut_off
        else f"Version {version}"
    )
    record: dict[str, object] = {
        "id": key,
        "type": "dataset",
        "title": title,
        "author": [{"literal": AUTHOR}],
        "version": version,
        "issued": {"date-parts": [[issued.year, issued.month, issued.day]]},
        "note": note,
    }
    if base_url:
        record["URL"] = base_url
    fields = [
        # Double braces: the title keeps its capitals, and the author is one
        # corporate name, not a person called "ledger, coalition".
        ("title", "{{" + _bibtex_text(title) + "}}"),
        ("author", "{{" + _bibtex_text(AUTHOR) + "}}"),
        ("year", str(issued.year)),
        ("month", issued.strftime("%b").lower()),
        ("version", "{" + _bibtex_text(version) + "}"),
        ("note", "{" + _bibtex_text(note) + "}"),
    ]
    if base_url:
        # A URL is read verbatim (the url package): only its braces would break the entry.
        fields.append(("url", "{" + base_url.replace("{", "%7B").replace("}", "%7D") + "}"))
        fields.append(("urldate", "{" + issued.isoformat() + "}"))
    body = ",\n".join(f"  {name} = {value}" for name, value in fields)
    return Citation(
        version,
        issued,
        cut_off,
        json.dumps([record], ensure_ascii=False, indent=2) + "\n",
        f"@misc{{{key},\n{body}\n}}\n",
    )


def citations(
    title: str,
    as_of: datetime.date,
    built: datetime.date,
    releases: Sequence[ReleaseInfo],
    current: str | None,
    base_url: str = "",
) -> list[Citation]:
    """The data as it stands first (the current release, or unreleased),
    then every release, newest first."""
    found = []
    if current is None:
        found.append(citation(title, UNRELEASED, built, as_of, base_url))
    for release in reversed(releases):
        matched = _CUT_OFF.search(release.notes)
        cut_off = datetime.date.fromisoformat(matched[1]) if matched else None
        found.append(citation(title, release.name, release.date, cut_off, base_url))
    return found
