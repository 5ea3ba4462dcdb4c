"""Validation reports: text for people, JSON for programs, GitHub Actions
workflow commands. Each writes to a stream and returns nothing; the exit code
is decided elsewhere, from the problems alone.
"""

from __future__ import annotations

from typing import TextIO

from coalition.analyse.validation import Validation, counts, rule_counts
from coalition.problems import Level, Problem, escape, is_error, is_warning
from coalition.render import RenderOptions
from coalition.render.jsondump import write_json


def _plural(count: int, noun: str, nouns: str = "") -> str:
    return f"{count} {noun if count == 1 else nouns or noun + 's'}"


def _by_rule(problems: list[Problem]) -> str:
    """`stale-stance ×11, date`: what the problems were, commonest first."""
    return ", ".join(
        f"{rule} ×{count}" if count > 1 else rule for rule, count in rule_counts(problems)
    )


def _tally(problems: list[Problem], noun: str, extra: str = "") -> str:
    return f"{_plural(len(problems), noun)} ({_by_rule(problems)}{extra})"


def summary_line(report: Validation) -> str:
    """The one line that ends a text report: `2 errors (unknown-status,
    date); 11 warnings (stale-stance ×11) in contributions.yaml`."""
    results = report.results
    problems = report.problems
    errors = [p for p in problems if is_error(p)]
    warnings = [p for p in problems if is_warning(p)]
    notes = [p for p in problems if p.level is Level.NOTE and not report.quiet]
    files = escape(results[0].file) if len(results) == 1 else _plural(len(results), "file")
    if not report.failed:
        detail = ""
        size = results[0].size if len(results) == 1 else None
        if size is not None:
            detail = (
                f" ({_plural(size.countries, 'country', 'countries')}, "
                f"{_plural(size.stances, 'stance')}, {_plural(size.sources, 'source')})"
            )
        said = [
            _tally(found, noun) for found, noun in ((warnings, "warning"), (notes, "note")) if found
        ]
        tail = f" with {' and '.join(said)}" if said else ""
        return f"valid{tail}: {files}{detail}"
    parts = [_tally(errors, "error")] if errors else []
    if warnings and report.hidden:
        parts.append(f"{_plural(report.hidden, 'warning')} not shown (--quiet)")
    elif warnings:
        parts.append(_tally(warnings, "warning", "; --strict" if report.strict else ""))
    return f"{'; '.join(parts)} in {files}"


def problem_line(problem: Problem) -> str:
    """`FILE:LINE:COLUMN: LEVEL: PATH: message; hint [rule]`, the form that
    editors and CI logs turn into links."""
    path = f"{problem.path}: " if problem.path else ""
    rule = f" [{problem.rule}]" if problem.rule else ""
    return f"{problem.location}: {problem.level.label}: {path}{problem.text}{rule}"


def report_text(report: Validation, out: TextIO, options: RenderOptions) -> None:
    problems = report.shown
    closing = not (report.quiet and not report.failed)
    if not options.colour:
        for problem in problems:
            out.write(problem_line(problem) + "\n")
        if closing:
            out.write(summary_line(report) + "\n")
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=out, highlight=False, markup=False, emoji=False, soft_wrap=True)
    styles = {
        Level.NOTE: "cyan",
        Level.WARNING: "yellow",
        Level.ERROR: "bold red",
        Level.FATAL: "bold red",
    }
    for problem in problems:
        line = Text()
        line.append(problem.location, style="bold")
        line.append(": ")
        line.append(problem.level.label, style=styles[problem.level])
        line.append(": ")
        if problem.path:
            line.append(problem.path, style="cyan")
            line.append(": ")
        line.append(problem.message)
        if problem.hint:
            line.append("; ")
            line.append(problem.hint, style="green")
        if problem.rule:
            line.append(f" [{problem.rule}]", style="dim")
        console.print(line)
    if closing:
        symbol, style = ("✗", "bold red") if report.failed else ("✓", "bold green")
        console.print(Text(f"{symbol} {summary_line(report)}", style=style))


def report_json(report: Validation, out: TextIO, options: RenderOptions) -> None:
    problems = report.problems
    errors, warnings = counts(problems)
    document = {
        "valid": not report.failed,
        "errors": errors,
        "warnings": warnings,
        "files": [
            {
                "file": r.file,
                "valid": not report.file_failed(r),
                "errors": counts(r.problems)[0],
                "warnings": counts(r.problems)[1],
            }
            for r in report.results
        ],
        "problems": [
            {
                "file": p.file,
                "line": p.line or None,
                "column": p.column or None,
                "level": p.level.label,
                "path": p.path or None,
                "message": p.message,
                "hint": p.hint or None,
                "rule": p.rule or None,
            }
            for p in report.shown
        ],
    }
    write_json(document, out)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


_GITHUB_LEVELS = {
    Level.NOTE: "notice",
    Level.WARNING: "warning",
    Level.ERROR: "error",
    Level.FATAL: "error",
}


def report_github(report: Validation, out: TextIO, options: RenderOptions) -> None:
    """GitHub Actions workflow commands. The message repeats file:line because
    the Actions log shows an annotation's text without its location."""
    for problem in report.shown:
        file = problem.file.removeprefix("./")
        level = _GITHUB_LEVELS[problem.level]
        if problem.level is Level.WARNING and report.strict:
            level = "error"
        properties = [f"file={_escape_property(file)}"]
        if problem.line:
            properties += [f"line={problem.line}", f"col={problem.column}"]
        title = f"coalition [{problem.rule}]" if problem.rule else "coalition"
        properties.append(f"title={_escape_property(title)}")
        located = problem_line(problem).removeprefix("./")
        out.write(f"::{level} {','.join(properties)}::{_escape_data(located)}\n")
    out.write(_escape_data(summary_line(report)) + "\n")
