"""The record as a screen of the main window: opened from Today, Caseload, Visits or Search.

:func:`install_record_screen` adds it to a window: the window's ``record_requested``
opens the young person here. The window's "new visit", "new session note" and
"print" (Ctrl+Shift+V, Ctrl+Shift+N, Ctrl+P) act on who is selected: the record
shown, the caseload's highlighted row, or else the young person the keyworker picks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.shell import SelectsYoungPerson

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext
    from keyworker_desktop.ui.record.record_view import RecordView
    from keyworker_desktop.ui.record.removed_notice import RemovedNotice
    from keyworker_desktop.ui.shell import Shell

SCREEN_KEY = "record"
# The record's tabs and their services: imported when a record is first opened (or
# while the lock screen waits, see ui.preload), not to start the app.
VIEW_MODULE = "keyworker_desktop.ui.record.record_view"


class RecordScreen(QWidget):
    """Shows one record at a time; a short hint until one is opened."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: RecordView | None = None
        self.removed_notice: RemovedNotice | None = None
        self.hint = QLabel(self.tr("Open a young person from Today, Caseload, Visits or Search "
                                   "to see their record here."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.hint)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def open_record(self, young_person_id: str) -> RecordView:
        if self.view is not None and self.view.young_person_id == young_person_id:
            return self.view
        self.close_record()
        self._drop_removed_notice()
        from keyworker_desktop.ui.record.record_view import RecordView

        # The window owns the shortcuts, so the view does not make its own.
        self.view = RecordView(self.ctx, young_person_id, shortcuts=False)
        self.view.record_removed.connect(self._record_removed)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        return self.view

    def close_record(self, *, save: bool = True) -> None:
        if self.view is None:
            return
        if save:
            self.view.flush_drafts()
        self.stack.removeWidget(self.view)
        self.view.deleteLater()
        self.view = None
        self.stack.setCurrentWidget(self.hint)

    def _record_removed(self) -> None:
        """A sync removed this young person from the laptop: say so, keep unsaved text."""
        view = self.view
        if view is None:
            return
        from keyworker_desktop.ui.record.removed_notice import RemovedNotice

        name = view.header_data.name if view.header_data is not None else ""
        unsaved = view.unsaved_text()
        # Nothing can be saved for them any more: what was typed goes to the notice.
        self.close_record(save=False)
        self._drop_removed_notice()
        self.removed_notice = RemovedNotice()
        self.removed_notice.show_removed(name, unsaved)
        self.stack.addWidget(self.removed_notice)
        self.stack.setCurrentWidget(self.removed_notice)

    def _drop_removed_notice(self) -> None:
        if self.removed_notice is not None:
            self.stack.removeWidget(self.removed_notice)
            self.removed_notice.deleteLater()
            self.removed_notice = None


def read_names(store: Store) -> list[tuple[str, str]]:
    from keyworker_desktop.services.records import live_names

    with store.session() as session:
        return live_names(session)


def _unique_labels(names: list[tuple[str, str]]) -> dict[str, str]:
    """Label -> id; two people of the same name are told apart by the start of their id."""
    seen: dict[str, int] = {}
    for _id, name in names:
        seen[name] = seen.get(name, 0) + 1
    return {(name if seen[name] == 1 else f"{name} ({yp_id[:13]})"): yp_id
            for yp_id, name in names}


def install_record_screen(shell: Shell) -> None:
    """Add the record screen to the window and route record requests and actions to it."""
    # Translated with the window's other screen titles.
    title = translate("MainWindow", "Young person")
    shell.register_screen(SCREEN_KEY, title, RecordScreen)
    shell.preload_modules.append(VIEW_MODULE)

    def screen() -> RecordScreen | None:
        widget = shell.screen_widget(SCREEN_KEY)
        return widget if isinstance(widget, RecordScreen) else None

    def open_record(young_person_id: str) -> None:
        shown = screen()
        if shown is not None:
            shown.open_record(young_person_id)
            shell.show_screen(SCREEN_KEY)

    def open_item(young_person_id: str, kind: str, record_id: str) -> None:
        shown = screen()
        if shown is not None:
            view = shown.open_record(young_person_id)
            shell.show_screen(SCREEN_KEY)
            view.show_item(kind, record_id)

    def act_on(young_person_id: str, command: Callable[[RecordView], None]) -> None:
        shown = screen()
        if shown is not None:
            view = shown.open_record(young_person_id)
            shell.show_screen(SCREEN_KEY)
            command(view)

    def on_record(command: Callable[[RecordView], None]) -> None:
        """Act on who is selected: the open record, the caseload's row, or ask."""
        shown, current = screen(), shell.current_screen()
        # As a plain object: mypy cannot see that a QWidget may also be the protocol.
        screen_shown: object = current
        selected = (screen_shown.current_young_person_id()
                    if isinstance(screen_shown, SelectsYoungPerson) else "")
        if shown is not None and current is shown and shown.view is not None:
            command(shown.view)
        elif selected:
            act_on(selected, command)
        else:
            run_op(shell.ctx, read_names, lambda names: choose(names, command),
                   owner=shell.window(), label="young people to choose from")

    def choose(names: list[tuple[str, str]], command: Callable[[RecordView], None]) -> None:
        if not names:
            shell.ctx.interaction.inform(
                shell.window(), translate("Record", "Nobody to record for"),
                translate("Record", "There are no young people on this laptop yet."))
            return
        labels = _unique_labels(names)
        picked = shell.ctx.interaction.choose(
            shell.window(), translate("Record", "Which young person?"),
            translate("Record", "Which young person is this for?"),
            list(labels))
        if picked is not None:
            act_on(labels[picked], command)

    def flush() -> None:
        shown = screen()
        if shown is not None and shown.view is not None:
            shown.view.flush_drafts()

    shell.record_requested.connect(open_record)
    shell.record_item_requested.connect(open_item)
    shell.connect_action("new_visit", lambda: on_record(lambda view: view.record_visit()))
    shell.connect_action("new_note", lambda: on_record(lambda view: view.new_session_note()))
    shell.connect_action("print", lambda: on_record(lambda view: view.print_plan()))
    shell.connect_action("end_involvement",
                         lambda: on_record(lambda view: view.end_involvement()))
    shell.connect_action("allocate", lambda: on_record(lambda view: view.allocate()))
    shell.about_to_lock.connect(flush)
