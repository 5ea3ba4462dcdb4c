"""Rules raised by the commands that change the ledger
(`coalition/edit/apply.py` makes their problems)."""
