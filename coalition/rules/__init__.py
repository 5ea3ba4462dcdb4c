"""The rules: every kind of problem `coalition` reports, one module each.

Each rule has an id (what a problem prints in brackets, `[unknown-status]`),
the level of its problems, a one-line summary, why it matters, and a failing
and a passing example: a whole small ledger that a test runs through
`coalition validate`, so the documentation cannot drift from what the code
does (yamllint keeps PASS/FAIL examples in each rule's docstring; ruff answers
`ruff rule NAME`; `coalition rules ID` is ours). A problem is made only
through its rule, `RULE.problem(...)`, never from an id typed as text.

The modules are grouped by the stage that raises them (`read/`, `model/`,
`check/`, `edit/`); `registry.py` lists them all. This package itself imports
nothing, so that the reader can import the few rules it raises without the
checks coming along.
"""
