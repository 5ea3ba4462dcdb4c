"""Rules raised by the cross-record checks: what no single field knows."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.rule import BASE, Example, Rule, changed

STAGE = "check"

ARCHIVE = (
    "Ukraine allies ready to commit to post-war security guarantees.\n"
    "POLITICO reported earlier this week that Italy is weighing participating in air\n"
    "patrols, modeled on NATO's Baltic air policing mission.\n"
)
ARCHIVED = changed(
    "    published: 2025-09-04\n",
    "    published: 2025-09-04\n    archive: sources/politico.txt\n",
)
SECOND_SOURCE = changed(
    "countries:\n",
    "  spiegel:\n    publisher: Der Spiegel\n    title: Berlin weighs air defence\n"
    "    published: 2025-09-03\ncountries:\n",
)
REPORTED = changed(
    "countries:\n",
    "reported:\n  - value: 0\n    counts: countries committed to air patrols\n"
    "    status: committed\n    source: politico\n"
    '    quote: "Italy is weighing participating in air patrols"\ncountries:\n',
)

# Italy's air stance, with a second voice the same day that rules it out.
CONTRADICTED = changed(
    "            attribution: reported\n",
    "            attribution: reported\n"
    "          - source: politico\n"
    '            quote: "Italy is not taking part in air patrols"\n'
    "            speaker: A minister\n"
    "            status: ruled_out\n",
)

RULES = (
    Rule(
        "comment-in-text",
        Level.WARNING,
        STAGE,
        "a text cut short by ' #', which YAML reads as the start of a comment",
        "In a text without quotes, a '#' after a space starts a comment: 'Troops #1 priority' "
        "is read as 'Troops'. Put the whole text in double quotes; to write a real comment "
        "after a value, set it off with two spaces.",
        Example(changed("detail: Air patrols", "detail: Air patrols #1 priority")),
        Example(changed("detail: Air patrols", 'detail: "Air patrols #1 priority"')),
    ),
    Rule(
        "undefined-source",
        Level.ERROR,
        STAGE,
        "evidence cites a source id that is not defined under 'sources'",
        "Every quote must say where it comes from. Define the source (add-source), or fix the "
        "id: the message suggests the closest one.",
        Example(changed("          - source: politico", "          - source: politco")),
        Example(BASE),
    ),
    Rule(
        "unused-source",
        Level.WARNING,
        STAGE,
        "a source that no evidence cites",
        "A source nobody cites is usually a typo in an id, or work left half done. Cite it, or "
        "delete it.",
        Example(SECOND_SOURCE),
        Example(BASE),
    ),
    Rule(
        "future-date",
        Level.WARNING,
        STAGE,
        "a source published after the ledger's as_of date",
        "as_of says when the ledger was last reviewed as a whole; a source newer than that "
        "has not been reviewed with the rest. Check the date, or move as_of forward after "
        "reviewing the ledger.",
        Example(changed("published: 2025-09-04", "published: 2025-09-05")),
        Example(BASE),
    ),
    Rule(
        "duplicate-evidence",
        Level.ERROR,
        STAGE,
        "the same quote from the same source twice in one entry",
        "Evidence is a set: a quote counts once however often it is pasted. Quotes are compared "
        "as the quote check compares them (quote marks, dashes, spacing and '...' for '…' do "
        "not matter). Delete the copy; to change who said it, edit the first one "
        "(`coalition set` with the same quote does).",
        Example(
            changed(
                "            attribution: reported\n",
                "            attribution: reported\n          - source: politico\n"
                "            quote: “Italy is weighing participating in air patrols”\n",
            )
        ),
        Example(BASE),
    ),
    Rule(
        "archive",
        Level.ERROR,
        STAGE,
        "a source's archived copy is missing, unreadable, or outside the ledger's folder",
        "An archive is a plain-text copy of the source kept beside the ledger, so that quotes "
        "can be checked and the source outlives its web page. The path is relative to the "
        "ledger's folder and must stay inside it.",
        Example(ARCHIVED),
        Example(ARCHIVED, files={"sources/politico.txt": ARCHIVE}),
    ),
    Rule(
        "quote-not-found",
        Level.ERROR,
        STAGE,
        "a quote is not in the archived copy of its source",
        "A quote is the source's exact words. Quote marks (straight or curly), dashes and "
        "line breaks do not matter; words left out are marked with '…'. The message says "
        "where the quote departs from the source.",
        Example(
            changed("Italy is weighing participating in", "Italy is considering joining", ARCHIVED),
            files={"sources/politico.txt": ARCHIVE},
        ),
        Example(ARCHIVED, files={"sources/politico.txt": ARCHIVE}),
    ),
    Rule(
        "quote-too-short",
        Level.ERROR,
        STAGE,
        "a quote holds too few of the source's words to identify a passage",
        "A quote proves what a source says only if it is enough of the source's words to "
        "find one passage: '…', '\"\"' or 'a … a' would be found in almost any text. A quote "
        "checked against an archive holds at least four words, and at least two on each side "
        "of a '…'.",
        Example(
            changed(
                '"Italy is weighing participating in air patrols"', '"Italy … patrols"', ARCHIVED
            ),
            files={"sources/politico.txt": ARCHIVE},
        ),
        Example(ARCHIVED, files={"sources/politico.txt": ARCHIVE}),
    ),
    Rule(
        "stale-stance",
        Level.WARNING,
        STAGE,
        "a stance whose newest evidence is much older than the ledger's as_of date",
        "Positions move. A stance resting only on old reporting may no longer hold: find newer "
        "reporting, or check that it still holds. The limit is --stale-after DAYS (90 by "
        "default).",
        Example(changed("as_of: 2025-09-04", "as_of: 2026-01-10")),
        Example(BASE),
    ),
    Rule(
        "no-stance",
        Level.WARNING,
        STAGE,
        "a country with neither a stance nor a role",
        "A country listed with nothing to say about it is an entry left unfinished. Add what "
        "the sources say it does or refuses, or its role, or remove it.",
        Example(BASE + "  FR:\n    group: coalition\n"),
        Example(BASE + "  FR:\n    group: other\n    role: co-host\n"),
    ),
    Rule(
        "reported-exceeded",
        Level.WARNING,
        STAGE,
        "more countries at a reported figure's status than the figure counts",
        "A source that counts 26 committed countries allows at most 26 of them in the ledger. "
        "More means a status was over-read, or the figure is out of date.",
        Example(changed("status: considering", "status: committed", REPORTED)),
        Example(REPORTED),
    ),
    Rule(
        "uncorrected-rewrite",
        Level.WARNING,
        STAGE,
        "since a base revision (validate --since REV), a downgrade or a removal that neither a "
        "correction nor new evidence explains",
        "The ledger is a record: a stance that goes down the scale, or a quote, a stance or a "
        "country that disappears, is either news (a later statement, cited as new evidence) "
        "or a correction of the ledger's own mistake (a correction entry says why). Anything "
        "else would silently rewrite what readers were told. Add the evidence, or a "
        "correction with its reason; CI can refuse the change with --strict.",
    ),
    Rule(
        "archive-changed",
        Level.ERROR,
        STAGE,
        "an archived copy changed since its SHA-256 was recorded",
        "An archive is the record of what a source said when it was read. `add-source --archive` "
        "records its SHA-256; a copy that no longer matches was edited, or replaced, and quotes "
        "checked against it prove nothing. Restore it as retrieved (git shows what changed), "
        "or record the new copy with `add-source ID --update --archive PATH`.",
        Example(
            changed(
                "    archive: sources/politico.txt\n",
                "    archive: sources/politico.txt\n    sha256: " + "0" * 64 + "\n",
                ARCHIVED,
            ),
            files={"sources/politico.txt": ARCHIVE},
        ),
        Example(ARCHIVED, files={"sources/politico.txt": ARCHIVE}),
    ),
    Rule(
        "source-date",
        Level.ERROR,
        STAGE,
        "a source's date is empty without being said to be unknown, given while said to be "
        "unknown, or inferred without saying how",
        "An unknown date is said, never guessed: leave 'published' empty and write "
        "'date_basis: unknown'. A date deduced from the text ('on Tuesday') is 'inferred', and "
        "'date_note' says how; the checks that use dates skip what they cannot know and say so.",
        Example(changed("    published: 2025-09-04\n", "    published:\n")),
        Example(
            changed("    published: 2025-09-04\n", "    published:\n    date_basis: unknown\n")
        ),
    ),
    Rule(
        "undated-evidence",
        Level.NOTE,
        STAGE,
        "a stance none of whose quotes has a known date, so its age was not checked",
        "A note, never a failure: when a source's date is unknown, whether the stance is stale "
        "cannot be known either, and validate says what it skipped rather than guess. If the "
        "source says when the words were spoken, give the quote its own 'date:'.",
        Example(
            changed("    published: 2025-09-04\n", "    published:\n    date_basis: unknown\n")
        ),
        Example(BASE),
    ),
    Rule(
        "group-unsupported",
        Level.WARNING,
        STAGE,
        "a country in the coalition, or a partner, with no evidence of its own (under --strict)",
        "A country's group is a claim like any other: the country's own 'evidence' holds the "
        "quote it rests on ('Italy is among the 26 countries…'). An opt-in check: it runs "
        "with --strict, as newsroom CI does before publishing.",
        Example(
            changed(
                '    evidence:\n      - source: politico\n        quote: "POLITICO reported '
                'earlier this week that Italy is weighing participating"\n    stances:',
                "    stances:",
            )
        ),
        Example(BASE),
    ),
    Rule(
        "status-unsupported",
        Level.WARNING,
        STAGE,
        "the status is stronger than any wording in its evidence supports",
        "The quote must bear the claim, not just exist. Each status has its words (refusal: "
        "'ruling out', 'not sending'; weighing: 'weighing', 'could', 'likely'; willingness: "
        "'ready', 'willing', 'prepared'; commitment: 'committed', 'pledged', 'signed'; delivery: "
        "'deployed', 'arrived'), in English and German, a negation turning a word into a "
        "refusal. Record the weakest status the words support; a quote a person has read and "
        "found to bear the status without such a word is marked 'checked: true'.",
        Example(changed("status: considering", "status: committed")),
        Example(BASE),
    ),
    Rule(
        "country-not-named",
        Level.WARNING,
        STAGE,
        "no quote of a stance names its country",
        "A quote pasted under the wrong country still passes the quote check. This one wants "
        "each stance's evidence to name its country: by a name ('Finland', 'Suomi'), a demonym "
        "('Finnish', 'Finns'), its capital standing for the government ('Helsinki'), or a "
        "speaker on record for it ('speaker_country: FI'). Names come from pycountry and "
        "countryinfo. A quote that is right without naming it is marked 'checked: true'.",
        Example(changed("  IT:", "  FI:")),
        Example(BASE),
    ),
    Rule(
        "contradiction-unresolved",
        Level.WARNING,
        STAGE,
        "sources say different things of one stance for overlapping dates, and nothing says "
        "which the ledger follows",
        "A quote may carry the status it supported on its date ('status: ruled_out'), so a "
        "stance keeps its history. Two such quotes that disagree on the same day (or one of "
        "them undated, so of any day), from different sources or speakers, are a "
        "contradiction, as is a quote later than every quote for the stance's status: the "
        "stance says which it follows and why, in 'resolution:' ('follows: SOURCE-ID', "
        "'reason: \"…\"'), as Kiel, ACLED and Wikidata record theirs.",
        Example(CONTRADICTED),
        Example(
            changed(
                "        detail: Air patrols\n",
                "        detail: Air patrols\n        resolution:\n          follows: politico\n"
                '          reason: "The government spokesperson speaks for the cabinet"\n',
                CONTRADICTED,
            )
        ),
    ),
    Rule(
        "evidence-after-as-of",
        Level.WARNING,
        STAGE,
        "a quote said after the ledger's as_of date, the cut-off of what it covers",
        "as_of is the cut-off a release states: the ledger covers what was said up to it. A "
        "quote said later has not been reviewed with the rest. Check its 'date:', or move "
        "as_of forward (coalition as-of) after reviewing the ledger.",
        Example(
            changed(
                "            attribution: reported\n",
                "            attribution: reported\n            date: 2025-09-05\n",
            )
        ),
        Example(BASE),
    ),
)
