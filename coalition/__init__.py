"""coalition: a ledger of what each country contributes to security
guarantees for Ukraine, and the command that checks and shows it."""

__version__ = "0.1.0"
