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

from collections.abc import Callable, Iterator, Mapping
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


class Labels(Mapping[str, str]):
    """A table of marked words (``QT_TRANSLATE_NOOP(context, …)``) read in the reader's
    language: ``labels[key]`` and ``labels.items()`` are translated when read, so a table
    defined at import still follows the language installed later."""

    def __init__(self, context: str, table: Mapping[str, str]) -> None:
        self.context = context
        self._table = dict(table)

    def __getitem__(self, key: str) -> str:
        return translate(self.context, self._table[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def source(self, key: str) -> str:
        """The English as marked."""
        return self._table[key]


def words_in(language: str | None, context: str, text: str, **params: Any) -> str:
    """A marked ``text`` with ``{placeholders}`` in ``language`` (``None``: the reader's),
    filled in; a translation with a broken placeholder falls back to the English."""
    worded = (translate(context, text) if language is None
              else translate_in(language, context, text))
    try:
        return worded.format(**params)
    except (KeyError, IndexError, ValueError):
        return text.format(**params)


class Message:
    """A message with a machine ``code``, a template marked where it is written
    (``QT_TRANSLATE_NOOP("Errors", "… {limit} …")``; always the "Errors" context, which
    tests/domain/test_messages.py checks at every call) and its parameters.

    ``str(message)`` is the English text (logs, the command line, the central store);
    :meth:`worded` is the text in the reader's language. A parameter that is itself a
    ``Message`` (a field's label) is worded in the same language.
    """

    __slots__ = ("code", "params", "template")
    CONTEXT = "Errors"

    def __init__(self, code: str, template: str, **params: Any) -> None:
        self.code = code
        self.template = template
        self.params: Mapping[str, Any] = params

    def __str__(self) -> str:
        return self._fill(self.template, None, english=True)

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
        template = (translate(self.CONTEXT, self.template) if language is None
                    else translate_in(language, self.CONTEXT, self.template))
        try:
            return self._fill(template, language, english=False)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the message.
            return self._fill(self.template, language, english=False)

    def _fill(self, template: str, language: str | None, english: bool) -> str:
        params = {k: (str(v) if english else v.worded(language)) if isinstance(v, Message)
                  else v for k, v in self.params.items()}
        return template.format(**params) if params else template


def label(text: str) -> Message:
    """A field's name marked with ``QT_TRANSLATE_NOOP("Errors", …)``, as a parameter."""
    return Message("label", text)


class WordedError(Exception):
    """An expected failure whose message is a :class:`Message`: ``str(err)`` and ``args``
    hold the English (logs, the central store), ``err.message``/``err.worded()`` the words
    in the reader's language, ``err.code`` what a program tests."""

    def __init__(self, message: Message | str) -> None:
        # A plain string is a message nobody marked yet: shown as written.
        words = message if isinstance(message, Message) else Message("unmarked", message)
        super().__init__(str(words))
        self.words = words
        self.code = words.code

    @property
    def params(self) -> Mapping[str, Any]:
        return self.words.params

    def worded(self, language: str | None = None) -> str:
        return self.words.worded(language)

    @property
    def message(self) -> str:
        """The message in the reader's language."""
        return self.worded()
