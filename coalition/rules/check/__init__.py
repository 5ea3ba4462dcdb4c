"""Rules raised by the cross-record checks: what no single field knows.

Each module holds a rule and, as `CHECK`, the check that raises it (a check
that finds two rules in one pass is in the module of the first, and the other
module says so). `coalition/check/` holds what the checks share: the context
they read and the ways to walk the document.
"""
