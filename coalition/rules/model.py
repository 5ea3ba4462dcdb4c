"""Rules raised when the ledger's data is checked against its format."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.rule import BASE, Example, Rule, changed

STAGE = "model"

RULES = (
    Rule(
        "unknown-key",
        Level.ERROR,
        STAGE,
        "a key the ledger's format does not have (often a misspelling)",
        "A misspelt key would otherwise be ignored, and what it holds lost without a word. "
        "The message suggests the closest key; the README's annotated example lists them all.",
        Example(changed("detail: Air patrols", "details: Air patrols")),
        Example(BASE),
    ),
    Rule(
        "missing-key",
        Level.ERROR,
        STAGE,
        "a key the format requires is missing",
        "Some keys are needed for an entry to mean anything: a country's group, a stance's "
        "status and evidence, a source's publisher, title and date. Add the key the message "
        "names.",
        Example(changed("    group: coalition\n", "")),
        Example(BASE),
    ),
    Rule(
        "unknown-status",
        Level.ERROR,
        STAGE,
        "a status that is not on the scale",
        "Statuses are a fixed scale, weakest to strongest: ruled_out, undecided, considering, "
        "offered, committed, delivering. Diffs call a move up the scale an escalation, so a "
        "status must be one of these words, spelt exactly.",
        Example(changed("status: considering", "status: comitted")),
        Example(BASE),
    ),
    Rule(
        "unknown-group",
        Level.ERROR,
        STAGE,
        "a group that is not coalition, partner or other",
        "The group says where a country stands relative to the coalition: a member "
        "(coalition), an outside partner (partner), or named without being either (other).",
        Example(changed("group: coalition", "group: coaltion")),
        Example(BASE),
    ),
    Rule(
        "unknown-attribution",
        Level.ERROR,
        STAGE,
        "an attribution that is not on_record, spokesperson, anonymous or reported",
        "The attribution says how the source knows what it says, so a reader can weigh it: a "
        "named official (on_record), a spokesperson, unnamed officials (anonymous), or the "
        "outlet's own reporting (reported).",
        Example(changed("            attribution: reported", "            attribution: reporting")),
        Example(BASE),
    ),
    Rule(
        "unknown-domain",
        Level.ERROR,
        STAGE,
        "a domain that is not land, sea, air, cyber, logistics or financing",
        "The six domains are the columns of every summary; a stance about the mission as a "
        "whole goes under 'overall', beside 'stances'.",
        Example(changed("      air:", "      airforce:")),
        Example(BASE),
    ),
    Rule(
        "date",
        Level.ERROR,
        STAGE,
        "a date that is not written YYYY-MM-DD, or does not exist",
        "Dates are compared (is a source newer than as_of? is a stance stale?), so they are "
        "written one way: 2025-09-04.",
        Example(changed("as_of: 2025-09-04", "as_of: 4 September 2025")),
        Example(BASE),
    ),
    Rule(
        "no-evidence",
        Level.ERROR,
        STAGE,
        "a stance without evidence",
        "Every stance rests on the words of a source. Add at least one '- source: ID' with "
        "its 'quote'.",
        Example(
            changed(
                '        evidence:\n          - source: politico\n            quote: "Italy is '
                'weighing participating in air patrols"\n            attribution: reported\n',
                "        evidence: []\n",
            )
        ),
        Example(BASE),
    ),
    Rule(
        "schema",
        Level.ERROR,
        STAGE,
        "a value of the wrong kind: a text where a list is expected, a list where a set of "
        "keys is, a word where a number is",
        "Each key holds one kind of value. Conditions are a list (one '- item' per line, or "
        "[a, b]); a country, a stance and a source are sets of keys; a reported figure's value "
        "is a whole number.",
        Example(
            changed(
                "        detail: Air patrols\n",
                "        detail: Air patrols\n        conditions: ceasefire\n",
            )
        ),
        Example(
            changed(
                "        detail: Air patrols\n",
                "        detail: Air patrols\n        conditions: [ceasefire]\n",
            )
        ),
    ),
    Rule(
        "country-code",
        Level.ERROR,
        STAGE,
        "a country key that is not an ISO 3166-1 alpha-2 code",
        "Countries are keyed by their two-letter ISO code so that every tool (maps, joins "
        "with other data) agrees on who is who: GB, not UK; FR, not FRA or France.",
        Example(changed("  IT:", "  ITA:")),
        Example(BASE),
    ),
    Rule(
        "unknown-date-basis",
        Level.ERROR,
        STAGE,
        "a date_basis that is not stated, url, index, inferred or unknown",
        "date_basis says how a source's date is known, so that a reader can weigh it: the text "
        "states it, the page's address gives it, the page was indexed with it, it was inferred "
        "(say how in date_note), or it is unknown (leave published empty).",
        Example(
            changed(
                "    published: 2025-09-04\n",
                "    published: 2025-09-04\n    date_basis: guessed\n",
            )
        ),
        Example(
            changed(
                "    published: 2025-09-04\n", "    published: 2025-09-04\n    date_basis: url\n"
            )
        ),
    ),
    Rule(
        "url",
        Level.ERROR,
        STAGE,
        "a source's url that is not an http:// or https:// address",
        "The published site and the Markdown make a source's url a link: a javascript:, data: "
        "or file: address would run or open something on the reader's machine. Give the "
        "page's web address, or leave url out.",
        Example(
            changed(
                "    published: 2025-09-04\n",
                "    published: 2025-09-04\n    url: javascript:alert(1)\n",
            )
        ),
        Example(
            changed(
                "    published: 2025-09-04\n",
                "    published: 2025-09-04\n    url: https://www.politico.eu/\n",
            )
        ),
    ),
)
