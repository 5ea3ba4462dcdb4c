"""Time coalition as whole processes, and compare with a JSON Schema validator.

    python benchmarks/run.py            # every size, 5 runs each
    python benchmarks/run.py --quick    # small sizes, 3 runs: a smoke test

Builds, in a temporary folder: synthetic ledgers of about 100 KB, 1 MB and
10 MB (every domain, many quotes each, quoting the shipped archive), a second
1 MB ledger with a few hundred changed statuses, and a git repository with 200
commits of a ledger. Then it runs each command several times and prints the
median wall time and the peak memory (RSS) of the process, the time per MB as
the file grows, and the ratio to `check-jsonschema` with the shipped schema on
the same files (install it with `pip install -e '.[bench]'`; without it that
column is left out). Nothing here is asserted: it measures.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.ledgers import ARCHIVE, REPO, changed_statuses, make_ledger

SIZES = {"100 KB": 100_000, "1 MB": 1_000_000, "10 MB": 10_000_000}
COALITION = [sys.executable, "-m", "coalition"]
# A ledger of a few dozen countries, three times the shipped one's size.
HISTORY_BYTES = 20_000


# Runs the command from a small process: a child forked straight from this
# one would count this process's memory (tens of MB of generated ledgers) in
# its peak until it execs.
WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seconds = time.perf_counter() - start
print(seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
"""


def measure(command: list[str], runs: int, cwd: Path) -> tuple[float, float]:
    """(median seconds, peak RSS in MB) of `command` as a whole process."""
    times, peaks = [], []
    for _ in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", WRAPPER, *command],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=True,
        )
        seconds, peak = map(float, result.stdout.split())
        times.append(seconds)
        peaks.append(peak)  # ru_maxrss is in KB on Linux
    return statistics.median(times), max(peaks)


def git(folder: Path, *args: str) -> None:
    environment = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Bench",
        "GIT_AUTHOR_EMAIL": "bench@example.invalid",
        "GIT_COMMITTER_NAME": "Bench",
        "GIT_COMMITTER_EMAIL": "bench@example.invalid",
    }
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, env=environment)


def history(folder: Path, commits: int) -> None:
    """A repository whose ledger changed in each of `commits` commits."""
    git(folder, "init", "-q")
    text = make_ledger(HISTORY_BYTES)
    for number in range(commits):
        statuses = changed_statuses(text, 3, seed=number)
        version = make_ledger(HISTORY_BYTES, statuses=statuses)
        (folder / "contributions.yaml").write_text(version, encoding="utf-8")
        git(folder, "add", "-A")
        git(folder, "commit", "-q", "-m", f"Change {number}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="small sizes and 3 runs")
    arguments = parser.parse_args()
    runs = 3 if arguments.quick else arguments.runs
    sizes = {k: v for k, v in SIZES.items() if not arguments.quick or v <= 1_000_000}
    validator = shutil.which("check-jsonschema")
    schema = REPO / "contributions.schema.json"

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    print(f"median of {runs} runs as whole processes; peak = the largest RSS of one run\n")
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "sources").mkdir()
        shutil.copy(REPO / ARCHIVE, folder / ARCHIVE)
        shutil.copy(REPO / "contributions.yaml", folder / "shipped.yaml")
        files = {"shipped": folder / "shipped.yaml"}
        for label, size in sizes.items():
            files[label] = folder / f"{size}.yaml"
            files[label].write_text(make_ledger(size), encoding="utf-8")
        one_mb = make_ledger(1_000_000)
        (folder / "changed.yaml").write_text(
            make_ledger(1_000_000, statuses=changed_statuses(one_mb, 300)), encoding="utf-8"
        )
        (folder / "1000000.yaml").write_text(one_mb, encoding="utf-8")

        print(
            f"{'command':<38} {'file':>8} {'size':>9} {'median s':>9} {'peak MB':>8}"
            + (f" {'schema s':>9} {'ratio':>6} {'schema MB':>9}" if validator else "")
        )
        rows: list[tuple[str, str, list[str], Path | None]] = [
            ("--help", "", [*COALITION, "--help"], None)
        ]
        for label, path in files.items():
            rows.append(("validate", label, [*COALITION, "validate", str(path)], path))
            rows.append(
                (
                    "summary --format json",
                    label,
                    [*COALITION, "summary", "-l", str(path), "-f", "json"],
                    None,
                )
            )
        biggest = max(sizes, key=lambda label: sizes[label])
        rows.append(
            (
                "export datapackage",
                biggest,
                [*COALITION, "export", "datapackage", "package", "-l", str(files[biggest])],
                None,
            )
        )
        rows.append(
            (
                "export sqlite",
                biggest,
                [*COALITION, "export", "sqlite", "ledger.db", "-l", str(files[biggest])],
                None,
            )
        )
        rows.append(
            (
                "diff (1 MB, ~300 changes)",
                "1 MB",
                [*COALITION, "diff", "1000000.yaml", "changed.yaml"],
                None,
            )
        )
        per_mb: list[tuple[float, float]] = []
        for command, label, argv, schema_file in rows:
            seconds, peak = measure(argv, runs, folder)
            size = files[label].stat().st_size if label in files else 0
            line = f"{command:<38} {label:>8} {size:>9} {seconds:>9.3f} {peak:>8.1f}"
            if validator and schema_file is not None:
                other, other_peak = measure(
                    [validator, "--schemafile", str(schema), str(schema_file)], runs, folder
                )
                line += f" {other:>9.3f} {seconds / other:>6.2f} {other_peak:>9.1f}"
            print(line)
            if command == "validate" and size >= 100_000:
                per_mb.append((size / 1e6, seconds))

        repository = folder / "history"
        repository.mkdir()
        (repository / "sources").mkdir()
        shutil.copy(REPO / ARCHIVE, repository / ARCHIVE)
        commits = 50 if arguments.quick else 200
        history(repository, commits)
        seconds, peak = measure([*COALITION, "log", "-f", "json"], runs, repository)
        command = f"log ({commits} commits of ~{HISTORY_BYTES // 1000} KB)"
        print(f"{command:<38} {'':>8} {'':>9} {seconds:>9.3f} {peak:>8.1f}")

        print("\ngrowth of validate: seconds per MB")
        for megabytes, seconds in per_mb:
            print(f"  {megabytes:6.2f} MB  {seconds:7.3f} s  {seconds / megabytes:7.3f} s/MB")


if __name__ == "__main__":
    main()
