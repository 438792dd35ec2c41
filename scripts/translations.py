"""Keep the Welsh translation in step with the code.

    python scripts/translations.py update    # code -> translations/keyworker_cy.ts
    python scripts/translations.py release   # .ts -> keyworker_desktop/resources/i18n/*.qm

``update`` runs ``pyside6-lupdate`` over every module of the package: new texts are added
(untranslated), texts no longer in the code are dropped (``-no-obsolete``), and every
existing translation is kept. Texts people read that are data lupdate cannot parse (the
checklist templates' JSON, context "Checklist"; the pictograms' titles, "Pictogram") are
added after it, their translations kept the same way. Translate the ``.ts`` with Qt
Linguist (or any ``.ts`` editor), then ``release`` compiles it into the ``.qm`` the app
and the bundle load; both files are committed. ``tests/test_translations.py`` fails when
either is out of date.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
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


def data_texts() -> dict[str, list[str]]:
    """Texts kept as data outside Python, by context: what lupdate cannot extract."""
    sys.path.insert(0, str(ROOT))
    from keyworker_desktop.domain.checklists import template_texts
    from keyworker_desktop.easyread.pictograms import pictogram_titles

    return {"Checklist": template_texts(), "Pictogram": pictogram_titles()}


def _translations(ts: Path, texts: dict[str, list[str]]) -> dict[tuple[str, str], ET.Element]:
    """The ``<translation>`` already held for each data text (to keep it across lupdate)."""
    if not ts.exists():
        return {}
    kept = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if source in texts.get(name, ()) and translation is not None:
                kept[(name, source)] = translation
    return kept


def _escaped(text: str) -> str:
    """Text as lupdate writes it in a .ts."""
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def add_data_texts(ts: Path, texts: dict[str, list[str]],
                   kept: dict[tuple[str, str], ET.Element]) -> None:
    """Add every data text missing from ``ts`` (lupdate has just written it), in lupdate's
    own layout so the file's history shows only what changed."""
    present = {(c.findtext("name"), m.findtext("source"))
               for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    content = ts.read_text(encoding="utf-8")
    for name, sources in texts.items():
        blocks = []
        for source in sources:
            if (name, source) in present:
                continue
            held = kept.get((name, source))
            translation = ('<translation type="unfinished"></translation>' if held is None
                           else ET.tostring(held, encoding="unicode").strip())
            blocks.append(f"    <message>\n        <source>{_escaped(source)}</source>\n"
                          f"        {translation}\n    </message>\n")
        if not blocks:
            continue
        head = f"<context>\n    <name>{_escaped(name)}</name>\n"
        if head in content:
            end = content.index("</context>", content.index(head))
            content = content[:end] + "".join(blocks) + content[end:]
        else:
            end = content.rindex("</TS>")
            content = content[:end] + head + "".join(blocks) + "</context>\n" + content[end:]
    ts.write_text(content, encoding="utf-8")


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
            texts = data_texts()
            kept = _translations(ts_file(language), texts)
            lupdate(sources(), ts_file(language), language=language)
            add_data_texts(ts_file(language), texts, kept)
            print(f"updated {ts_file(language).relative_to(ROOT)}")
        else:
            lrelease(ts_file(language), qm_file(language))
            print(f"compiled {qm_file(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
