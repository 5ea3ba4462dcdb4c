"""Validating a version with what the last one left gives what validating it
alone gives: the same ledger, the same problems, and the very same model for a
record that did not change (which is what lets `log` skip it)."""

from __future__ import annotations

from coalition.load import Loaded, Versions, load_ledger_bytes
from tests.conftest import FIXTURE_LEDGER

SHIPPED = (FIXTURE_LEDGER).read_text(encoding="utf-8")


def _two_versions(new_text: str) -> tuple[Loaded, Loaded]:
    versions = Versions()
    first = load_ledger_bytes(SHIPPED.encode(), "a.yaml", errors_only=True, versions=versions)
    second = load_ledger_bytes(new_text.encode(), "b.yaml", errors_only=True, versions=versions)
    return first, second


def test_an_unchanged_country_is_the_same_model_and_a_changed_one_is_new() -> None:
    at = SHIPPED.index("  FR:\n")
    changed = SHIPPED[:at] + SHIPPED[at:].replace("role: co-host", "role: co-chair", 1)
    assert changed != SHIPPED
    first, second = _two_versions(changed)
    alone = load_ledger_bytes(changed.encode(), "b.yaml", errors_only=True)
    assert first.ledger is not None and second.ledger is not None
    assert second.ledger == alone.ledger
    assert second.problems == alone.problems
    assert second.ledger.countries["FR"] is not first.ledger.countries["FR"]
    assert second.ledger.countries["FR"].role == "co-chair"
    same = [code for code in first.ledger.countries if code != "FR"]
    assert all(second.ledger.countries[c] is first.ledger.countries[c] for c in same)
    assert all(second.ledger.sources[s] is first.ledger.sources[s] for s in first.ledger.sources)


def test_an_invalid_version_gets_every_problem_at_its_place() -> None:
    broken = SHIPPED.replace("group: coalition", "group: coalitoin")
    _, second = _two_versions(broken)
    alone = load_ledger_bytes(broken.encode(), "b.yaml", errors_only=True)
    assert second.ledger is None
    assert second.problems == alone.problems
    assert len([p for p in second.problems if "coalitoin" in p.message]) > 1


def test_a_version_read_after_an_invalid_one_is_whole_again() -> None:
    versions = Versions()
    broken = SHIPPED.replace("group: coalition", "group: coalitoin", 1)
    for text in (SHIPPED, broken, SHIPPED):
        loaded = load_ledger_bytes(text.encode(), "v.yaml", errors_only=True, versions=versions)
        alone = load_ledger_bytes(text.encode(), "v.yaml", errors_only=True)
        assert loaded.ledger == alone.ledger
        assert loaded.problems == alone.problems
