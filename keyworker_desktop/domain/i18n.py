"""The one translation path, usable from every layer without Qt.

Words people read are marked where they are written and translated where they are shown:

- in a Qt class: ``self.tr("Save")`` (the class is the context; PySide6 also asks the base
  classes, so a string in a base class is found from a subclass);
- anywhere else, the interface included: ``translate("Context", "Save")``, with a literal
  context and a literal text, so ``pyside6-lupdate`` extracts it under the context the
  running app asks for;
- words defined as data (vocabulary labels, checklist deadlines, report headings): marked
  with ``QT_TRANSLATE_NOOP("Context", "text")``, which returns the text unchanged, and
  translated when shown with ``translate("Context", value)``.

``pyside6-lupdate`` recognises these names by their spelling, so they must be called as
``translate(...)``/``i18n.translate(...)`` and ``QT_TRANSLATE_NOOP(...)``, never renamed.

Below the interface nothing imports Qt: the app installs ``QCoreApplication.translate``
with :func:`set_translator` at start-up; until then (the central store, a test without an
app) every text reads as written, in English.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]


def _as_written(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


_translator: Translator = _as_written


def set_translator(fn: Translator | None) -> None:
    """Install the function that words every marked text (``None``: as written)."""
    global _translator
    _translator = fn or _as_written


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the reader's language; ``%n`` is replaced by ``n`` (plural forms)."""
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Mark ``text`` for extraction under ``context``; it is translated where it is shown."""
    return text
