"""Where `validate`'s time goes, stage by stage, in one process.

    python benchmarks/stages.py LEDGER [ARCHIVES_FOLDER]

Prints the CPU seconds of each stage (imports, reading, the model, then each
check, costliest first) of one `validate`-like run: the checks run in the
order `validate` runs them, so the first to ask for a distinct quote's
reading pays for it (the readings are cached per distinct text).
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    gc.set_threshold(50_000, 20, 100)  # as the command does (coalition/cli/app.py)
    start = time.process_time()
    from coalition.check.context import Context
    from coalition.load import _validated_size
    from coalition.read import read_yaml
    from coalition.rules.registry import CHECKS

    ledger = Path(sys.argv[1])
    base = Path(sys.argv[2]) if len(sys.argv) > 2 else ledger.parent
    imported = time.process_time()
    document, _ = read_yaml(ledger.read_bytes(), str(ledger))
    assert document is not None
    read = time.process_time()
    _validated_size(document, str(ledger), [])  # as `validate` does: a country at a time
    modelled = time.process_time()
    context = Context(str(ledger), document, base, 90, False)
    timed = []
    for check in CHECKS:
        before = time.process_time()
        found = len(check.run(context))
        timed.append((time.process_time() - before, check.name, found))
    checks = sum(seconds for seconds, _, _ in timed)
    print(f"{'imports':<34} {imported - start:7.3f}")
    print(f"{'read (YAML -> data with positions)':<34} {read - imported:7.3f}")
    print(f"{'model (pydantic)':<34} {modelled - read:7.3f}")
    print(f"{'checks, all ' + str(len(timed)):<34} {checks:7.3f}")
    for seconds, name, found in sorted(timed, reverse=True)[:12]:
        print(f"  {name:<32} {seconds:7.3f}  {found} problems")


if __name__ == "__main__":
    main()
