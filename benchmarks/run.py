"""Time coalition as whole processes, each beside what it should be compared with.

    python benchmarks/run.py            # 100 KB, 1 MB, 10 MB; 7 runs of each
    python benchmarks/run.py --quick    # 100 KB and 1 MB, 3 runs, 50 commits: a smoke test
    python benchmarks/run.py --only start-up --only linear   # some parts only

Builds, in a temporary folder: synthetic ledgers of about 100 KB, 1 MB and
10 MB (every domain, many quotes each, cut from the shipped archives), the same
ledgers with a few hundred changed statuses, a 1 MB ledger full of mistakes,
a small ledger with one 10 MB value on one line, git repositories of 50,
200 and 800 commits of a ledger, and ledgers of 62, 125 and 250 countries
holding 750, 1,500 and 3,000 quotes (`publish` and `export`, with the
straight line through their times).

Each comparison runs its two commands interleaved (A, B, A, B …), so that a
machine busy for a moment slows both alike, and reports for each the median
wall time, the spread (lowest to highest), the median CPU time (user + system)
and the peak memory (RSS) of the process, then the ratio of the medians of
CPU time. The floor is LibYAML's bare parse of the same file (every event with
its position, in Python): no tool that reports lines and columns can read
YAML faster. The peer is `check-jsonschema` with the shipped schema
(`pip install -e '.[bench]'`; without it, those rows are left out). Nothing
here is asserted: it measures. docs/performance.md gives the figures.

The commands run as an installed package runs: with Python's cache of
compiled modules (an environment that sets PYTHONDONTWRITEBYTECODE would
otherwise compile every module of coalition from source in every run).
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.ledgers import (
    DATA,
    REPO,
    archives,
    changed_statuses,
    commented_countries,
    ledger_of,
    long_value,
    make_ledger,
    restyled_countries,
)

SIZES = {"100 KB": 100_000, "1 MB": 1_000_000, "10 MB": 10_000_000}
COALITION = [sys.executable, "-m", "coalition"]
# LibYAML's bare parse: every event, with its position, and nothing else.
FLOOR = [
    sys.executable,
    "-c",
    "import sys, yaml\n"
    "for _ in yaml.parse(open(sys.argv[1], encoding='utf-8'), Loader=yaml.CSafeLoader): pass",
]
# ruamel.yaml's round trip, as `fmt` makes it (the only writer here that keeps
# comments where they are): the floor of `fmt` for blocks with comments.
ROUND_TRIP = [
    sys.executable,
    "-c",
    "import sys\n"
    "from coalition.edit.roundtrip import dump_text, load_text\n"
    "dump_text(load_text(open(sys.argv[1], encoding='utf-8').read()))",
]
# What the mandated stack costs to import, for the start-up floor: Typer
# with what it imports to parse options (pydantic's TypeAdapter), PyYAML,
# and then the ledger's pydantic models.
FLOOR_IMPORTS = "import typer, typer._adapters, yaml"
MODELS = "; import coalition.model.ledger"
# A ledger of a few dozen countries, three times the shipped one's size.
HISTORY_BYTES = 20_000
# The parts of a run, for --only.
PARTS = ("start-up", "sizes", "long-value", "history", "linear", "stages")
# (countries, quotes) of the ledgers `publish` and `export` are timed on.
LINEAR = ((62, 750), (125, 1_500), (250, 3_000))
# As installed: compiled modules cached (see the module's docstring).
ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

# Runs the command from a small process and reports its wall time, CPU time
# and peak RSS: a child forked straight from this process would count this
# process's memory (the generated ledgers) in its peak until it execs.
WRAPPER = """
import resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
"""


@dataclass
class Runs:
    walls: list[float]
    cpus: list[float]
    peaks: list[float]

    def line(self) -> str:
        wall = statistics.median(self.walls)
        spread = f"{min(self.walls):.2f}–{max(self.walls):.2f}"
        cpu = statistics.median(self.cpus)
        return f"{wall:8.3f} {spread:>13} {cpu:8.3f} {max(self.peaks):8.1f}"

    @property
    def cpu(self) -> float:
        return statistics.median(self.cpus)


def once(command: list[str], cwd: Path) -> tuple[float, float, float]:
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, *command],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=True,
        env=ENVIRONMENT,
    )
    wall, cpu, peak = map(float, result.stdout.split())
    return wall, cpu, peak


def interleaved(commands: list[list[str]], runs: int, cwd: Path) -> list[Runs]:
    """Each command `runs` times, taking turns; one warm-up round first."""
    measured = [Runs([], [], []) for _ in commands]
    for command in commands:
        once(command, cwd)
    for _ in range(runs):
        for command, into in zip(commands, measured, strict=True):
            wall, cpu, peak = once(command, cwd)
            into.walls.append(wall)
            into.cpus.append(cpu)
            into.peaks.append(peak)
    return measured


def git(folder: Path, *args: str) -> None:
    environment = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Bench",
        "GIT_AUTHOR_EMAIL": "bench@example.invalid",
        "GIT_COMMITTER_NAME": "Bench",
        "GIT_COMMITTER_EMAIL": "bench@example.invalid",
    }
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, env=environment)


def copy_archives(folder: Path) -> None:
    (folder / "sources").mkdir()
    for archive in archives():
        shutil.copy(DATA / archive, folder / archive)


def history(folder: Path, commits: int) -> None:
    """A repository whose ledger changed in each of `commits` commits, a day
    apart (author dates from 2024-01-01), so that `--since` has days to cut."""
    folder.mkdir()
    copy_archives(folder)
    git(folder, "init", "-q")
    text = make_ledger(HISTORY_BYTES)
    start = datetime.datetime(2024, 1, 1, 12, tzinfo=datetime.UTC)
    for number in range(commits):
        statuses = changed_statuses(text, 3, seed=number)
        version = make_ledger(HISTORY_BYTES, statuses=statuses)
        (folder / "contributions.yaml").write_text(version, encoding="utf-8")
        git(folder, "add", "-A")
        when = (start + datetime.timedelta(days=number)).isoformat()
        git(folder, "commit", "-q", "-m", f"Change {number}", f"--date={when}")


def with_mistakes(text: str) -> str:
    """The same ledger with a misspelt status in every stance."""
    return text.replace("status: committed", "status: comitted").replace(
        "status: considering", "status: considring"
    )


HEADER = (
    f"{'command':<34} {'file':>7} {'wall s':>8} {'spread':>13} {'CPU s':>8} {'peak MiB':>8}  ratio"
)


def report(label: str, file: str, runs: Runs, ratio: str = "") -> None:
    print(f"{label:<34} {file:>7} {runs.line()}  {ratio}")


def compare(rows: list[tuple[str, list[str]]], file: str, runs: int, cwd: Path) -> list[Runs]:
    """Run `rows` interleaved; each row after the first is printed with the
    ratio of its median CPU time to the first row's."""
    measured = interleaved([argv for _, argv in rows], runs, cwd)
    base = measured[0].cpu
    for index, ((label, _), result) in enumerate(zip(rows, measured, strict=True)):
        ratio = "" if index == 0 else f"{result.cpu / base:5.2f}× {rows[0][0]}"
        report(label, file, result, ratio)
    return measured


