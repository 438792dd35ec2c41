"""The record screen (ui/record/record_view.py): header, audit of the view, keyboard access."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent, Consent
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.table_model import Column, TableModel
from tests.ui import record_support
from tests.ui.conftest import focusable_without_name
from tests.ui.record_support import NOW, open_record

# The record fixtures: a store opened in the context, and one young person in it.
store = record_support.store
yp_id = record_support.yp_id


def test_header_shows_who_and_warns_without_keyworker_consent(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    header = view.header
    assert header.name.text() == "Ava Reed (known as Avi)"
    assert header.age.text() == "13 years old"
    assert header.rag.text() == "RAG: Not rated"
    assert header.keyworker.text() == "No keyworker allocated"
    assert "Easy read" in header.communication.text()
    assert header.warning.isVisible()
    assert "working with the family and network only" in header.warning.text()
    assert "The offer stays open" in header.warning.text()
    assert header.consent_button.isVisible()


def heard(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its accessible name, then its description."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return " ".join(filter(None, (interface.text(QAccessible.Text.Name),
                                  interface.text(QAccessible.Text.Description))))


def test_a_screen_reader_hears_the_header_values(qtbot: QtBot, ctx: AppContext,
                                                 store: Store, yp_id: str) -> None:
    header = open_record(qtbot, ctx, yp_id).header
    assert "Ava Reed (known as Avi)" in heard(header.name)
    assert heard(header.age).startswith("Age")
    assert "13 years old" in heard(header.age)
    assert heard(header.keyworker).startswith("Keyworker")
    assert "No keyworker allocated" in heard(header.keyworker)
    assert "Not rated" in heard(header.rag)
    assert "Easy read" in heard(header.communication)
    assert header.consent.text() and header.consent.text() in heard(header.consent)
    assert "No consent to work with a keyworker" in heard(header.warning)
    header.set_conflicts(2)
    assert "2 conflicts to resolve" in heard(header.conflicts)


def test_opening_a_record_is_audited(qtbot: QtBot, ctx: AppContext, store: Store,
                                     yp_id: str) -> None:
    open_record(qtbot, ctx, yp_id)
    with store.session() as s:
        views = s.scalars(select(AuditEvent).where(AuditEvent.action == "view",
                                                   AuditEvent.young_person_id == yp_id)).all()
    assert [v.actor for v in views] == ["Sam Keyworker"]


def test_header_refreshes_when_consent_is_recorded(qtbot: QtBot, ctx: AppContext,
                                                   store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    with store.transaction() as s:
        s.add(Consent(young_person_id=yp_id, kind="keyworker", given_on=date(2025, 3, 1)))
    ctx.hub.changes_applied.emit(OpChanges.of(["consent"], [yp_id]), None)
    wait_for_ops(ctx)
    assert not view.header.warning.isVisible()
    assert "To work with a keyworker" in view.header.consent.text()


def test_other_young_people_changing_does_not_reload(qtbot: QtBot, ctx: AppContext,
                                                     store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    loads = view.profile.loads
    with store.transaction() as s:
        other, _ = save_young_person(s, None, NOW.date(), given_name="Ben", family_name="Cole")
    ctx.hub.changes_applied.emit(OpChanges.of(["young_person"], [other.id]), None)
    wait_for_ops(ctx)
    assert view.profile.loads == loads


def test_every_focusable_control_has_a_name(qtbot: QtBot, ctx: AppContext,
                                            store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    for key in view.tab_keys():
        view.show_tab(key)
        wait_for_ops(ctx)
    # Containers, a combo box's pop-up list and a spin box's inner line edit are named
    # through the control that owns them.
    unnamed = [w for w in focusable_without_name(view)
               if not w.startswith(("QScrollArea", "QSplitter", "QTabBar", "QWidget(",
                                    "QStackedWidget", "QListView('')",
                                    "QLineEdit('qt_spinbox_lineedit')"))]
    assert unnamed == [], "\n".join(unnamed)


def test_fits_1366_by_768_at_double_text_size(qtbot: QtBot, ctx: AppContext,
                                              store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    for key in view.tab_keys():
        view.show_tab(key)
        wait_for_ops(ctx)
        qtbot.wait(10)
        hint = view.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, key


def test_rows_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = TableModel([Column("Name", lambda r: r[0]), Column("Age", lambda r: str(r[1]))])
    model.set_rows([("Ava", 13), ("Ben", 9)])
    qtmodeltester.check(model)
