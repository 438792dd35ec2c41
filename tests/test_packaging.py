"""Two installs from one project: the laptop's never carries the server or PostgreSQL,
and the central store's never pulls Qt (pyproject's extras, and what each side imports)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
SERVER_ONLY = {"starlette", "uvicorn", "httptools", "psycopg"}
LAPTOP_ONLY = {"pyside6-essentials", "reportlab", "sqlcipher3", "keyring", "platformdirs", "httpx"}


def names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\[<>=!~; ]", r, maxsplit=1)[0].lower() for r in requirements}


def imported_after(code: str) -> set[str]:
    """Top-level packages loaded in a fresh interpreter after running ``code``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint(' '.join(sorted({m.split('.')[0] "
         "for m in sys.modules})))\nprint(' '.join(sorted(m for m in sys.modules "
         "if m.startswith('keyworker_desktop.sync.server'))))"],
        env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    *_, tops, server = done.stdout.split("\n")[:-1]
    return set(tops.split()) | set(server.split())


def test_the_extras_keep_the_two_installs_apart() -> None:
    extras = PROJECT["optional-dependencies"]
    common = names(PROJECT["dependencies"])
    assert not common & (SERVER_ONLY | LAPTOP_ONLY)
    assert "msgspec" in common  # the wire format both sides speak
    assert names(extras["desktop"]) >= LAPTOP_ONLY
    assert not names(extras["desktop"]) & SERVER_ONLY
    assert names(extras["central"]) >= SERVER_ONLY
    assert not names(extras["central"]) & LAPTOP_ONLY
    assert "pyinstaller" in names(extras["bundle"])
    assert "keyworker-desktop[desktop]" in extras["bundle"]


def test_the_laptop_never_loads_the_server() -> None:
    # Every module of the laptop's app and command line, the ones loaded on first use too.
    modules = [
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for path in sorted((ROOT / "keyworker_desktop").rglob("*.py"))]
    laptop = [m for m in modules
              if not any(part in m for part in (".sync.server", ".migrations", "__main__"))]
    loaded = imported_after(f"import importlib\nfor m in {laptop!r}:\n"
                            "    importlib.import_module(m)\n")
    assert "PySide6" in loaded  # the probe did import the app
    assert not loaded & {"starlette", "uvicorn", "psycopg", "keyworker_desktop.sync.server"}


def test_the_central_store_never_loads_qt_or_the_laptop_libraries() -> None:
    loaded = imported_after(
        "import keyworker_desktop.sync.server.cli, keyworker_desktop.sync.server.app\n"
        "import keyworker_desktop.sync.server.serving\n")
    assert "starlette" in loaded
    assert not loaded & {"PySide6", "shiboken6", "reportlab", "sqlcipher3", "keyring",
                         "platformdirs", "httpx", "PIL"}


def test_the_import_contract_covers_every_laptop_module_of_sync() -> None:
    contract = next(c for c in PYPROJECT["tool"]["importlinter"]["contracts"]
                    if "keyworker_desktop.sync.server" in c.get("forbidden_modules", []))
    sync = ROOT / "keyworker_desktop" / "sync"
    laptop_sync = {f"keyworker_desktop.sync.{path.stem}" for path in sync.glob("*.py")
                   if path.stem != "__init__"}
    assert laptop_sync <= set(contract["source_modules"])
