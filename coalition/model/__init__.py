"""The model: what a ledger is.

`vocabulary.py` (statuses, domains, groups, attributions: plain enums, cheap to
import), `ledger.py` (the pydantic models), `fields.py` (how each field is
written, read off the models), `countries.py` (ISO 3166-1 codes and names, and
the one resolver of what a person typed to a country), `errors.py` (pydantic's
errors in plain words at their line), `schema.py` (the JSON Schema) and
`suggest.py` ("did you mean …?"). Importing this package imports nothing.
"""
