"""Rules raised when the ledger's data is checked against its format.

pydantic finds these; `coalition/model/errors.py` maps each of its errors to
one of these rules and makes the problem with `RULE.problem(...)`.
"""
