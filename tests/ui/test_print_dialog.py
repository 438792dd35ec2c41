"""The print dialog for the easy-read plan: preview, advice, options, print, save, no temp files."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.services.recording import finalise_note, save_note_draft
from keyworker_desktop.services.records import find_young_person
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent
from keyworker_desktop.ui import print_dialog
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.print_dialog import PrintPlanDialog
from tests.ui.conftest import focusable_without_name

NOW = datetime(2025, 3, 10, 10, 41)
LONG = ("Aish will go to the art room at lunchtime on Monday and Wednesday when the canteen "
        "is too loud for her.")


@pytest.fixture
def private_tmp(tmp_path_factory: pytest.TempPathFactory,
                monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own temporary folder, so other processes' files cannot confuse the check."""
    folder = tmp_path_factory.mktemp("tempdir")
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    return folder


@pytest.fixture
def store(ctx: AppContext, tmp_path: Path) -> Iterator[Store]:
    ctx.now = lambda: NOW
    opened = Store.create(tmp_path / "s", "correct horse battery", user_name="Alex Morgan",
                          kdf=keys.TEST_KDF)
    with opened.transaction() as s:
        populate_demo(s, today=NOW.date())
    ctx.open_store(opened)
    yield opened


def yp_id(store: Store, ref: str) -> str:
    with store.session() as s:
        yp = find_young_person(s, ref)
        assert yp is not None
        return yp.id


def open_dialog(qtbot: QtBot, ctx: AppContext, young_person_id: str) -> PrintPlanDialog:
    dialog = PrintPlanDialog(ctx, young_person_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.show()
    wait_for_ops(ctx)
    return dialog


def preview_images(dialog: PrintPlanDialog) -> list[QImage]:
    model = dialog.pages_model
    return [model.data(model.index(i), Qt.ItemDataRole.DecorationRole)
            for i in range(model.rowCount())]


def test_preview_shows_every_page_with_ink(qtbot: QtBot, qtmodeltester: Any, ctx: AppContext,
                                           store: Store) -> None:
    dialog = open_dialog(qtbot, ctx, yp_id(store, "Olly"))
    qtmodeltester.check(dialog.pages_model)
    assert dialog.built is not None
    assert dialog.windowTitle() == "Print Olly's plan"
    images = preview_images(dialog)
    assert len(images) == len(dialog.built.pages) == len(PdfReader(BytesIO(dialog.built.pdf)).pages)
    assert len(images) >= 4
    first = images[0]
    dark = sum(1 for x in range(0, first.width(), 3) for y in range(0, first.height(), 3)
               if first.pixelColor(x, y).lightness() < 100)
    assert dark > 100  # words and pictures were drawn, not just white paper
    assert dialog.status.text() == f"{len(images)} pages"
    assert focusable_without_name(dialog) == []


def test_choosing_pages_and_large_print_re_renders(qtbot: QtBot, ctx: AppContext,
                                                   store: Store) -> None:
    dialog = open_dialog(qtbot, ctx, yp_id(store, "Olly"))
    assert dialog.built is not None and dialog.built.style.body == 16
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.page_boxes["who-helps-me"].setChecked(False)
    wait_for_ops(ctx)
    assert [p.section for p in dialog.built.pages].count("who-helps-me") == 0
    normal = len(preview_images(dialog))
    width_before = preview_images(dialog)[0].width()
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.large_print.setChecked(True)
    wait_for_ops(ctx)
    assert dialog.built.options.large_print and dialog.built.style.body == 20
    assert len(preview_images(dialog)) >= normal
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.a5.setChecked(True)
    wait_for_ops(ctx)
    assert dialog.built.options.page_size == "A5"
    assert preview_images(dialog)[0].width() == width_before
    for box in dialog.page_boxes.values():
        box.setChecked(False)
    wait_for_ops(ctx)
    assert dialog.pages_model.rowCount() == 0 and not dialog.print_button.isEnabled()


def test_checker_advises_on_a_long_agreed_sentence(qtbot: QtBot, qtmodeltester: Any,
                                                   ctx: AppContext, store: Store) -> None:
    aish = yp_id(store, "Aisha Begum")
    with store.transaction() as s:
        note = save_note_draft(s, aish, session_on=NOW.date(), purposes=["specific_issues"],
                               discussed="Lunchtimes.", agreed=LONG + " Alex will ask the SENCO.")
        finalise_note(s, note.id)
    dialog = open_dialog(qtbot, ctx, aish)
    qtmodeltester.check(dialog.advice_model)
    advice = dialog.advice_model.advice()
    long = [a for a in advice if a.sentence == LONG]
    assert [a.rule for a in long] == ["long-sentence"]
    model = dialog.advice_model
    row = model.sentences().index(LONG)
    assert model.data(model.index(row, 0)) == LONG
    assert "Split it into two sentences." in model.data(model.index(row, 1))
    assert any(a.rule == "acronym" and "SENCO" in a.sentence for a in advice)
    assert "you can still print" in dialog.advice_summary.text()
    assert dialog.print_button.isEnabled()  # advice never blocks


def test_save_as_pdf_writes_only_the_chosen_file(qtbot: QtBot, ctx: AppContext, store: Store,
                                                 private_tmp: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    before = sorted(Path(tempfile.gettempdir()).iterdir())
    aish = yp_id(store, "Aisha Begum")
    dialog = open_dialog(qtbot, ctx, aish)
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.large_print.setChecked(True)
    out_dir = tmp_path / "chosen"
    out_dir.mkdir()
    chosen = out_dir / "aish"  # no suffix: the dialog adds .pdf
    monkeypatch.setattr(print_dialog.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(chosen), "PDF files (*.pdf)"))
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.save_button.click()
    wait_for_ops(ctx)
    assert [p.name for p in out_dir.iterdir()] == ["aish.pdf"]
    text = " ".join(p.extract_text() for p in PdfReader(out_dir / "aish.pdf").pages)
    assert "Aish's plan" in text and "Aisha" not in text
    assert sorted(Path(tempfile.gettempdir()).iterdir()) == before
    with store.session() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
    assert [e.young_person_id for e in events] == [aish]
    assert "large print" in events[0].detail and "saved as PDF" in events[0].detail


def test_print_sends_every_page_to_the_printer(qtbot: QtBot, ctx: AppContext, store: Store,
                                               tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = open_dialog(qtbot, ctx, yp_id(store, "Zain"))
    with qtbot.waitSignal(dialog.preview_ready, timeout=10_000):
        dialog.a5.setChecked(True)
    assert dialog.built is not None
    target = tmp_path / "printer.pdf"

    class FakePrintDialog:
        """The user picks a printer (here Qt's PDF printer) and presses Print."""

        def __init__(self, printer: QPrinter, parent: Any) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))

        def setWindowTitle(self, title: str) -> None:  # noqa: N802 - Qt's name
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(print_dialog, "QPrintDialog", FakePrintDialog)
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.print_button.click()
    printed = PdfReader(target)
    assert len(printed.pages) == len(dialog.built.pages)
    box = printed.pages[0].mediabox
    assert round(float(box.width) / 72 * 25.4) == 148  # A5, in millimetres
    assert "Zain's plan" in " ".join(printed.pages[0].extract_text().split())


