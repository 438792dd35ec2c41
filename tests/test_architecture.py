"""The layers and the no-cycle rule hold, and would catch a violating import.

The contracts live once, in pyproject.toml's ``[tool.importlinter]``; ./run-tests runs
``lint-imports`` before the tests, and these tests show that the checks can fail.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "keyworker_desktop"


def import_cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Groups of modules that import each other, directly or not (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(start: str) -> None:
        nonlocal counter
        # Iterative, so a deep import chain cannot exhaust the recursion limit.
        work: list[tuple[str, list[str]]] = []

        def enter(module: str) -> None:
            nonlocal counter
            index[module] = low[module] = counter
            counter += 1
            stack.append(module)
            on_stack.add(module)
            work.append((module, sorted(graph.find_modules_directly_imported_by(module))))

        enter(start)
        while work:
            module, pending = work[-1]
            if pending:
                nxt = pending.pop()
                if nxt not in index:
                    enter(nxt)
                elif nxt in on_stack:
                    low[module] = min(low[module], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[module])
            if low[module] == index[module]:
                group: list[str] = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(PACKAGE, cache_dir=None)


def test_no_module_imports_another_that_imports_it_back(graph: grimp.ImportGraph) -> None:
    assert import_cycles(graph) == []


def test_the_cycle_check_finds_a_cycle_when_one_is_added() -> None:
    probe = grimp.build_graph(PACKAGE, cache_dir=None)
    # The database opens keys; keys importing the database back would close a loop.
    probe.add_import(importer=f"{PACKAGE}.store.keys", imported=f"{PACKAGE}.store.database")
    cycles = import_cycles(probe)
    assert any({f"{PACKAGE}.store.keys", f"{PACKAGE}.store.database"} <= set(c) for c in cycles)


def lint_imports(package_root: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` over the package found in ``package_root``, with the project's contracts."""
    env = {**os.environ, "PYTHONPATH": str(package_root)}
    return subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command;"
         " sys.exit(lint_imports_command())", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=package_root, env=env, capture_output=True, text=True, timeout=300, check=False)


def test_the_layer_contracts_hold() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(("where", "line", "broken"), [
    ("store/_probe.py", "from PySide6 import QtCore", "Nothing below ui/ imports Qt"),
    ("domain/_probe.py", "from keyworker_desktop.store import database", "Layers"),
    ("services/_probe.py", "import keyworker_desktop.cli", "No library module imports"),
    ("services/_probe.py", "import uvicorn", "never imports the central store's server"),
    ("ui/_probe.py", "if False:\n    import keyworker_desktop.ui.context",
     "No import cycles"),
], ids=["qt-in-store", "domain-uses-store", "service-uses-cli", "laptop-uses-server", "cycle"])
def test_a_violating_import_breaks_a_contract(tmp_path: Path, where: str, line: str,
                                              broken: str) -> None:
    copy = tmp_path / PACKAGE
    shutil.copytree(ROOT / PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "resources"))
    probe = copy / where
    probe.write_text(f'"""A probe."""\n{line}\n', encoding="utf-8")
    if where.startswith("ui/"):
        # ui.context importing the probe closes the loop probe -> context -> probe.
        context = copy / "ui" / "context.py"
        context.write_text(context.read_text(encoding="utf-8")
                           + "\nif False:\n    import keyworker_desktop.ui._probe\n",
                           encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert f"{broken}" in result.stdout and "BROKEN" in result.stdout


def test_no_module_outside_migrations_is_over_700_lines() -> None:
    # Modules stay about one thing; the files maintainers regret are the 2,000-line ones.
    too_long = {
        str(path.relative_to(ROOT)): lines
        for path in (ROOT / PACKAGE).rglob("*.py")
        if "migrations" not in path.parts
        and (lines := len(path.read_text(encoding="utf-8").splitlines())) > 700
    }
    assert too_long == {}
