"""The command line's language: English, unless ``KEYWORKER_LANGUAGE`` names one the
package ships (``resources/i18n/keyworker_<code>.qm``, the app's own catalogue); and the
languages documents (an easy-read plan) can be printed in.

Qt's translator is loaded only then, so plain English runs never import Qt. Argument
help (``--help``) stays English: argparse words it before any command runs.
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import Any

from keyworker_desktop.domain import i18n

LANGUAGE_ENV = "KEYWORKER_LANGUAGE"


def catalogue(language: str) -> Path:
    """Where the shipped catalogue for ``language`` is (it may not exist)."""
    folder = resources.files("keyworker_desktop") / "resources" / "i18n"
    return Path(str(folder)) / f"keyworker_{language}.qm"


def _load(language: str, qm: Path | None) -> Any | None:
    """A loaded ``QTranslator`` for ``language``, or None (English, or no catalogue)."""
    if not language or language == "en":
        return None
    qm = qm or catalogue(language)
    if not qm.is_file():
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator if translator.load(str(qm)) else None


def register_document_language(language: str, qm: Path | None = None) -> bool:
    """Let documents be worded in ``language`` (``i18n.translate_in``) without changing the
    command line's own language; False when there is no catalogue for it."""
    translator = _load(language, qm)
    if translator is None:
        return False

    def document(context: str, text: str, disambiguation: str | None = None,
                 n: int = -1) -> str:
        return str(translator.translate(context, text, disambiguation, n) or "")

    i18n.register_language(language, document)
    return True


def install_language(language: str | None = None, qm: Path | None = None) -> bool:
    """Word the command line's messages in ``language`` (default: ``KEYWORKER_LANGUAGE``);
    False, and English, when it is English or no catalogue for it can be loaded."""
    language = (language if language is not None else os.environ.get(LANGUAGE_ENV, "")).strip()
    translator = _load(language, qm)
    if translator is None:
        return False

    def word(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        worded = str(translator.translate(context, text, disambiguation, n) or "")
        if worded:
            return worded
        return text.replace("%n", str(n)) if n >= 0 else text

    i18n.set_translator(word)
    register_document_language(language, qm)
    return True
