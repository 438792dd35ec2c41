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

A document printed in a language other than the interface's (an easy-read plan in Welsh
from an English laptop) words its marked texts with :func:`translate_in`; the app registers
each language it ships with :func:`register_language`.

Messages raised below the interface are :class:`Message` values: a code for machines, an
English ``str()`` for logs and the command line, and :meth:`Message.worded` for people.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

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


_languages: dict[str, Translator] = {}


def register_language(code: str, fn: Translator | None) -> None:
    """Make ``code`` ("cy") available to :func:`translate_in` (``None`` removes it)."""
    if fn is None:
        _languages.pop(code, None)
    else:
        _languages[code] = fn


def languages() -> list[str]:
    """The registered document languages, English first (always available)."""
    return ["en", *sorted(c for c in _languages if c != "en")]


def translate_in(language: str, context: str, text: str, disambiguation: str | None = None,
                 n: int = -1) -> str:
    """``text`` in ``language``; the text as written when that language is not registered
    or has no translation for it."""
    fn = _languages.get(language)
    if fn is None:
        return _as_written(context, text, disambiguation, n)
    worded = fn(context, text, disambiguation, n)
    return worded if worded else _as_written(context, text, disambiguation, n)


class Message:
    """A message with a machine ``code``, a template marked where it is written
    (``QT_TRANSLATE_NOOP(context, "… {limit} …")``) and its parameters.

    ``str(message)`` is the English text (logs, the command line, the central store);
    :meth:`worded` is the text in the reader's language.
    """

    __slots__ = ("code", "context", "params", "template")

    def __init__(self, code: str, context: str, template: str, **params: Any) -> None:
        self.code = code
        self.context = context
        self.template = template
        self.params: Mapping[str, Any] = params

    def __str__(self) -> str:
        return self.template.format(**self.params)

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.code, self.template, dict(self.params)) == (
            other.code, other.template, dict(other.params))

    def __hash__(self) -> int:
        return hash((self.code, self.template))

    def worded(self, language: str | None = None) -> str:
        """The message in the reader's language (or in ``language``), parameters filled in."""
        template = (translate(self.context, self.template) if language is None
                    else translate_in(language, self.context, self.template))
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message.
            return str(self)