def peer_name(peer: str) -> str:
    """'check-jsonschema 0.39.0': releases differ in speed by half or more,
    so a ratio names the release it was measured against."""
    done = subprocess.run([peer, "--version"], capture_output=True, text=True, check=False)
    words = done.stdout.replace(",", "").split()
    return f"check-jsonschema {words[-1]}" if words else "check-jsonschema"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="small sizes, 3 runs, 50 commits")
    parser.add_argument(
        "--only", action="append", choices=PARTS, help="run this part only (repeatable)"
    )
    parser.add_argument(
        "--older-peer",
        metavar="CHECK_JSONSCHEMA",
        help="another release of check-jsonschema to time start-up beside (e.g. the oldest "
        "pyproject.toml allows, installed in a venv of its own)",
    )
    arguments = parser.parse_args()
    parts = set(arguments.only or PARTS)
    runs = 3 if arguments.quick else arguments.runs
    sizes = {k: v for k, v in SIZES.items() if not arguments.quick or v <= 1_000_000}
    peer = shutil.which("check-jsonschema")
    schema = str(REPO / "contributions.schema.json")

    print(f"{datetime.date.today()}: {platform.machine()}, {os.cpu_count()} cores, ", end="")
    print(f"Python {platform.python_version()}; medians of {runs} interleaved runs\n")
    print(HEADER)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        copy_archives(folder)
        shutil.copy(DATA / "contributions.yaml", folder / "shipped.yaml")
        shipped = str(folder / "shipped.yaml")
        if "start-up" in parts:
            start_up(shipped, peer, arguments.older_peer, schema, runs, folder)
        if "linear" in parts:
            linear(runs, folder)
        if "stages" in parts:
            stages(max(sizes.values()), folder)
        if "sizes" in parts:
            by_size(sizes, peer, schema, runs, folder)
        if "long-value" in parts:
            one_long_value(arguments.quick, runs, folder)
        if "history" in parts:
            histories(arguments.quick, runs, folder)


