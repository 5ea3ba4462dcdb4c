"""The package shows its design: one folder per stage, data flowing one way.

read -> model -> check -> load -> analyse -> render -> edit -> cli: a stage
imports only earlier stages (any import, at the top or inside a function),
no two modules import each other however roundabout (a cycle inside a stage
is two modules that should be one, or a third both need), nothing imports
the CLI, no module is longer than 400 lines and no function longer than 60.
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

from tests.conftest import REPO

PACKAGE = REPO / "coalition"

# The stages in the order data flows through them; a stage may import any
# stage of a lower rank. Modules at the top of the package are stages of
# their own.
RANKS = {
    "__init__": 0,
    "problems": 0,
    "rules": 1,
    # A rule of the cross-record checks holds its check, which reads the
    # document through check/'s context, and check/ runs the checks the
    # registry lists: they are one stage. The other rules (and the registry's
    # plain-data parts, `rule.py`, `examples.py`) stay below `read`, which
    # makes its problems through them.
    "rules.check": 4,
    "rules.registry": 4,
    "read": 2,
    "git": 2,
    "model": 3,
    "check": 4,
    "load": 5,
    "analyse": 6,
    "render": 7,
    "edit": 8,
    "cli": 9,
    "__main__": 10,
}


def _stage(module: str) -> str:
    parts = module.split(".")
    if len(parts) > 2 and f"{parts[1]}.{parts[2]}" in RANKS:
        return f"{parts[1]}.{parts[2]}"
    return parts[1] if len(parts) > 1 else "__init__"


def _module_of(path: Path) -> str:
    relative = path.relative_to(REPO).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("coalition.")}


def _modules() -> dict[str, Path]:
    return {_module_of(path): path for path in sorted(PACKAGE.rglob("*.py"))}


def test_every_stage_has_a_rank() -> None:
    for module in _modules():
        assert _stage(module) in RANKS, f"{module} is in no stage: add it to RANKS"


def test_no_stage_imports_a_later_stage() -> None:
    modules = _modules()
    wrong = []
    for module, path in modules.items():
        rank = RANKS[_stage(module)]
        for imported in _imports(path):
            if imported not in modules and imported.rsplit(".", 1)[0] not in modules:
                continue
            target = imported if imported in modules else imported.rsplit(".", 1)[0]
            if RANKS[_stage(target)] > rank:
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def _graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Which modules each module imports, at the top or inside a function."""
    graph = {}
    for module, path in modules.items():
        targets = set()
        for imported in _imports(path):
            target = imported if imported in modules else imported.rsplit(".", 1)[0]
            if target in modules and target != module:
                targets.add(target)
        graph[module] = targets
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """A cycle of imports (its modules, the first again at the end), or []."""
    try:
        graphlib.TopologicalSorter(graph).prepare()
    except graphlib.CycleError as error:
        return list(error.args[1])
    return []


def test_no_module_imports_itself_through_others() -> None:
    assert _cycle(_graph(_modules())) == []


def test_the_cycle_check_sees_a_cycle_through_a_function(tmp_path: Path) -> None:
    """The check itself can fail: an import inside a function closes a cycle."""
    (tmp_path / "a.py").write_text("from coalition.render.b import x\n")
    (tmp_path / "b.py").write_text("def x():\n    from coalition.render.a import y\n")
    modules = {f"coalition.render.{name}": tmp_path / f"{name}.py" for name in "ab"}
    cycle = _cycle(_graph(modules))
    assert set(cycle) == {"coalition.render.a", "coalition.render.b"}
    assert cycle[0] == cycle[-1]


def test_nothing_but_the_entry_point_imports_the_cli() -> None:
    for module, path in _modules().items():
        if _stage(module) in ("cli", "__main__"):
            continue
        assert not any(name.startswith("coalition.cli") for name in _imports(path)), module


def test_the_graph_check_sees_a_back_edge(tmp_path: Path) -> None:
    """The check itself can fail: a module of `read` importing `render` is caught."""
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from coalition.render.table import summary\n")
    imported = _imports(sample)
    assert "coalition.render.table" in imported
    assert RANKS[_stage("coalition.render.table")] > RANKS[_stage("coalition.read.text")]


def test_modules_and_functions_stay_small() -> None:
    too_long = []
    for module, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 400:
            too_long.append(f"{module}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > 60:
                    too_long.append(f"{module}.{node.name}: {length} lines")
    assert too_long == []


def test_each_stage_folder_says_what_it_is() -> None:
    for folder in PACKAGE.iterdir():
        if folder.is_dir() and not folder.name.startswith("__"):
            init = folder / "__init__.py"
            assert init.exists(), folder.name
            assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), folder.name
