"""The print dialog's language (ui/print_dialog.py): the plan in the young person's language."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.language import register_document_languages
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.plan_pictures import plan_lines
from keyworker_desktop.ui.print_dialog import PrintPlanDialog
from tests.ui import language_support, test_print_dialog
from tests.ui.test_print_dialog import NOW, open_dialog, yp_id

store = test_print_dialog.store
catalogue = language_support.catalogue
english_after = language_support.english_after


def pdf_text(dialog: PrintPlanDialog) -> str:
    assert dialog.built is not None
    return " ".join(p.extract_text() for p in PdfReader(BytesIO(dialog.built.pdf)).pages)


def prefers(store: Store, young_person_id: str, language: str) -> None:
    with store.transaction() as s:
        save_young_person(s, young_person_id, NOW.date(), preferred_language=language)


def test_the_plan_starts_in_the_young_persons_language_and_either_can_be_chosen(
        qtbot: QtBot, ctx: AppContext, store: Store, catalogue: Path,
        english_after: list[QTranslator]) -> None:
    # The interface stays English: only documents are offered Welsh.
    assert register_document_languages(ctx.hub, catalogue) == ["cy"]
    olly = yp_id(store, "Olly")
    prefers(store, olly, "cy")
    dialog = open_dialog(qtbot, ctx, olly)
    assert dialog.language.currentText() == "Cymraeg"
    assert dialog.options().language == "cy"
    assert "Beth wnaethon ni gytuno" in pdf_text(dialog)
    assert dialog.windowTitle().startswith("Print ")  # the dialog itself is in English
    # A picture chosen for this print stays when the plan is read again in English.
    new = "bus" if dialog.pictures.model.picture(0) != "bus" else "car"
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.pictures.choose(0, new)
    wait_for_ops(ctx)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    wait_for_ops(ctx)
    assert dialog.built is not None and dialog.built.options.language == "en"
    assert dialog.plan is not None and dialog.plan.language == "en"
    text = pdf_text(dialog)
    assert "What we agreed" in text and "Beth wnaethon ni gytuno" not in text
    assert dialog.pictures.model.picture(0) == new
    assert plan_lines(dialog.plan)[0][1].pictogram == new


def test_english_by_default(qtbot: QtBot, ctx: AppContext, store: Store) -> None:
    dialog = open_dialog(qtbot, ctx, yp_id(store, "Olly"))
    assert dialog.language.currentData() == "en"
    assert "What we agreed" in pdf_text(dialog)
