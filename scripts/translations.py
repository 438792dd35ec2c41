"""Keep the Welsh translation in step with the code.

    python scripts/translations.py update    # code -> translations/keyworker_cy.ts
    python scripts/translations.py release   # .ts -> keyworker_desktop/resources/i18n/*.qm

``update`` runs ``pyside6-lupdate`` over every module of the package: new texts are added
(untranslated), texts no longer in the code are dropped (``-no-obsolete``), and every
existing translation is kept. Translate the ``.ts`` with Qt Linguist (or any ``.ts``
editor), then ``release`` compiles it into the ``.qm`` the app and the bundle load; both
files are committed. ``tests/test_translations.py`` fails when either is out of date.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "keyworker_desktop"
TRANSLATIONS = ROOT / "translations"
QM_FOLDER = PACKAGE / "resources" / "i18n"
#: The languages translated (English is the source).
LANGUAGES = ("cy",)


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"keyworker_{language}.ts"


def qm_file(language: str) -> Path:
    return QM_FOLDER / f"keyworker_{language}.qm"


def tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease``: beside this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[desktop]')")
    return found


def sources(package: Path = PACKAGE) -> list[Path]:
    """Every module of the package, in a stable order."""
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(files: list[Path], ts: Path, *, locations: str = "relative",
            language: str = "cy") -> None:
    """Extract every marked text of ``files`` into ``ts`` (kept translations stay)."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    # Relative paths in the .ts, whatever the current folder.
    args = [tool("pyside6-lupdate"), *(os.path.relpath(f, ts.parent) for f in files),
            "-ts", ts.name, "-no-obsolete", "-locations", locations,
            "-source-language", "en", "-target-language", language]
    subprocess.run(args, cwd=ts.parent, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` (untranslated texts left out: they show in English)."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "release"))
    args = parser.parse_args(argv)
    for language in LANGUAGES:
        if args.command == "update":
            lupdate(sources(), ts_file(language), language=language)
            print(f"updated {ts_file(language).relative_to(ROOT)}")
        else:
            lrelease(ts_file(language), qm_file(language))
            print(f"compiled {qm_file(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