def test_ctrl_p_on_a_record_opens_the_dialog(qtbot: QtBot, ctx: AppContext,
                                             store: Store) -> None:
    from keyworker_desktop.ui.record import RecordView

    view = RecordView(ctx, yp_id(store, "Meg"))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    wait_for_ops(ctx)
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (dialog,) = view.findChildren(PrintPlanDialog)
    qtbot.waitUntil(lambda: dialog.built is not None, timeout=10_000)
    assert dialog.isVisible() and dialog.windowTitle() == "Print Meg's plan"
    dialog.reject()


def test_the_windows_print_action_prints_the_record_shown(
        qtbot: QtBot, existing_store: str, window: Any, ctx: AppContext) -> None:
    from keyworker_desktop.services.recording import save_young_person
    from keyworker_desktop.ui.record.record_screen import install_record_screen
    from tests.ui.conftest import unlock

    install_record_screen(window)
    unlock(qtbot, window)
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        yp, _ = save_young_person(s, None, NOW.date(), given_name="Ava", family_name="Reed",
                                  preferred_name="Avi")
        ava = yp.id
    window.record_requested.emit(ava)
    wait_for_ops(ctx)
    window.named_actions["print"].trigger()
    (dialog,) = window.findChildren(PrintPlanDialog)
    qtbot.waitUntil(lambda: dialog.built is not None, timeout=10_000)
    assert dialog.windowTitle() == "Print Avi's plan"
    # Locking closes the dialog: no plan stays on screen.
    window.lock()
    assert not dialog.isVisible()


def test_save_as_pdf_starts_in_documents_and_says_the_copy_is_not_encrypted(
        qtbot: QtBot, ctx: AppContext, store: Store, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # no user-dirs.dirs
    monkeypatch.chdir(tmp_path)  # the working folder, where a save must not default to
    dialog = open_dialog(qtbot, ctx, yp_id(store, "Zain"))
    # Said before anything is written, beside the button.
    assert dialog.pdf_note.isVisible()
    assert "not protected by this laptop's encryption" in dialog.pdf_note.text()
    asked: list[tuple[Any, ...]] = []

    def choose(*args: Any) -> tuple[str, str]:
        asked.append(args)
        return "", ""  # the user cancels

    monkeypatch.setattr(print_dialog.QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    ((_parent, caption, suggested, _filter),) = asked
    assert "not encrypted" in caption
    folder = Path(suggested).parent
    assert folder == home / "Documents" and folder.is_dir()
