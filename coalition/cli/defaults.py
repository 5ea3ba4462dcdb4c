"""Which ledger a command reads when none is named: the commands and the
shell's completion both ask here."""

DEFAULT_LEDGER = "contributions.yaml"
LEDGER_ENV = "COALITION_LEDGER"