def start_up(
    shipped: str, peer: str | None, older: str | None, schema: str, runs: int, folder: Path
) -> None:
    """`validate` and `--help` beside check-jsonschema, on the shipped
    ledger, and the floor they stand on: the interpreter, and the imports
    of the mandated stack (Typer, which imports pydantic to parse options;
    the ledger's pydantic models; PyYAML). The ratios are to the peer's;
    with `older`, that release's time too, and validate's ratio to it."""
    rows = [(peer_name(peer), [peer, "--schemafile", schema, shipped])] if peer else []
    rows += [
        ("validate", [*COALITION, "validate", shipped]),
        ("--help", [*COALITION, "--help"]),
        ("python, nothing imported", [sys.executable, "-c", "pass"]),
        ("import typer, pydantic, yaml", [sys.executable, "-c", FLOOR_IMPORTS]),
        ("… and the ledger's models", [sys.executable, "-c", FLOOR_IMPORTS + MODELS]),
    ]
    if older:
        rows.append((peer_name(older), [older, "--schemafile", schema, shipped]))
    measured = compare(rows, "shipped", runs, folder)
    if older and peer:
        validate, old = measured[1].cpu, measured[-1].cpu
        print(f"{'validate':<34} {'shipped':>7} {'':>31}  {validate / old:5.2f}× {rows[-1][0]}")


def linear(runs: int, folder: Path) -> None:
    """`publish` and `export` at a quarter, a half and the whole of 250
    countries × 3,000 quotes, and the straight line through each."""
    ledgers = []
    for countries, quotes in LINEAR:
        path = folder / f"of-{quotes}.yaml"
        path.write_text(ledger_of(countries, quotes), encoding="utf-8")
        ledgers.append((f"{countries} × {quotes:,}", quotes, path))
    commands = {
        "publish": ["publish", "site-{n}"],
        "export datapackage": ["export", "datapackage", "package-{n}"],
        "export sqlite": ["export", "sqlite", "{n}.db"],
    }
    for label, words in commands.items():
        rows = [
            (
                f"{label} ({size})",
                [*COALITION, *(w.format(n=quotes) for w in words), "-l", str(path)],
            )
            for size, quotes, path in ledgers
        ]
        measured = interleaved([argv for _, argv in rows], runs, folder)
        for (row, _), (_, _, path), result in zip(rows, ledgers, measured, strict=True):
            report(row, f"{path.stat().st_size // 1000} KB", result)
        slope, fixed, worst = straight_line(
            [quotes for _, quotes, _ in ledgers], [result.cpu for result in measured]
        )
        print(
            f"  CPU s = {fixed:.3f} + {slope * 1000:.3f} per 1,000 quotes; "
            f"the farthest point {worst:.0%} off that line"
        )


def straight_line(xs: list[int], ys: list[float]) -> tuple[float, float, float]:
    """Least squares: slope, intercept, and the largest relative residual."""
    n = len(xs)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mean_x) ** 2 for x in xs
    )
    fixed = mean_y - slope * mean_x
    worst = max(abs(y - (fixed + slope * x)) / y for x, y in zip(xs, ys, strict=True))
    return slope, fixed, worst


def stages(size: int, folder: Path) -> None:
    """Where `validate`'s time goes at the largest size (one run, in one
    process: benchmarks/stages.py)."""
    path = folder / f"{size}-stages.yaml"
    path.write_text(make_ledger(size), encoding="utf-8")
    print(f"\nvalidate of {path.stat().st_size / 1e6:.1f} MB, stage by stage (CPU s):")
    script = Path(__file__).resolve().parent / "stages.py"
    result = subprocess.run(
        [sys.executable, str(script), str(path), str(folder)],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
        env=ENVIRONMENT,
    )
    print(result.stdout)


def valid_or_stop(path: Path, folder: Path) -> None:
    """A ledger with an error is one `fmt` refuses at once: its rows would
    time the refusal, not the formatting."""
    done = subprocess.run([*COALITION, "validate", "-q", str(path)], cwd=folder, check=False)
    if done.returncode != 0:
        sys.exit(f"the synthetic ledger {path.name} is not valid: mend benchmarks/ledgers.py")


