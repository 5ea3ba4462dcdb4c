"""Broken (and a few valid) ledgers, each one change from a valid one, to run
through both `validate` and a JSON Schema validator.

Each case names what `validate` must say of it, and whether the schema can
say the same (`SCHEMA_CANNOT`: the check needs more than one document's
shape, such as an archive, a second key or the source list)."""

from __future__ import annotations

from dataclasses import dataclass

BASE = """\
title: Test ledger
as_of: 2025-09-04
sources:
  politico:
    publisher: Politico
    title: Allies ready
    published: 2025-09-04
reported:
  - value: 26
    counts: "countries ready to commit"
    status: committed
    source: politico
    quote: "twenty-six countries are ready to commit"
countries:
  IT:
    group: coalition
    stances:
      air:
        status: considering
        detail: Air patrols
        conditions: [ceasefire]
        evidence:
          - source: politico
            quote: Italy is weighing participating in air patrols
            attribution: reported
"""


@dataclass(frozen=True)
class Case:
    name: str
    old: str
    new: str
    valid: bool  # what `validate` (without --strict) decides
    schema_can_say: bool = True

    @property
    def text(self) -> str:
        assert self.old in BASE, self.name
        return BASE.replace(self.old, self.new, 1)


CASES = [
    Case("base", "", "", valid=True),
    Case("title a number", "title: Test ledger", "title: 2025", valid=True),
    Case("title true", "title: Test ledger", "title: true", valid=True),
    Case("title empty value", "title: Test ledger", "title:", valid=False),
    Case("detail a number", "detail: Air patrols", "detail: 1914", valid=True),
    Case(
        "figure's text a number", 'counts: "countries ready to commit"', "counts: 1914", valid=True
    ),
    Case("value as text", "value: 26", 'value: "26"', valid=True),
    Case("value negative", "value: 26", "value: -3", valid=False),
    Case("value a word", "value: 26", "value: many", valid=False),
    Case(
        "empty stances",
        """    stances:
      air:
        status: considering
        detail: Air patrols
        conditions: [ceasefire]
        evidence:
          - source: politico
            quote: Italy is weighing participating in air patrols
            attribution: reported
""",
        "    stances:\n    role: host\n",
        valid=True,
    ),
    Case("country UK", "  IT:\n", "  UK:\n", valid=False),
    Case("country XX", "  IT:\n", "  XX:\n", valid=False),
    Case("country lower", "  IT:\n", "  it:\n", valid=False),
    Case("country alpha-3", "  IT:\n", "  ITA:\n", valid=False),
    Case("unknown status", "status: considering", "status: considring", valid=False),
    Case("status capitalised", "status: considering", "status: Considering", valid=False),
    Case("unknown group", "group: coalition", "group: coalitoin", valid=False),
    Case("unknown attribution", "attribution: reported", "attribution: onrecord", valid=False),
    Case("unknown domain", "      air:\n", "      aerial:\n", valid=False),
    Case("unknown key", "detail: Air patrols", "details: Air patrols", valid=False),
    Case("missing status", "        status: considering\n", "", valid=False),
    Case(
        "missing evidence",
        """        evidence:
          - source: politico
            quote: Italy is weighing participating in air patrols
            attribution: reported
""",
        "",
        valid=False,
    ),
    Case(
        "empty evidence",
        """        evidence:
          - source: politico
            quote: Italy is weighing participating in air patrols
            attribution: reported
""",
        "        evidence: []\n",
        valid=False,
    ),
    Case("missing title", "title: Test ledger\n", "", valid=False),
    Case("empty title", "title: Test ledger", 'title: ""', valid=False),
    Case("date not a date", "as_of: 2025-09-04", "as_of: 4 September 2025", valid=False),
    Case("date impossible", "as_of: 2025-09-04", "as_of: 2025-02-30", valid=False),
    Case("conditions not a list", "conditions: [ceasefire]", "conditions: ceasefire", valid=False),
    Case(
        "evidence a mapping",
        "          - source: politico\n",
        "          source: politico\n",
        valid=False,
    ),
    Case(
        "sources a list",
        "  politico:\n    publisher: Politico\n",
        "  - politico:\n    publisher: Politico\n",
        valid=False,
    ),
    Case(
        "checked yes",
        "attribution: reported",
        "attribution: reported\n            checked: yes",
        valid=True,
    ),
    Case(
        "checked True",
        "attribution: reported",
        "attribution: reported\n            checked: True",
        valid=True,
    ),
    Case(
        "checked maybe",
        "attribution: reported",
        "attribution: reported\n            checked: maybe",
        valid=False,
    ),
    Case("empty conditions", "conditions: [ceasefire]", "conditions:", valid=True),
    Case("empty conditions list", "conditions: [ceasefire]", "conditions: []", valid=True),
    Case("empty detail", "detail: Air patrols", 'detail: ""', valid=False),
    Case(
        "sha256 not hex",
        "    published: 2025-09-04\n",
        "    published: 2025-09-04\n    sha256: abc\n",
        valid=False,
    ),
    Case(
        "url javascript:",
        "    published: 2025-09-04\n",
        "    published: 2025-09-04\n    url: javascript:alert(1)\n",
        valid=False,
    ),
    Case(
        "url file:",
        "    published: 2025-09-04\n",
        "    published: 2025-09-04\n    url: file:///etc/passwd\n",
        valid=False,
    ),
    Case(
        "url https in capitals",
        "    published: 2025-09-04\n",
        "    published: 2025-09-04\n    url: HTTPS://www.politico.eu/x\n",
        valid=True,
    ),
    Case(
        "published unknown",
        "    published: 2025-09-04\n",
        "    published:\n    date_basis: unknown\n",
        valid=True,
    ),
    Case("top level a list", "title: Test ledger\n", "- title: Test ledger\n", valid=False),
    Case(
        "source unknown",
        "          - source: politico",
        "          - source: politcio",
        valid=False,
        schema_can_say=False,
    ),
    *(
        Case(
            f"amount {name}",
            "        evidence:\n          - source: politico\n"
            "            quote: Italy is weighing participating in air patrols\n",
            "        amounts:\n          - unit: " + amount + "\n            words: 4 to 6 jets\n"
            "        evidence:\n          - source: politico\n"
            "            quote: Italy is weighing participating in air patrols with 4 to 6 jets\n",
            valid=valid,
            schema_can_say=can_say,
        )
        for name, amount, valid, can_say in (
            ("a range", "aircraft\n            min: 4\n            max: 6", True, True),
            ("decimals as text", 'EUR\n            min: "1.5"\n            max: 6.25', True, True),
            ("only a max", "aircraft\n            max: 6", True, True),
            ("no bound", "aircraft", False, True),
            ("a word for a number", "aircraft\n            max: six", False, True),
            ("negative", "aircraft\n            min: -4", False, True),
            ("min above max", "aircraft\n            min: 6\n            max: 4", False, False),
            ("money in words", "euros\n            max: 6", False, False),
        )
    ),
]
