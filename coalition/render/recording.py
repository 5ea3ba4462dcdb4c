"""`coalition record`'s proposals: shell lines a journalist edits and runs,
or JSON. Every word from the source is cleaned of what could act on a
terminal and quoted for the shell, so that a sentence such as `$(…)` is
text, never a command."""

from __future__ import annotations

import shlex
from typing import TextIO

from coalition.analyse.recording import Proposal, RecordingPlan
from coalition.render import RenderOptions
from coalition.render.jsondump import write_json
from coalition.render.style import dated, one_line

_SHELL_SPECIAL = frozenset('"$`\\!')


def shell_word(word: str) -> str:
    """A word as the shell reads it back unchanged: plain when it can be,
    in double quotes when it holds nothing the shell expands there, else in
    single quotes."""
    word = one_line(word)
    if word and all(c.isalnum() or c in "-_.,/:+=@%" for c in word):
        return word
    if not _SHELL_SPECIAL.intersection(word):
        return f'"{word}"'
    return shlex.quote(word)


def command_line(words: tuple[str, ...], ledger_option: tuple[str, ...] = ()) -> str:
    return " ".join(shell_word(w) for w in ("coalition", *words, *ledger_option))


def _reading(proposal: Proposal) -> str:
    reading = proposal.reading
    if reading.status is None:
        return "no status word: ignore it, or write the set yourself"
    parts = [f"{reading.status.value} ({reading.cue!r})"]
    parts.append(
        f"{reading.domain} ({reading.domain_words!r})" if reading.domain_words else "overall"
    )
    parts += [f"hedge {reading.hedge!r}"] if reading.hedge else []
    parts += [f"scope {reading.scope!r}"] if reading.scope else []
    return one_line("; ".join(parts))


def record_text(plan: RecordingPlan, out: TextIO, options: RenderOptions) -> None:
    found = plan.coverage
    source = found.source
    out.write(
        f"# coalition record {one_line(plan.source_id)}: {one_line(source.publisher)}, "
        f"{dated(source)}\n"
    )
    if found.problem:
        out.write(f"# {one_line(found.problem)}: nothing to propose\n")
        return
    out.write(
        f"# {len(plan.proposals)} sentence{'s' if len(plan.proposals) != 1 else ''} to record "
        f"({found.covered} quoted already, {found.ignored} ignored with a reason).\n"
    )
    if not plan.proposals:
        return
    out.write(
        "# Each command is a guess from the words: check the status, domain and quote against\n"
        "# the text, fill in what is in capitals, run it, then `coalition coverage` again.\n"
    )
    for number, proposal in enumerate(plan.proposals, 1):
        out.write(f"\n# {number}. {', '.join(proposal.countries)}: {one_line(proposal.sentence)}\n")
        out.write(f"#    reads: {_reading(proposal)}\n")
        for hint in proposal.hints:
            out.write(f"#    {one_line(hint)}\n")
        for words in proposal.commands:
            out.write(command_line(words, plan.ledger_option) + "\n")
        for words in proposal.alternatives:
            out.write("# " + command_line(words, plan.ledger_option) + "\n")


def record_json(plan: RecordingPlan, out: TextIO, options: RenderOptions) -> None:
    found = plan.coverage
    write_json(
        {
            "source": plan.source_id,
            "problem": found.problem,
            "covered": found.covered,
            "ignored": found.ignored,
            "proposals": [
                {
                    "sentence": p.sentence,
                    "countries": list(p.countries),
                    "reading": {
                        "status": p.reading.status.value if p.reading.status else None,
                        "cue": p.reading.cue,
                        "domain": p.reading.domain,
                        "domain_words": p.reading.domain_words,
                        "hedge": p.reading.hedge,
                        "scope": p.reading.scope,
                        "lead": p.reading.lead,
                        "relative_day": p.reading.relative_day,
                    },
                    "commands": [
                        {
                            "argv": ["coalition", *words, *plan.ledger_option],
                            "line": command_line(words, plan.ledger_option),
                        }
                        for words in p.commands
                    ],
                    "hints": list(p.hints),
                    "alternatives": [
                        {
                            "argv": ["coalition", *words, *plan.ledger_option],
                            "line": command_line(words, plan.ledger_option),
                        }
                        for words in p.alternatives
                    ],
                }
                for p in plan.proposals
            ],
        },
        out,
    )
