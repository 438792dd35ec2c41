"""The signed form attached in the same save as what it signs: the consent form in
"Record consent" and the keyworker agreement in "Allocate a keyworker" (SignedFormField
in ui/record/consent_dialog.py and allocation_dialog.py), shown on the consent list and
the header's keyworker line with a way to view it; on a store that never held the demo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyworker_desktop.services.documents import DocumentRow
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Allocation, Consent, Document
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record import RecordView
from keyworker_desktop.ui.record.allocation_dialog import AllocationDialog
from keyworker_desktop.ui.record.consent_dialog import ConsentDialog
from keyworker_desktop.ui.table_model import selected_row
from tests.ui import record_support
from tests.ui.record_support import open_record
from tests.ui.test_record_allocation import add_staff
from tests.ui.test_record_documents import PDF, choose_file

store = record_support.store
yp_id = record_support.yp_id
LEFT = Qt.MouseButton.LeftButton


def documents(store: Store) -> list[Document]:
    with store.session() as s:
        return list(s.scalars(select(Document)))


def shown_document(qtbot: QtBot, view: RecordView) -> str:
    """The document highlighted in the Documents tab, once it is the tab shown."""
    tab = view.documents
    qtbot.waitUntil(lambda: view.tabs.currentWidget().isAncestorOf(tab))
    qtbot.waitUntil(lambda: isinstance(selected_row(tab.table), DocumentRow))
    row = selected_row(tab.table)
    view.activateWindow()  # (the dialog that was in front has closed)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.table)
    return str(row.id)


def test_the_signed_consent_form_is_attached_with_the_consent(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, interaction: ScriptedInteraction) -> None:
    form = tmp_path / "Ava consent.pdf"
    form.write_bytes(PDF)
    asked = choose_file(monkeypatch, form)
    view = open_record(qtbot, ctx, yp_id)
    box = view.profile.consent
    qtbot.waitUntil(lambda: box.model.rowCount() == 5)
    qtbot.mouseClick(view.header.consent_button, LEFT)
    dialog = box.dialog
    assert isinstance(dialog, ConsentDialog) and dialog.isVisible()
    field = dialog.signed_form
    assert field.status.text() == "No signed form attached"
    field.choose_button.setFocus()
    qtbot.keyClick(field.choose_button, Qt.Key.Key_Space)
    assert asked and asked[0][1] == "Attach the signed consent form"
    assert field.status.text() == f"Ava consent.pdf ({len(PDF)} bytes) will be attached " \
                                  "when you save"
    assert documents(store) == []  # nothing is written before Save

    # A refused consent writes no form either: it is one write.
    qtbot.keyClick(dialog.given_by, Qt.Key.Key_Down)  # parental responsibility: nobody
    qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    assert dialog.isVisible() and dialog.errors.message("giver_name")
    assert documents(store) == []
    qtbot.keyClick(dialog.given_by, Qt.Key.Key_Up)  # the young person
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    with store.session() as s:
        [given] = s.scalars(select(Consent)).all()
        [doc] = s.scalars(select(Document)).all()
        assert (doc.kind, doc.attached_to, doc.attached_to_id, doc.filename) == (
            "consent_form", "consent", given.id, "Ava consent.pdf")
        assert doc.content == PDF and doc.signed_on == given.given_on
        assert given.kind == "keyworker" and given.signed_document_id == doc.id
        doc_id = doc.id

    # The consent list says so, and "View signed form" shows it in the Documents tab.
    qtbot.waitUntil(lambda: box.model.index(1, 6).data() == "Signed form attached")
    assert box.model.index(0, 6).data() == ""
    box.table.setCurrentIndex(box.model.index(0, 0))
    assert not box.form_button.isEnabled()  # the register consent has no form
    box.table.setCurrentIndex(box.model.index(1, 0))
    assert box.form_button.isEnabled()
    qtbot.mouseClick(box.form_button, LEFT)
    assert shown_document(qtbot, view) == doc_id
    assert interaction.texts("warn") == []


def test_the_signed_agreement_is_attached_with_the_allocation(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    staff = add_staff(store)
    agreement = tmp_path / "Keyworker agreement.pdf"
    agreement.write_bytes(PDF)
    choose_file(monkeypatch, agreement)
    view = open_record(qtbot, ctx, yp_id)
    assert not view.header.agreement_button.isVisible()
    qtbot.mouseClick(view.header.allocate_button, LEFT)
    wait_for_ops(ctx)
    dialog = view.allocation_dialog
    assert isinstance(dialog, AllocationDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.staff.count() == 2)
    assert dialog.signed_form.choose_button.accessibleName() == \
        "Signed agreement: attach the signed keyworker agreement"
    qtbot.mouseClick(dialog.signed_form.choose_button, LEFT)
    assert dialog.has_changes()  # Escape would ask before dropping the chosen file
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.save_button, LEFT)
    wait_for_ops(ctx)
    with store.session() as s:
        [made] = s.scalars(select(Allocation)).all()
        [doc] = s.scalars(select(Document)).all()
        assert made.staff_id == staff["sam"] and made.agreement_document_id == doc.id
        assert (doc.kind, doc.attached_to, doc.attached_to_id) == (
            "keyworker_agreement", "allocation", made.id)
        doc_id = doc.id
    header = view.header
    qtbot.waitUntil(lambda: header.keyworker.text() == "Sam Okoro · signed agreement attached")
    assert header.agreement_button.isVisible()
    qtbot.mouseClick(header.agreement_button, LEFT)
    assert shown_document(qtbot, view) == doc_id
