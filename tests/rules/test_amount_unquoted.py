"""`amount-unquoted`: a figure whose words are in none of its stance's quotes
or translations.

Where its problems are reported, as (line, column, path, message); the
registry's tests run its failing and passing examples besides.
"""

from __future__ import annotations

from pathlib import Path

from coalition.rules.check.amount_unquoted import RULE
from coalition.rules.examples import FIGURE, figured
from tests.rules.harness import reported


def test_the_failing_example(tmp_path: Path) -> None:
    assert RULE.fail is not None
    assert reported(RULE, RULE.fail, tmp_path) == [
        (
            21,
            20,
            "countries.IT.stances.air.amounts.0.words",
            "the figure's words 'up to six jets' are in none of this stance's quotes",
        )
    ]


def test_words_are_compared_as_quotes_are(tmp_path: Path) -> None:
    # A dash of any kind, curly quotes, runs of space, capitals and '…'.
    ledger = figured(
        FIGURE.replace('"up to four jets"', '"Up to  four … jets"'), "up to four Italian jets"
    )
    dashed = figured(
        FIGURE.replace('"up to four jets"', '"4–6 jets"').replace(
            "max: 4", "min: 4\n            max: 6"
        ),
        "4-6 jets",
    )
    assert reported(RULE, ledger, tmp_path) == []
    assert reported(RULE, dashed, tmp_path) == []


def test_a_translation_holds_the_words(tmp_path: Path) -> None:
    ledger = figured(FIGURE, "fino a quattro jet").replace(
        'fino a quattro jet"\n', 'fino a quattro jet"\n            translation: "up to four jets"\n'
    )
    assert reported(RULE, ledger, tmp_path) == []


def test_words_of_another_stance_do_not_count(tmp_path: Path) -> None:
    ledger = figured().replace(
        "  IT:\n",
        '  FR:\n    group: coalition\n    stances:\n      air:\n        status: considering\n        amounts:\n          - unit: aircraft\n            max: 4\n            words: "up to four jets"\n        evidence:\n          - source: politico\n            quote: "France is weighing sending its Rafales"\n  IT:\n',
    )
    assert [where[2] for where in reported(RULE, ledger, tmp_path)] == [
        "countries.FR.stances.air.amounts.0.words"
    ]
