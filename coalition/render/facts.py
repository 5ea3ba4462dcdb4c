"""The ledger as one line per fact, in a fixed order.

This is what git's textconv sees (`coalition textconv`): a line diff of two
such listings is a diff of facts, so reordering keys, requoting or
reindenting the YAML shows no change, and a status that moved shows as one
changed line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TextIO

from coalition.model.countries import display_name
from coalition.model.ledger import Evidence, Ledger, Stance, stances_by_column
from coalition.render import RenderOptions
from coalition.render.style import clean


def _evidence(prefix: str, evidence: Sequence[Evidence]) -> Iterator[str]:
    for item in evidence:
        who = [clean(item.speaker)] if item.speaker else []
        if item.speaker_country:
            who.append(f"for {item.speaker_country}")
        if item.attribution:
            who.append(item.attribution.value)
        who += ["paraphrase"] if item.paraphrase else []
        who += [f"via {clean(item.via)}"] if item.via else []
        who += [f"said {item.date.isoformat()}"] if item.date else []
        who += ["checked"] if item.checked else []
        own = getattr(item, "status", None)  # a stance's quote for an earlier status
        who += [f"supports {own.value}"] if own else []
        said = f" — {', '.join(who)}" if who else ""
        yield f"{prefix} evidence ({clean(item.source)}): “{clean(item.quote)}”{said}"
        if item.translation:
            yield f"{prefix} translation: “{clean(item.translation)}”"


def _stance(prefix: str, stance: Stance) -> Iterator[str]:
    detail = f" — {clean(stance.detail)}" if stance.detail else ""
    yield f"{prefix}: {stance.status.value}{detail}"
    for name in ("scope", "hedge"):
        if getattr(stance, name):
            yield f"{prefix} {name}: {clean(getattr(stance, name))}"
    for condition in stance.conditions:
        yield f"{prefix} condition: {clean(condition)}"
    if stance.reviewed:
        yield f"{prefix} reviewed: {stance.reviewed.isoformat()}"
    if stance.resolution:
        follows, reason = clean(stance.resolution.follows), clean(stance.resolution.reason)
        yield f"{prefix} resolution: follows {follows}: {reason}"
    yield from _evidence(prefix, stance.evidence)


def ledger_facts(ledger: Ledger) -> Iterator[str]:
    yield f"title: {clean(ledger.title)}"
    yield f"as_of: {ledger.as_of.isoformat()}"
    for precondition in ledger.preconditions:
        yield f"precondition: {clean(precondition.text)}"
        yield from _evidence("precondition", precondition.evidence)
    for source_id in sorted(ledger.sources):
        source = ledger.sources[source_id]
        extra = "".join(f", {clean(v)}" for v in (source.url, source.archive) if v)
        yield (
            f"source {clean(source_id)}: {clean(source.publisher)}, “{clean(source.title)}”, "
            f"{source.published.isoformat() if source.published else 'date unknown'}{extra}"
        )
    for figure in sorted(ledger.reported, key=lambda f: (f.source, f.counts)):
        status = f" [{figure.status.value}]" if figure.status else ""
        yield f"reported: {figure.value} {clean(figure.counts)}{status} ({clean(figure.source)})"
        yield from _evidence("reported", [figure])
    for code in sorted(ledger.countries):
        country = ledger.countries[code]
        role = f", role {clean(country.role)}" if country.role else ""
        yield f"{code} {clean(display_name(code, country.name))}: group {country.group.value}{role}"
        yield from _evidence(code, country.evidence)
        for column, stance in stances_by_column(country).items():
            yield from _stance(f"{code} {column}", stance)
    for correction in ledger.corrections:
        what = " ".join(
            clean(str(v)) for v in (correction.country, correction.domain, correction.source) if v
        )
        yield f"correction {correction.date.isoformat()} {what}: {clean(correction.reason)}"


def facts_text(ledger: Ledger, out: TextIO, options: RenderOptions) -> None:
    for line in ledger_facts(ledger):
        out.write(line + "\n")
