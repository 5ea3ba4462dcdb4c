"""What the rules' examples are made of: a small valid ledger, and ways to
change one thing in it."""

from __future__ import annotations

# The ledger every example starts from: valid, and as small as a real one can
# be. An example changes one thing in it.
BASE = """\
title: Example ledger
as_of: 2025-09-04
sources:
  politico:
    publisher: Politico
    title: Ukraine allies ready to commit to post-war security guarantees
    published: 2025-09-04
countries:
  IT:
    group: coalition
    evidence:
      - source: politico
        quote: "POLITICO reported earlier this week that Italy is weighing participating"
    stances:
      air:
        status: considering
        detail: Air patrols
        evidence:
          - source: politico
            quote: "Italy is weighing participating in air patrols"
            attribution: reported
"""


def changed(old: str, new: str, text: str = BASE) -> str:
    """`text` with `old` replaced by `new`, which must be in it once."""
    if text.count(old) != 1:  # pragma: no cover - caught by the tests
        raise ValueError(f"{old!r} is not in the example exactly once")
    return text.replace(old, new)


# A plain-text copy of the base ledger's source, and the ledger citing it.
ARCHIVE = (
    "Ukraine allies ready to commit to post-war security guarantees.\n"
    "POLITICO reported earlier this week that Italy is weighing participating in air\n"
    "patrols, modeled on NATO's Baltic air policing mission.\n"
)
ARCHIVED = changed(
    "    published: 2025-09-04\n",
    "    published: 2025-09-04\n    archive: sources/politico.txt\n",
)

# The base ledger with a figure: its quote gives one, and the stance records
# it. `figured(AMOUNT)` puts another amount in its place.
FIGURE = (
    "        amounts:\n"
    "          - unit: aircraft\n"
    "            max: 4\n"
    '            words: "up to four jets"\n'
)


def figured(amount: str = FIGURE, figure: str = "up to four jets") -> str:
    """The base ledger whose quote ends with `figure`, with `amount` recorded."""
    return changed(
        '        evidence:\n          - source: politico\n            quote: "Italy is weighing '
        'participating in air patrols"\n',
        amount + '        evidence:\n          - source: politico\n            quote: "Italy is '
        f'weighing participating in air patrols with {figure}"\n',
    )
