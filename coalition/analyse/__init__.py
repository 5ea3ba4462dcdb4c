"""Analysis: a valid ledger (or several versions of it) reduced to the answer
a reader asked for, as plain data that nothing has printed yet.

`summary.py` (who does what; who stands where in one domain), `country.py`
(everything one country said), `change.py` and `diff.py` (what changed
between two ledgers), `log.py` (what each version in git changed, a pure fold
over versions) and `validation.py` (the outcome of `validate`).
"""
