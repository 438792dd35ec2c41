"""The Documents tab: attach, view, save a copy, remove, and the photograph with its crop
(ui/record/documents_tab.py, attach_file.py, document_viewer.py, photo_dialog.py), on a
store that never held the demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyworker_desktop.services import documents, photo
from keyworker_desktop.services.consent import record_consent
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent, Consent, Document, YoungPerson
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record import attach_file, documents_tab
from keyworker_desktop.ui.record.attach_file import SignedFormField
from tests.ui import record_support
from tests.ui.record_support import NOW, open_record

store = record_support.store
yp_id = record_support.yp_id

PDF = b"%PDF-1.4\n% a signed form\n%%EOF\n"


def picture(path: Path, width: int, height: int) -> Path:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#3060a0"))
    # A marker in the top-left corner, to tell where the crop was taken from.
    for x in range(20):
        for y in range(20):
            image.setPixelColor(x, y, QColor("#ff0000"))
    assert image.save(str(path))
    return path


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[object, ...]]:
    asked: list[tuple[object, ...]] = []

    def answer(*args: object, **_kw: object) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(attach_file.QFileDialog, "getOpenFileName", answer)
    return asked


def select_first(qtbot: QtBot, tab: documents_tab.DocumentsTab) -> None:
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.waitUntil(lambda: tab.view_button.isEnabled())


def test_attach_view_save_a_copy_and_remove(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path,
        interaction: ScriptedInteraction, monkeypatch: pytest.MonkeyPatch,
        qtmodeltester: ModelTester) -> None:
    view = open_record(qtbot, ctx, yp_id, "documents")
    tab = view.documents
    assert tab.model.rowCount() == 0 and tab.empty.isVisibleTo(tab)
    source = tmp_path / "School letter.pdf"
    source.write_bytes(PDF)
    asked = choose_file(monkeypatch, source)
    interaction.answers = ["Letter"]
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert asked and asked[0][2] == attach_file.documents_folder()
    assert tab.model.rowCount() == 1
    qtmodeltester.check(tab.model)
    texts = [tab.model.data(tab.model.index(0, c)) for c in range(tab.model.columnCount())]
    assert texts[:3] == ["School letter.pdf", "Letter", "The young person"]
    assert texts[4] == f"{len(PDF)} bytes"
    with store.session() as s:
        [held] = s.scalars(select(Document))
        assert (held.content, held.kind, held.young_person_id) == (PDF, "letter", yp_id)

    # View: this PySide6 has no PDF module, so the viewer says so and offers a copy.
    select_first(qtbot, tab)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    viewer = tab.viewer
    assert viewer is not None and viewer.isVisible()
    assert viewer.shown_as in ("message", "pdf")

    # Save a copy from the viewer: warned first, then the file dialog, then audited.
    out = tmp_path / "copies" / "letter.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(documents_tab.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(out), ""))
    interaction.answers = [True]
    qtbot.mouseClick(viewer.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "not be protected by the store's encryption" in interaction.texts("confirm")[-1]
    assert out.read_bytes() == PDF
    assert "not encrypted" in interaction.texts("inform")[-1]
    viewer.close()
    with store.session() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(
            AuditEvent.entity == "document", AuditEvent.action.in_(["view", "export"]))))
        assert sorted(actions) == ["export", "view"]

    # Saying no to the warning writes nothing.
    out.unlink()
    interaction.answers = [False]
    select_first(qtbot, tab)
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert not out.exists()

    interaction.answers = [True]
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert tab.model.rowCount() == 0
    with store.session() as s:
        [held] = s.scalars(select(Document))
        assert held.deleted_at is not None


def test_a_picture_is_shown_in_the_app(qtbot: QtBot, ctx: AppContext, store: Store,
                                       yp_id: str, tmp_path: Path) -> None:
    png = picture(tmp_path / "drawing.png", 1600, 900).read_bytes()
    with store.transaction() as s:
        documents.attach(s, yp_id, png, "drawing.png")
    view = open_record(qtbot, ctx, yp_id, "documents")
    tab = view.documents
    select_first(qtbot, tab)
    qtbot.mouseClick(tab.view_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    viewer = tab.viewer
    assert viewer is not None and viewer.shown_as == "image"
    shown = viewer.picture.pixmap()
    assert 0 < shown.width() <= 900 and shown.height() < 900  # scaled to fit
    viewer.close()


def test_a_refused_file_is_explained_and_nothing_is_attached(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path,
        interaction: ScriptedInteraction, monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_record(qtbot, ctx, yp_id, "documents")
    program = tmp_path / "form.pdf"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    choose_file(monkeypatch, program)
    qtbot.mouseClick(view.documents.attach_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "cannot be attached" in interaction.texts("warn")[-1]
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"%PDF-" + b"0" * documents.MAX_DOCUMENT_BYTES)
    choose_file(monkeypatch, big)
    qtbot.mouseClick(view.documents.attach_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "at most 20.0 MB" in interaction.texts("warn")[-1]
    with store.session() as s:
        assert s.scalars(select(Document)).all() == []


def test_photo_is_cropped_with_the_keyboard_and_shown_only_with_consent(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path,
        interaction: ScriptedInteraction, monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_record(qtbot, ctx, yp_id, "documents")
    tab = view.documents
    source = picture(tmp_path / "ava.jpg", 1200, 800)
    monkeypatch.setattr(documents_tab.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(tab.add_photo_button, Qt.MouseButton.LeftButton)
    dialog = tab.photo_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    area = dialog.area
    assert (area.selection.x(), area.selection.width()) == (200, 800)  # centred square
    area.setFocus()
    # Half the size, then all the way to the top-left corner with Shift+arrows.
    qtbot.keyClicks(area, "-" * 10)
    assert area.selection.width() == 400
    assert dialog.size_slider.value() == 50
    for _ in range(10):
        qtbot.keyClick(area, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(area, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert (area.selection.x(), area.selection.y()) == (0, 0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    with store.session() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None and yp.photo_png is not None
        kept = QImage.fromData(yp.photo_png)
    assert (kept.width(), kept.height()) == (400, 400)
    corner = kept.pixelColor(5, 5)  # the red top-left corner was kept (JPEG: nearly red)
    assert corner.red() > 200 and corner.blue() < 60
    # No photo consent: held, not shown.
    assert tab.photo_label.pixmap().isNull()
    assert "no photo consent" in tab.photo_status.text()
    with store.transaction() as s:
        record_consent(s, yp_id, kind="photo", given_by="young_person", given_on=NOW.date(),
                       today=NOW.date())
    tab.refresh()
    wait_for_ops(ctx)
    assert not tab.photo_label.pixmap().isNull()
    interaction.answers = [True]
    qtbot.mouseClick(tab.remove_photo_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    with store.session() as s:
        assert not photo.has_photo(s, yp_id)
    assert tab.photo_label.pixmap().isNull()


def test_a_large_photo_is_scaled_to_512(qtbot: QtBot, ctx: AppContext, store: Store,
                                        yp_id: str, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    view = open_record(qtbot, ctx, yp_id, "documents")
    tab = view.documents
    source = picture(tmp_path / "big.png", 2000, 3000)
    monkeypatch.setattr(documents_tab.QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(source), ""))
    qtbot.mouseClick(tab.add_photo_button, Qt.MouseButton.LeftButton)
    dialog = tab.photo_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    with store.session() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None and yp.photo_png is not None
        kept = QImage.fromData(yp.photo_png)
    assert (kept.width(), kept.height()) == (photo.PHOTO_PIXELS, photo.PHOTO_PIXELS)


def test_signed_form_field_attaches_with_the_dialogs_own_write(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path,
        interaction: ScriptedInteraction, monkeypatch: pytest.MonkeyPatch) -> None:
    field = SignedFormField(interaction)
    qtbot.addWidget(field)
    field.show()
    source = tmp_path / "consent.pdf"
    source.write_bytes(PDF)
    choose_file(monkeypatch, source)
    qtbot.mouseClick(field.choose_button, Qt.MouseButton.LeftButton)
    picked = field.picked()
    assert picked is not None and picked.data == PDF
    assert "consent.pdf" in field.status.text() and field.clear_button.isVisibleTo(field)
    # What a consent dialog's save does: the consent and its form in one transaction.
    with store.transaction() as s:
        consent = record_consent(s, yp_id, kind="keyworker", given_by="young_person",
                                 given_on=NOW.date(), today=NOW.date())
        row = picked.attach(s, yp_id, kind="consent_form", attached_to="consent",
                            attached_to_id=consent.id)
        consent_id = consent.id
    with store.session() as s:
        got = s.get(Consent, consent_id)
        assert got is not None and got.signed_document_id == row.id
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert field.picked() is None and field.status.text() == "No signed form attached"


def test_export_for_a_subject_access_request_from_the_record(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path,
        interaction: ScriptedInteraction, monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    with store.transaction() as s:
        documents.attach(s, yp_id, PDF, "letter.pdf")
    view = open_record(qtbot, ctx, yp_id, "documents")
    tab = view.documents
    chosen = tmp_path / "sar" / "ava"  # no ending: .zip is added
    monkeypatch.setattr(documents_tab.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(chosen), ""))
    interaction.answers = [True]
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "not protected by the store's encryption" in interaction.texts("confirm")[-1]
    out = chosen.with_name("ava.zip")
    with zipfile.ZipFile(out) as zf:
        assert zf.read("attachments/letter.pdf") == PDF
        assert zf.read("summary.pdf").startswith(b"%PDF")
    assert "not encrypted" in interaction.texts("inform")[-1]
    with store.session() as s:
        assert s.scalars(select(AuditEvent.detail).where(
            AuditEvent.action == "export", AuditEvent.entity == "young_person")).all() == [
            "subject access request export (zip, not encrypted)"]
