"""The command line's language: English, unless ``KEYWORKER_LANGUAGE`` names one the
package ships (``resources/i18n/keyworker_<code>.qm``, the app's own catalogue).

Qt's translator is loaded only then, so plain English runs never import Qt. Argument
help (``--help``) stays English: argparse words it before any command runs.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from keyworker_desktop.domain import i18n

LANGUAGE_ENV = "KEYWORKER_LANGUAGE"


def catalogue(language: str) -> Path:
    """Where the shipped catalogue for ``language`` is (it may not exist)."""
    folder = resources.files("keyworker_desktop") / "resources" / "i18n"
    return Path(str(folder)) / f"keyworker_{language}.qm"


def install_language(language: str | None = None, qm: Path | None = None) -> bool:
    """Word the command line's messages in ``language`` (default: ``KEYWORKER_LANGUAGE``);
    False, and English, when it is English or no catalogue for it can be loaded."""
    language = (language if language is not None else os.environ.get(LANGUAGE_ENV, "")).strip()
    if not language or language == "en":
        return False
    qm = qm or catalogue(language)
    if not qm.is_file():
        return False
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(qm)):
        return False

    def word(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        worded: str | None = translator.translate(context, text, disambiguation, n)
        if worded:
            return worded
        return text.replace("%n", str(n)) if n >= 0 else text

    def document(context: str, text: str, disambiguation: str | None = None,
                 n: int = -1) -> str:
        return translator.translate(context, text, disambiguation, n) or ""

    i18n.set_translator(word)
    i18n.register_language(language, document)
    return True
