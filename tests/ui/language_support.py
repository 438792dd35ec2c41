"""A tiny compiled Welsh catalogue for tests, and the interface put back to English after."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from keyworker_desktop.domain import i18n
from keyworker_desktop.ui.language import install_language

#: (context, English, Welsh): a few words of the lock screen, a setting and a plan.
WELSH = [
    ("LockScreen", "&Unlock", "&Datgloi"),
    ("LockScreen", "Your records are locked. Enter your passphrase to open them.",
     "Mae eich cofnodion wedi'u cloi. Rhowch eich cyfrinymadrodd i'w hagor."),
    ("SettingsDialog", "Language", "Iaith"),
    ("EasyRead", "What we agreed", "Beth wnaethon ni gytuno"),
]


def compile_catalogue(folder: Path, language: str = "cy",
                      messages: list[tuple[str, str, str]] = WELSH) -> Path:
    """Write ``keyworker_<language>.ts`` with ``messages`` and compile it beside; the folder."""
    contexts: dict[str, list[tuple[str, str]]] = {}
    for context, source, translation in messages:
        contexts.setdefault(context, []).append((source, translation))
    body = "".join(
        f"<context><name>{escape(name)}</name>" + "".join(
            f"<message><source>{escape(s)}</source><translation>{escape(t)}</translation>"
            "</message>" for s, t in pairs) + "</context>"
        for name, pairs in contexts.items())
    ts = folder / f"keyworker_{language}.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
                  f'<TS version="2.1" language="{language}">{body}</TS>', encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(folder / f"keyworker_{language}.qm")],
                   check=True, capture_output=True)
    return folder


@pytest.fixture
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogue(tmp_path_factory.mktemp("i18n"))


@pytest.fixture
def english_after(qapp: QApplication) -> Iterator[list[QTranslator]]:
    """Translators a test installs; removed after it, with the document languages."""
    installed: list[QTranslator] = []
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)
    i18n.set_translator(None)
    for code in i18n.languages():
        i18n.register_language(code, None)


@pytest.fixture
def welsh(qapp: QApplication, catalogue: Path,
          english_after: list[QTranslator]) -> list[QTranslator]:
    """The interface in Welsh, from the tiny catalogue."""
    english_after += install_language(qapp, "cy", catalogue)
    assert QCoreApplication.translate("LockScreen", "&Unlock") == "&Datgloi"
    return english_after
