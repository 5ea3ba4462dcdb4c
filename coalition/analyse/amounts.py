"""Totals of the figures the sources give, by unit, as ranges.

A total adds only figures of one unit (soldiers to soldiers, EUR to EUR), and
a range stays a range: the total's lower bound is the sum of the lower bounds
when every figure has one, its upper bound the sum of the upper bounds when
every figure has one, and a bound some figure lacks is left open. A total is
a point only when every figure it adds is one.

Several figures of one unit in one stance are read as accounts of the same
contribution (two sources on one company), not as parts of it: the stance
counts once, with the widest range they give, so that a contribution two
outlets report is never counted twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from coalition.model.ledger import Amount, Ledger, Stance, stances_by_column

Number = int | Decimal


@dataclass(frozen=True)
class Range:
    """From `low` to `high`; None is a bound not known (open)."""

    low: Number | None
    high: Number | None

    @property
    def point(self) -> bool:
        return self.low is not None and self.low == self.high

    def text(self, unit: str) -> str:
        """As a reader says it: '300–450 soldiers', 'up to 100 trainers',
        'at least 2 ships', '20,000,000 EUR'."""
        low, high = self.low, self.high
        if low is not None and high is not None:
            figure = number_text(low) if low == high else f"{number_text(low)}–{number_text(high)}"
        elif high is not None:
            figure = f"up to {number_text(high)}"
        elif low is not None:
            figure = f"at least {number_text(low)}"
        else:
            return f"an open range of {unit}"
        return f"{figure} {unit}"


def number_text(number: Number) -> str:
    """A number with thousands separated, as a newsroom prints it."""
    return f"{number:,}"


def plain_number(number: Number | None) -> int | float | None:
    """A bound as JSON and SQLite hold numbers: whole numbers exactly, others
    as the nearest float (the ledger keeps the decimal)."""
    return float(number) if isinstance(number, Decimal) else number


def range_of(amount: Amount) -> Range:
    return Range(amount.min, amount.max)


def amount_text(amount: Amount, escape: Callable[[str], str] = str) -> str:
    """'up to 100 trainers (“up to 100 trainers”)': the figure, then the
    source's words it was read from."""
    return f"{range_of(amount).text(escape(amount.unit))} (“{escape(amount.words)}”)"


def total(ranges: Iterable[Range]) -> Range:
    """The sum of `ranges`: every sum of one point chosen in each is in it."""
    ranges = list(ranges)
    lows = [r.low for r in ranges]
    highs = [r.high for r in ranges]
    return Range(
        None if not ranges or None in lows else sum(low for low in lows if low is not None),
        None if not ranges or None in highs else sum(high for high in highs if high is not None),
    )


def widest(ranges: Sequence[Range]) -> Range:
    """The range covering all of `ranges` (accounts of one contribution): a
    bound one of them lacks is open."""
    lows = [r.low for r in ranges]
    highs = [r.high for r in ranges]
    return Range(
        None if None in lows else min(low for low in lows if low is not None),
        None if None in highs else max(high for high in highs if high is not None),
    )


@dataclass(frozen=True)
class Total:
    """What the figures of one unit in one column add up to, and whose they are."""

    column: str
    unit: str
    range: Range
    countries: tuple[str, ...]  # codes, in the order given

    def text(self, escape: Callable[[str], str] = str) -> str:
        """'300–450 soldiers from 2 countries', the unit through `escape`."""
        n = len(self.countries)
        whose = f"{n} {'country' if n == 1 else 'countries'}"
        return f"{self.range.text(escape(self.unit))} from {whose}"


def stance_ranges(stance: Stance) -> dict[str, Range]:
    """A stance's figures by unit, each unit's accounts as one range."""
    by_unit: dict[str, list[Range]] = {}
    for amount in stance.amounts:
        by_unit.setdefault(amount.unit, []).append(range_of(amount))
    return {unit: widest(ranges) for unit, ranges in by_unit.items()}


def totals_of(ledger: Ledger, column: str, codes: Iterable[str]) -> tuple[Total, ...]:
    """The totals of `column` over the stances of `codes`, one per unit, by unit."""
    by_unit: dict[str, list[tuple[str, Range]]] = {}
    for code in codes:
        stance = stances_by_column(ledger.countries[code]).get(column)
        if stance is None:
            continue
        for unit, found in stance_ranges(stance).items():
            by_unit.setdefault(unit, []).append((code, found))
    return tuple(
        Total(column, unit, total(r for _, r in found), tuple(code for code, _ in found))
        for unit, found in sorted(by_unit.items(), key=lambda item: item[0].casefold())
    )
