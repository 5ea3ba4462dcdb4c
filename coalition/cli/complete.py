"""What the shell completes, by the kind of value a parameter takes (its
metavar): the ledger's country codes and source ids, domains, statuses,
groups and rule ids, each with a word of help where the shell shows one.

Completion runs on every Tab, so the ledger is read with the cheapest
loader there is (every scalar as text, nothing checked); a ledger that cannot
be read completes nothing rather than failing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

Candidates = list[tuple[str, str]]


def _ledger_file(ctx: Any) -> Path:
    from coalition.cli.defaults import DEFAULT_LEDGER, LEDGER_ENV

    given = None
    while ctx is not None and given is None:
        given = (ctx.params or {}).get("ledger")
        ctx = ctx.parent
    return Path(given or os.environ.get(LEDGER_ENV) or DEFAULT_LEDGER)


def _ledger_sections(ctx: Any) -> dict[str, Any]:
    import yaml

    try:
        from coalition.read.files import read_bytes

        text = read_bytes(_ledger_file(ctx)).decode("utf-8-sig")
        loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
        data = yaml.load(text, Loader=loader)  # BaseLoader: only text, lists and maps
    except Exception:  # noqa: BLE001 - completion never fails the shell
        return {}
    return data if isinstance(data, dict) else {}


def _countries(ctx: Any) -> Candidates:
    from coalition.model.countries import country_name, iso_countries

    countries = _ledger_sections(ctx).get("countries")
    tracked = sorted(countries) if isinstance(countries, dict) else []
    known = [(code, country_name(code)) for code in tracked if isinstance(code, str)]
    others = [(code, country_name(code)) for code in sorted(iso_countries()) if code not in tracked]
    return known + others


def _sources(ctx: Any) -> Candidates:
    sources = _ledger_sections(ctx).get("sources")
    if not isinstance(sources, dict):
        return []
    return [
        (str(key), str(value.get("publisher", "")) if isinstance(value, dict) else "")
        for key, value in sources.items()
    ]


def _domains(ctx: Any) -> Candidates:
    from coalition.model.vocabulary import OVERALL, Domain

    return [(str(domain), "") for domain in Domain] + [(OVERALL, "the country's overall stance")]


def _statuses(ctx: Any) -> Candidates:
    from coalition.model.vocabulary import STATUS_MEANINGS

    return [(str(status), str(meaning)) for status, meaning in STATUS_MEANINGS.items()]


def _groups(ctx: Any) -> Candidates:
    from coalition.model.vocabulary import GROUP_MEANINGS

    return [(str(group), str(meaning)) for group, meaning in GROUP_MEANINGS.items()]


def _rules(ctx: Any) -> Candidates:
    from coalition.rules.registry import RULES

    return [(rule.id, rule.summary) for rule in RULES.values()]


COMPLETERS: dict[str, Callable[[Any], Candidates]] = {
    "CODE": _countries,
    "ID": _sources,
    "SOURCE": _sources,
    "DOMAIN": _domains,
    "STATUS": _statuses,
    "GROUP": _groups,
    "RULE": _rules,
}


def complete(metavar: str | None, ctx: Any, incomplete: str) -> Candidates | None:
    """The candidates for a parameter of this kind that start with what was
    typed (any case; Typer then keeps those that start with it as typed), or
    None when the kind has no completer."""
    completer = COMPLETERS.get(metavar or "")
    if completer is None:
        return None
    typed = incomplete.casefold()
    return [(value, about) for value, about in completer(ctx) if value.casefold().startswith(typed)]
