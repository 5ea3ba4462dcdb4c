"""Rules raised while reading a file: bytes, characters and YAML."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.rule import BASE, Example, Rule, changed

STAGE = "read"

RULES = (
    Rule(
        "io",
        Level.FATAL,
        STAGE,
        "the file cannot be read (it does not exist, is a folder, or is too large)",
        "Nothing can be checked in a file that cannot be read. Check the path, or name the "
        "ledger with --ledger PATH or the COALITION_LEDGER variable. The exit status is 2, "
        "as for any usage error.",
        Example(None),
        Example(BASE),
    ),
    Rule(
        "encoding",
        Level.ERROR,
        STAGE,
        "the file is not saved as UTF-8 text",
        "A ledger is UTF-8, the encoding every tool here reads. A file saved as Latin-1, "
        "Windows-1252 or UTF-16 shows accented letters as garbage elsewhere. Save it again "
        "with the encoding 'UTF-8' (most editors offer it under 'Save with encoding').",
        Example(changed("publisher: Politico", "publisher: Le Télégramme"), encoding="latin-1"),
        Example(changed("publisher: Politico", "publisher: Le Télégramme")),
    ),
    Rule(
        "conflict-marker",
        Level.ERROR,
        STAGE,
        "git left a merge-conflict marker in the file",
        "Two people changed the same lines and git kept both versions between <<<<<<<, "
        "======= and >>>>>>> lines. Keep the version you want, delete the other and the "
        "three marker lines.",
        Example(
            changed(
                "        status: considering\n",
                "<<<<<<< HEAD\n        status: considering\n=======\n"
                "        status: offered\n>>>>>>> update\n",
            )
        ),
        Example(BASE),
    ),
    Rule(
        "directive",
        Level.ERROR,
        STAGE,
        "a YAML directive ('%' at the start of a line)",
        "Directives such as %YAML change how the rest of the file is read, and YAML readers "
        "disagree about them. A ledger needs none: delete the line.",
        Example("%YAML 1.2\n---\n" + BASE),
        Example(BASE),
    ),
    Rule(
        "tab",
        Level.ERROR,
        STAGE,
        "a tab character",
        "YAML allows only spaces for indentation, and a tab looks like spaces in an editor. "
        "Replace it with spaces (two per level of indentation).",
        Example(changed("    group: coalition", "\tgroup: coalition")),
        Example(BASE),
    ),
    Rule(
        "control-character",
        Level.ERROR,
        STAGE,
        "a control character or terminal escape sequence, typed or written as an escape",
        "Control characters are invisible in an editor, can act on a reader's terminal, and "
        "make text that looks the same compare differently. They usually come from copying "
        "out of a terminal or a PDF. Delete them.",
        Example(changed("detail: Air patrols", 'detail: "Air patrols\\e[31m"')),
        Example(BASE),
    ),
    Rule(
        "invisible-character",
        Level.ERROR,
        STAGE,
        "an invisible character: zero-width, bidirectional override, or a no-break space "
        "used as indentation",
        "An invisible character makes a quote differ from its source while looking the same, "
        "and a bidirectional override can show text in another order than it is read. Delete "
        "it: move the cursor across the column the message names to find it.",
        Example(
            changed(
                "Italy is weighing participating in", "Italy is\u200b weighing participating in"
            )
        ),
        Example(BASE),
    ),
    Rule(
        "syntax",
        Level.ERROR,
        STAGE,
        "the file is not valid YAML",
        "YAML stops reading at a syntax error, so nothing after it can be checked. The "
        "commonest causes: a ': ' inside a text that is not in quotes, a quote mark that is "
        "not closed, a key without a space after its colon, and a line indented unlike its "
        "neighbours. Put such texts in double quotes.",
        Example(changed("detail: Air patrols", "detail: Air patrols: Baltic model")),
        Example(changed("detail: Air patrols", 'detail: "Air patrols: Baltic model"')),
    ),
    Rule(
        "duplicate-key",
        Level.ERROR,
        STAGE,
        "the same key twice in one place",
        "YAML silently keeps only the last of two equal keys, so the first entry would vanish "
        "without a word. Merge the two entries into one, or rename one of them.",
        Example(changed("        detail: Air patrols\n", "        status: offered\n")),
        Example(BASE),
    ),
    Rule(
        "anchor",
        Level.ERROR,
        STAGE,
        "an anchor (&name)",
        "Anchors and aliases let one part of a file repeat another; a ledger is read by "
        "people, who should see each text where it applies. Write the text out in full.",
        Example(changed("detail: Air patrols", "detail: &patrols Air patrols")),
        Example(BASE),
    ),
    Rule(
        "alias",
        Level.ERROR,
        STAGE,
        "an alias (*name)",
        "An alias repeats a part of the file defined elsewhere with an anchor; a reader of "
        "the ledger would not see what it stands for. Write the text out in full.",
        Example(changed("    group: coalition", "    group: *group")),
        Example(BASE),
    ),
    Rule(
        "tag",
        Level.ERROR,
        STAGE,
        "a YAML tag (a word starting with '!')",
        "Tags change the type YAML gives a value; a ledger's types are fixed by its format. "
        "Delete the tag.",
        Example(changed("detail: Air patrols", "detail: !!str Air patrols")),
        Example(BASE),
    ),
    Rule(
        "multiple-documents",
        Level.ERROR,
        STAGE,
        "a second YAML document ('---') in the file",
        "A ledger is one document; what follows a second '---' would be ignored by readers "
        "that take the first. Delete the '---' line and merge what follows into the ledger.",
        Example(BASE + "---\ntitle: Another ledger\n"),
        Example(BASE),
    ),
    Rule(
        "empty",
        Level.ERROR,
        STAGE,
        "the file is empty",
        "An empty file is not a ledger. Start from the example in the README, or run "
        "`coalition init`.",
        Example(""),
        Example(BASE),
    ),
    Rule(
        "structure",
        Level.ERROR,
        STAGE,
        "the top of the file is not a set of keys",
        "A ledger starts with the keys title, as_of, sources and countries; a file that is a "
        "list or a single text is something else. Start from the example in the README.",
        Example("- IT\n- FR\n"),
        Example(BASE),
    ),
)
