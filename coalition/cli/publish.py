"""`coalition publish` and `coalition map`: the ledger as pages and pictures."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from coalition.cli.app import (
    LedgerOption,
    OutDirArgument,
    app,
    ledger_path,
    load_valid,
    parse_column,
)
from coalition.cli.parameters import completed


def _web_address(value: str) -> str:
    """A link the site may hold: an http(s) address, else a usage error."""
    from coalition.render.style import web_address

    if value and web_address(value) is None:
        raise typer.BadParameter("not an http:// or https:// address")
    return value


DocsUrlOption = Annotated[
    str,
    typer.Option(
        "--docs-url",
        metavar="URL",
        callback=_web_address,
        help="The address of coalition's documentation (its mkdocs build), linked from every "
        "page's footer so readers can see how the ledger is checked.",
    ),
]


@app.command()
def publish(
    folder: OutDirArgument,
    ledger: LedgerOption = None,
    archives: Annotated[
        bool,
        typer.Option(
            "--archives/--no-archives",
            help="Copy the archived texts into the site and link to them (they remain their "
            "publishers'; leave them out to publish the quotes alone).",
        ),
    ] = True,
    base_url: Annotated[
        str,
        typer.Option(
            "--base-url",
            metavar="URL",
            help="The address the site is published at: the feed's links and ids use it.",
        ),
    ] = "",
    docs_url: DocsUrlOption = "",
) -> None:
    """A static site of the ledger: what changed in the latest release, who does what,
    a map per domain, a page per country with its quotes and timeline, the sources and
    corrections, how to cite the data, and a feed of changes."""
    from coalition.cli.release import release_infos, site_notes
    from coalition.git import release_of_file
    from coalition.render.site import write_site

    book = load_valid(ledger)
    found = release_infos(ledger_path(ledger))
    try:
        site = write_site(
            book,
            ledger_path(ledger).parent,
            folder,
            archives=archives,
            releases=found,
            base_url=base_url,
            release=release_of_file(ledger_path(ledger)),
            notes=site_notes(ledger_path(ledger), book),
            docs_url=docs_url,
        )
    except OSError as error:
        typer.echo(f"coalition: cannot write in {folder}: {error.strerror or error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(
        f"wrote {len(site.files)} files in {folder} (as of {book.as_of.isoformat()}); "
        f"open {folder / 'index.html'}",
        err=True,
    )


@app.command(name="map")
def map_command(
    domain: Annotated[
        str,
        typer.Option(
            "--domain",
            "-d",
            **completed("DOMAIN"),
            help="overall, a domain (land, sea, air, cyber, logistics, financing), or 'strongest' "
            "(the strongest stance in any domain).",
        ),
    ] = "strongest",
    output: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="FILE.svg or FILE.png. Default: the SVG on standard output.",
            dir_okay=False,
        ),
    ] = None,
    ledger: LedgerOption = None,
) -> None:
    """A choropleth of one domain: Europe large, the world below, a colour per status."""
    from coalition.analyse.mapping import STRONGEST, map_view
    from coalition.render.mapsvg import render_map

    column = STRONGEST if domain.lower() == STRONGEST else parse_column(domain)
    if output is not None and output.suffix.lower() not in (".svg", ".png"):
        raise typer.BadParameter("the file must end in .svg or .png", param_hint="'--output'")
    svg = render_map(map_view(load_valid(ledger), column))
    if output is None:
        sys.stdout.write(svg)
        return
    from coalition.render.output import replace_file

    try:
        replace_file(output, _png(svg) if output.suffix.lower() == ".png" else svg)
    except OSError as error:
        typer.echo(f"coalition: cannot write {output}: {error.strerror or error}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"wrote {output}", err=True)


def _png(svg: str) -> bytes:
    try:
        import cairosvg
    except OSError:  # cairosvg is installed, the cairo library is not
        typer.echo(
            "coalition: a PNG needs the cairo library (Debian and Ubuntu: apt install libcairo2; "
            "macOS: brew install cairo); the SVG needs nothing",
            err=True,
        )
        raise typer.Exit(2) from None
    data: bytes = cairosvg.svg2png(bytestring=svg.encode("utf-8"), output_width=1600)
    return data
