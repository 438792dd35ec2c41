"""Every screen and record tab, walked with Tab alone in the app's own window.

The window is the one ``app.main`` shows (``ui/compose.py``), at 1366×768, on a fresh
store and on the demo caseload. Each screen and each tab of a record must let Tab
reach every control and leave again (no keyboard trap), and every control Tab
reaches must have a name a screen reader can say.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.network_map import NetworkMapView
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.record_screen import RecordScreen
from keyworker_desktop.ui.record.record_view import RecordView
from tests.ui.conftest import ORGANISATION, PASSPHRASE, unlock
from tests.ui.keyboard_walk import walk


def make_store(ctx: AppContext, *, demo: bool) -> None:
    store = Store.create(ctx.data_dir, PASSPHRASE, user_name="Sam Keyworker",
                         organisation=ORGANISATION, kdf=keys.TEST_KDF)
    with store.transaction() as session:
        if demo:
            from keyworker_desktop.services.demo import populate_demo

            populate_demo(session, today=date.today())
        else:
            save_young_person(session, None, date.today(), given_name="Ava",
                              family_name="Reed", date_of_birth=date(2011, 5, 1))
    store.close()


def busiest_network(ctx: AppContext) -> str:
    """The young person with the most professionals around them."""
    from sqlalchemy import func, select

    from keyworker_desktop.store.models import NetworkLink, YoungPerson

    assert ctx.store is not None
    with ctx.store.session() as session:
        rows = session.execute(
            select(YoungPerson.id, func.count(NetworkLink.id))
            .outerjoin(NetworkLink, (NetworkLink.young_person_id == YoungPerson.id)
                       & NetworkLink.deleted_at.is_(None))
            .where(YoungPerson.deleted_at.is_(None))
            .group_by(YoungPerson.id)).all()
    return max(rows, key=lambda r: (r[1], r[0]))[0]


def app_window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    from keyworker_desktop.ui.compose import compose

    window = compose(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def settle(ctx: AppContext) -> None:
    for _ in range(2):  # a shown screen starts loading on the next pass of the event loop
        QApplication.processEvents()
        wait_for_ops(ctx)


def open_busiest_record(qtbot: QtBot, window: MainWindow) -> RecordView:
    window.record_requested.emit(busiest_network(window.ctx))
    settle(window.ctx)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    return screen.view


def walk_every_screen(qtbot: QtBot, ctx: AppContext) -> list[str]:
    window = app_window(qtbot, ctx)
    problems = walk(qtbot, window, window.lock_screen.passphrase).problems("lock screen")
    unlock(qtbot, window)
    view = open_busiest_record(qtbot, window)
    area = window.main_area
    assert area is not None
    for key in area.keys:
        window.show_screen(key)
        settle(ctx)
        if key != "record":
            problems += walk(qtbot, window, area.nav).problems(key)
            continue
        assert view.tabs.count() >= 7  # profile, visits, sessions, checklists, network, ...
        for index in range(view.tabs.count()):
            view.tabs.setCurrentIndex(index)
            settle(ctx)
            where = "record tab " + view.tabs.tabText(index).replace("&", "")
            problems += walk(qtbot, window, area.nav).problems(where)
    return problems


def test_first_run_walks_with_tab(qtbot: QtBot, ctx: AppContext) -> None:
    window = app_window(qtbot, ctx)
    page = window.setup_page
    assert page is not None and page.isVisible()
    assert walk(qtbot, window, page.name).problems("first run") == []


def test_every_screen_of_a_fresh_store_walks_with_tab(
        qtbot: QtBot, ctx: AppContext) -> None:
    make_store(ctx, demo=False)
    assert walk_every_screen(qtbot, ctx) == []


def test_every_screen_of_the_demo_caseload_walks_with_tab(
        qtbot: QtBot, ctx: AppContext) -> None:
    make_store(ctx, demo=True)
    assert walk_every_screen(qtbot, ctx) == []


def test_tab_reaches_every_node_of_the_map_in_the_window(
        qtbot: QtBot, ctx: AppContext) -> None:
    make_store(ctx, demo=True)
    window = app_window(qtbot, ctx)
    unlock(qtbot, window)
    view = open_busiest_record(qtbot, window)
    view.show_tab("network")
    settle(ctx)
    view.network.map_button.click()
    settle(ctx)
    maps = view.findChildren(NetworkMapView)
    assert len(maps) == 1 and maps[0].isVisible()
    map_view = maps[0]
    nodes = {item.node_id for item in map_view.network_scene().node_items()}
    assert len(nodes) >= 5
    before = map_view.previousInFocusChain()
    while before.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus \
            or not before.isVisible():
        before = before.previousInFocusChain()
    before.setFocus()
    seen: list[str] = []
    for _ in range(len(nodes) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is map_view:
            seen.append(map_view.current_node_id() or "")
            assert map_view.accessibleName() != ""
    assert sorted(seen) == sorted(nodes)  # each node once, in the window's own Tab order
    assert QApplication.focusWidget() is not map_view  # and then Tab leaves the map
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is map_view
    assert map_view.current_node_id() == seen[-1]  # Shift+Tab comes back to the last node


# -- the walk itself finds what it is for --------------------------------------------------
class SendsTabBack(QLineEdit):
    """Tab from here goes back to the first field: the fields after it are cut off."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        first = self.window().findChild(QLineEdit, "first")
        assert first is not None
        first.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def small_window(qtbot: QtBot, *middle: QWidget) -> tuple[QWidget, QLineEdit]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    first = QLineEdit(objectName="first", accessibleName="First")
    for widget in (first, *middle, QPushButton("Last")):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, first


def test_the_walk_finds_a_trap(qtbot: QtBot) -> None:
    window, first = small_window(qtbot, QPlainTextEdit(accessibleName="Notes"))
    assert walk(qtbot, window, first).trap == "QPlainTextEdit('Notes')"


def test_the_walk_finds_controls_tab_cannot_reach(qtbot: QtBot) -> None:
    window, first = small_window(qtbot, SendsTabBack(accessibleName="Loop"))
    found = walk(qtbot, window, first)
    assert found.unreached == ["QPushButton('Last')"]


def test_the_walk_finds_a_control_without_a_name(qtbot: QtBot) -> None:
    captioned = QLineEdit(objectName="captioned")
    label = QLabel("&Town")
    label.setBuddy(captioned)
    window, first = small_window(qtbot, label, captioned, QLineEdit(objectName="nameless"))
    found = walk(qtbot, window, first)
    assert found.unnamed == ["QLineEdit('nameless')"]
    assert found.trap == "" and found.unreached == []
