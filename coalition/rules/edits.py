"""Rules raised by the commands that change the ledger."""

from __future__ import annotations

from coalition.problems import Level
from coalition.rules.rule import Rule

STAGE = "edit"

RULES = (
    Rule(
        "fmt",
        Level.FATAL,
        STAGE,
        "formatting would change what the ledger says, so nothing was written",
        "`coalition fmt` only changes how the file looks. Before writing, it reads the new "
        "text back and compares it with the old; if they differ, that is a bug in coalition, "
        "not in the ledger: please report it with the file.",
    ),
    Rule(
        "edit-refused",
        Level.ERROR,
        STAGE,
        "an edit command cannot make the change as asked",
        "An edit (set, add-source…) is refused when its result would not be a valid ledger "
        "(the problems of the result are listed with it), when what it would change is not "
        "there (a source id that already exists, a part of the file that is not a set of "
        "keys), or when the file cannot be read. Nothing is written; fix what the message "
        "says and run the command again.",
    ),
    Rule(
        "edit-unmeant",
        Level.FATAL,
        STAGE,
        "an edit would change more than it was asked to, so nothing was written",
        "Every edit is compared, as data, with the ledger before it; a change it was not asked "
        "to make is a bug in coalition, not in the ledger: please report it with the command "
        "you ran.",
    ),
    Rule(
        "comment-lost",
        Level.ERROR,
        STAGE,
        "a change would drop a comment the YAML writer cannot keep where it is",
        "Comments are the desk's notes and are never dropped silently. A few places hold a "
        "comment the YAML writer cannot put back (inside a [list] written on several lines, "
        "between a key and its value on the next line, on a '|' line): the change is refused "
        "and the message names the comment. Move it to a line of its own above the key it "
        "explains, and run the command again.",
    ),
)