def by_size(sizes: dict[str, int], peer: str | None, schema: str, runs: int, folder: Path) -> None:
    """validate, the floor, fmt --check, the peer and diff at each size."""
    for label, size in sizes.items():
        path = folder / f"{size}.yaml"
        text = make_ledger(size)
        path.write_text(text, encoding="utf-8")
        valid_or_stop(path, folder)
        changed = folder / f"{size}-changed.yaml"
        changed.write_text(
            make_ledger(size, statuses=changed_statuses(text, 300)), encoding="utf-8"
        )
        unformatted = folder / f"{size}-unformatted.yaml"
        unformatted.write_text(text, encoding="utf-8")
        subprocess.run([*COALITION, "fmt", str(path)], cwd=folder, capture_output=True)
        edited = folder / f"{size}-edited.yaml"
        edited.write_text(restyled_countries(path.read_text("utf-8"), 10), encoding="utf-8")
        # `fmt --check` works out the rewrite as `fmt` does, without writing it.
        rows = [
            ("validate", [*COALITION, "validate", str(path)]),
            ("LibYAML bare parse (floor)", [*FLOOR, str(path)]),
            ("fmt --check (formatted)", [*COALITION, "fmt", "--check", str(path)]),
            ("fmt --check (10 countries to do)", [*COALITION, "fmt", "--check", str(edited)]),
            ("fmt --check (all to do)", [*COALITION, "fmt", "--check", str(unformatted)]),
        ]
        if size <= 1_000_000:  # ruamel.yaml's round trip of 10 MB takes minutes a run
            commented = folder / f"{size}-commented.yaml"
            commented.write_text(commented_countries(text), encoding="utf-8")
            rows.append(
                (
                    "fmt --check (all to do, comments)",
                    [*COALITION, "fmt", "--check", str(commented)],
                )
            )
            rows.append(("ruamel.yaml round trip (comments)", [*ROUND_TRIP, str(commented)]))
        if peer:
            rows.append(("check-jsonschema", [peer, "--schemafile", schema, str(path)]))
        compare(rows, label, runs, folder)
        diff = [*COALITION, "diff", str(path), str(changed)]
        compare(
            [
                ("diff --format json", [*diff, "--format", "json"]),
                ("diff --format table", [*diff, "--format", "table"]),
            ],
            label,
            runs,
            folder,
        )
        if size == 1_000_000:
            wrong = folder / "mistakes.yaml"
            wrong.write_text(with_mistakes(text), encoding="utf-8")
            compare(
                [
                    ("validate (valid)", [*COALITION, "validate", str(path)]),
                    ("validate (full of mistakes)", [*COALITION, "validate", str(wrong)]),
                ],
                label,
                runs,
                folder,
            )
        if size == max(sizes.values()):
            compare(
                [
                    ("validate", [*COALITION, "validate", str(path)]),
                    (
                        "export datapackage",
                        [*COALITION, "export", "datapackage", "out", "-l", str(path)],
                    ),
                    (
                        "export sqlite",
                        [*COALITION, "export", "sqlite", "out.db", "-l", str(path)],
                    ),
                ],
                label,
                runs,
                folder,
            )


def one_long_value(quick: bool, runs: int, folder: Path) -> None:
    """A formatted ledger but for one value of 10 MB on one line, pasted
    whole: `fmt` folds it over lines itself."""
    size = 1_000_000 if quick else 10_000_000
    path = folder / "long-value.yaml"
    path.write_text(make_ledger(20_000), encoding="utf-8")
    subprocess.run([*COALITION, "fmt", str(path)], cwd=folder, capture_output=True)
    path.write_text(long_value(path.read_text("utf-8"), size), encoding="utf-8")
    compare(
        [
            ("validate", [*COALITION, "validate", str(path)]),
            ("fmt --check (a value on one line)", [*COALITION, "fmt", "--check", str(path)]),
        ],
        "1 value" if quick else "10 MB value",
        runs,
        folder,
    )


def histories(quick: bool, runs: int, folder: Path) -> None:
    """`log` over 50, 200 and 800 commits, beside `log --since`."""
    for commits in (50,) if quick else (50, 200, 800):
        repository = folder / f"history-{commits}"
        history(repository, commits)
        recent = (datetime.date(2024, 1, 1) + datetime.timedelta(days=commits - 10)).isoformat()
        compare(
            [
                (f"log ({commits} commits)", [*COALITION, "log", "-f", "json"]),
                ("log --since (last 10)", [*COALITION, "log", "-f", "json", "--since", recent]),
            ],
            "",
            runs,
            repository,
        )


if __name__ == "__main__":
    main()
