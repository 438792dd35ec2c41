"""The interface's language and the languages documents can be printed in.

The language is chosen in Settings and kept in the data folder's ``window.ini``
(:class:`~keyworker_desktop.ui.window_state.WindowState`), not in the encrypted store:
the lock screen shows before the store is open and must already speak it. It takes
effect at the next start. Until one is chosen, the system's: Welsh if the system is
Welsh, else English.

Our translations are ``resources/i18n/keyworker_<code>.qm`` (made by
``scripts/translations.py release``); Qt's own (``qtbase_<code>``) are loaded when Qt
ships them. Every shipped language is also registered with
:func:`keyworker_desktop.domain.i18n.register_language`, so an easy-read plan can be
printed in Welsh from an English interface.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from keyworker_desktop.domain import i18n
from keyworker_desktop.ui.window_state import WindowState

#: The languages the app offers, each named in itself (as language pickers do).
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg"}
SOURCE_LANGUAGE = "en"


def default_language(locale: QLocale | None = None) -> str:
    """The system's language when the app offers it (Welsh), else English."""
    locale = locale if locale is not None else QLocale.system()
    return "cy" if locale.language() == QLocale.Language.Welsh else SOURCE_LANGUAGE


def chosen_language(data_dir: Path, locale: QLocale | None = None) -> str:
    """The language chosen in Settings on this laptop, or :func:`default_language`."""
    stored = WindowState(data_dir).language()
    return stored if stored in LANGUAGES else default_language(locale)


def translations_folder() -> Path:
    """Where the compiled translations (``keyworker_<code>.qm``) are installed."""
    return Path(str(resources.files("keyworker_desktop") / "resources" / "i18n"))


def load_translator(language: str, parent: QObject | None = None,
                    folder: Path | None = None) -> QTranslator | None:
    """Our translation into ``language``, or None when it is not installed."""
    translator = QTranslator(parent)
    folder = folder if folder is not None else translations_folder()
    if translator.load(f"keyworker_{language}", str(folder)):
        return translator
    return None


def install_language(app: QCoreApplication, language: str,
                     folder: Path | None = None) -> list[QTranslator]:
    """Install Qt's and our translations into ``language`` and send every marked text
    through them (English, the source, needs none)."""
    installed: list[QTranslator] = []
    if language != SOURCE_LANGUAGE:
        qt = QTranslator(app)
        if qt.load(f"qtbase_{language}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            installed.append(qt)
        ours = load_translator(language, app, folder)
        if ours is not None:
            installed.append(ours)
    for translator in installed:
        app.installTranslator(translator)
    i18n.set_translator(QCoreApplication.translate)
    register_document_languages(app, folder)
    return installed


def register_document_languages(parent: QObject, folder: Path | None = None) -> list[str]:
    """Make every shipped translation available to documents (``i18n.translate_in``),
    whatever the interface's language; returns the codes registered."""
    registered = []
    for code in LANGUAGES:
        if code == SOURCE_LANGUAGE:
            continue
        translator = load_translator(code, parent, folder)
        if translator is None:
            continue
        i18n.register_language(code, _wording(translator))
        registered.append(code)
    return registered


def _wording(translator: QTranslator) -> i18n.Translator:
    def word(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # "" when there is no translation: translate_in then falls back to the source.
        worded = translator.translate(context, text, disambiguation, n) or ""
        return worded.replace("%n", str(n)) if worded and n >= 0 else worded
    return word
