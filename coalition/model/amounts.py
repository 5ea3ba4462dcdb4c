"""What a figure in the ledger may be: a non-negative number, and a unit that,
for money, is an ISO 4217 code.

The ledger's scalars reach the model as text (`coalition/read/compose.py`),
so a bound is parsed here, strictly: "20m", "1,000" or "about 50" are the
source's words, which belong in `words`, not a number a total can add. Errors
are pydantic's own kinds (`greater_than_equal` for a negative bound, so the
message is the one every other negative number gets) or named kinds that
`coalition/model/errors.py` puts into words.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import BeforeValidator, WithJsonSchema
from pydantic_core import PydanticCustomError, PydanticKnownError

from coalition.model.styles import Style

# Digits, a point and digits; bounded, as no figure needs more (and `int()`
# refuses a text of over 4,300 digits).
_NUMBER = re.compile(r"-?[0-9]{1,30}(?:\.[0-9]{1,30})?")

# Money written as a word or a sign, and the code it is usually meant as.
# Whole currency names (pycountry's, "Canadian dollar") are looked up first.
_MONEY_WORDS = {
    "€": "EUR",
    "euro": "EUR",
    "$": "USD",
    "dollar": "USD",
    "£": "GBP",
    "pound": "GBP",
    "sterling": "GBP",
    "¥": "JPY",
    "yen": "JPY",
    "₴": "UAH",
    "hryvnia": "UAH",
    "hryvnya": "UAH",
    "zloty": "PLN",
    "złoty": "PLN",
    "franc": "CHF",
    "krona": "SEK",
    "kronor": "SEK",
    "krone": "NOK or DKK",
    "kroner": "NOK or DKK",
}
_TOKEN = re.compile(r"[€$£¥₴]|[^\W\d_]+")


def as_number(value: Any) -> int | Decimal:
    """A bound as a number: whole numbers as int, others as Decimal (never a
    float, whose 0.1 is not 0.1)."""
    if isinstance(value, bool):
        raise PydanticCustomError("amount_number", "not a number", {"input": value})
    if isinstance(value, int):
        number: int | Decimal = value
    elif isinstance(value, float | Decimal):
        number = Decimal(str(value))
    elif isinstance(value, str) and _NUMBER.fullmatch(value.strip()):
        text = value.strip()
        number = int(text) if "." not in text else Decimal(text)
    else:
        raise PydanticCustomError("amount_number", "not a number", {"input": value})
    if number < 0:
        raise PydanticKnownError("greater_than_equal", {"ge": 0})
    if isinstance(number, Decimal):
        if not number.is_finite():
            raise PydanticCustomError("amount_number", "not a number", {"input": value})
        if number == number.to_integral_value():
            return int(number)
    return number


@functools.cache
def currency_codes() -> dict[str, str]:
    """ISO 4217 codes, by code, with their names (pycountry's tables)."""
    import pycountry

    return {c.alpha_3: c.name for c in pycountry.currencies}


@functools.cache
def _currency_names() -> dict[str, str]:
    return {name.lower(): code for code, name in currency_codes().items()}


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def money_code(unit: str) -> str | None:
    """The ISO 4217 code `unit` stands for when it is money written otherwise
    ("euros", "€", "eur", "EUR million", "Canadian dollars"); None for a
    unit that is not money, or is a code already."""
    text = unit.strip()
    codes = currency_codes()
    if text in codes:
        return None
    whole = " ".join(_singular(word) for word in text.lower().split())
    named = _currency_names().get(whole)
    if named is not None:
        return named
    for token in map(str, _TOKEN.findall(text)):
        if token in codes or (token.upper() in codes and len(text) == len(token)):
            return token.upper()
        found: str | None = _MONEY_WORDS.get(token.lower()) or _MONEY_WORDS.get(
            _singular(token.lower())
        )
        if found:
            return found
    return None


def checked_unit(unit: str) -> str:
    """`unit`, unless it is money not written as an ISO 4217 code."""
    code = money_code(unit)
    if code is not None:
        raise PydanticCustomError("amount_currency", "money as {code}", {"code": code})
    return unit


def valid_number(text: str) -> bool:
    """Whether `text` is a bound as the ledger writes one (for the CLI)."""
    try:
        as_number(text)
    except (PydanticCustomError, PydanticKnownError, InvalidOperation):
        return False
    return True


Bound = Annotated[
    int | Decimal,
    BeforeValidator(as_number),
    WithJsonSchema({"type": "number", "minimum": 0}),
    Style.NUMBER,
]
"""A bound of a figure: a whole or decimal number, 0 or more, in digits."""
