"""The interface's language (ui/language.py): the choice, its default, Welsh at the lock screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from keyworker_desktop import app
from keyworker_desktop.domain import i18n
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.language import chosen_language, default_language, install_language
from keyworker_desktop.ui.lock_screen import LockScreen
from keyworker_desktop.ui.window_state import WindowState
from tests.ui import language_support

# The tiny Welsh catalogue, and English again after each test.
catalogue = language_support.catalogue
english_after = language_support.english_after
welsh = language_support.welsh

WELSH_LOCALE = QLocale(QLocale.Language.Welsh, QLocale.Country.UnitedKingdom)


@pytest.mark.parametrize(("locale", "expected"), [
    (WELSH_LOCALE, "cy"),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
    (QLocale(QLocale.Language.French, QLocale.Country.France), "en"),
])
def test_the_default_is_the_systems_language_when_offered(locale: QLocale, expected: str) -> None:
    assert default_language(locale) == expected


def test_the_choice_on_this_laptop_wins_over_the_system(tmp_path: Path) -> None:
    assert chosen_language(tmp_path, WELSH_LOCALE) == "cy"
    WindowState(tmp_path).set_language("en")
    assert chosen_language(tmp_path, WELSH_LOCALE) == "en"
    # A value this version does not offer (edited by hand, or from a newer one): the default.
    WindowState(tmp_path).set_language("klingon")
    assert chosen_language(tmp_path, WELSH_LOCALE) == "cy"


def test_the_lock_screen_speaks_welsh(qtbot: QtBot, ctx: AppContext, existing_store: str,
                                      welsh: list[QTranslator]) -> None:
    screen = LockScreen(ctx)
    qtbot.addWidget(screen)
    assert screen.unlock_button.text() == "&Datgloi"
    assert screen.intro.text().startswith("Mae eich cofnodion wedi'u cloi.")
    # Not in the catalogue: as written, in English.
    assert screen.passphrase.accessibleName() == "Passphrase"
    # Below the interface too, through the one path.
    assert i18n.translate("LockScreen", "&Unlock") == "&Datgloi"


def test_english_installs_no_translation_but_offers_welsh_documents(
        qapp: QApplication, catalogue: Path, english_after: list[QTranslator]) -> None:
    english_after += install_language(qapp, "en", catalogue)
    assert english_after == []
    assert i18n.translate("LockScreen", "&Unlock") == "&Unlock"
    # A plan can still be printed in Welsh from an English laptop.
    assert i18n.languages() == ["en", "cy"]
    assert i18n.translate_in("cy", "EasyRead", "What we agreed") == "Beth wnaethon ni gytuno"
    assert i18n.translate_in("cy", "EasyRead", "Not translated") == "Not translated"


def test_the_app_installs_the_chosen_language(qapp: QApplication, catalogue: Path,
                                              english_after: list[QTranslator]) -> None:
    english_after += app.install_translators(qapp, "cy", catalogue)
    assert english_after
    assert i18n.translate("SettingsDialog", "Language") == "Iaith"


def test_without_a_catalogue_the_app_stays_in_english(
        qapp: QApplication, tmp_path: Path, english_after: list[QTranslator]) -> None:
    english_after += app.install_translators(qapp, "cy", tmp_path)
    assert i18n.translate("LockScreen", "&Unlock") == "&Unlock"
    assert i18n.languages() == ["en"]
