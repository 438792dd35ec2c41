"""One young person's record: the header and a tab for each part of the record.

Opening a record audits the view (``records.record_view``). Tabs load when first
shown and refresh themselves from ``hub.changes_applied``; the header does too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from keyworker_desktop.services import records
from keyworker_desktop.services.records import RecordHeader
from keyworker_desktop.ui.operations import OpChanges, run_op
from keyworker_desktop.ui.record.actions_tab import ActionsTab
from keyworker_desktop.ui.record.checklists_tab import ChecklistsTab
from keyworker_desktop.ui.record.chronology_tab import ChronologyTab
from keyworker_desktop.ui.record.common import RecordTab, name_buttons, tr
from keyworker_desktop.ui.record.header import HeaderBar
from keyworker_desktop.ui.record.network_tab import NetworkTab
from keyworker_desktop.ui.record.profile_tab import ProfileTab
from keyworker_desktop.ui.record.sessions_tab import SessionsTab
from keyworker_desktop.ui.record.visits_tab import VisitsTab

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext

HEADER_ENTITIES = ("young_person", "rag_rating", "allocation", "consent", "staff")


@dataclass(frozen=True)
class _Opened:
    header: RecordHeader


class RecordView(QWidget):
    """The record screen. ``shortcuts=False`` when a window owns Ctrl+Shift+V / N."""

    header_loaded = Signal(object)

    def __init__(self, ctx: AppContext, young_person_id: str, parent: QWidget | None = None,
                 *, shortcuts: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.young_person_id = young_person_id
        self.header = HeaderBar(self)
        self.profile = ProfileTab(ctx, young_person_id)
        self.visits = VisitsTab(ctx, young_person_id)
        self.sessions = SessionsTab(ctx, young_person_id)
        self.checklists = ChecklistsTab(ctx, young_person_id)
        self.network = NetworkTab(ctx, young_person_id)
        self.actions_tab = ActionsTab(ctx, young_person_id)
        self.chronology = ChronologyTab(ctx, young_person_id)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Parts of the record"))
        self.tabs.setDocumentMode(True)
        for tab, title in (
            (self.profile, tr("&Profile")), (self.visits, tr("&Visits")),
            (self.sessions, tr("&Sessions")), (self.checklists, tr("Check&lists")),
            (self.network, tr("&Network")), (self.actions_tab, tr("&Actions and meetings")),
            (self.chronology, tr("C&hronology")),
        ):
            self.tabs.addTab(tab, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        self.header_data: RecordHeader | None = None
        if shortcuts:
            self._add_shortcut(tr("Record a visit"), "Ctrl+Shift+V", self.record_visit)
            self._add_shortcut(tr("New session note"), "Ctrl+Shift+N", self.new_session_note)
            self._add_shortcut(tr("Print the easy-read plan"), "Ctrl+P", self.print_plan)
        name_buttons(self)
        ctx.hub.changes_applied.connect(self.on_changes_applied)
        self._load_header(audit=True)
        self.profile.ensure_loaded()

    def _add_shortcut(self, text: str, keys: str, slot: object) -> None:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # -- commands the window can route here --------------------------------------------
    def record_visit(self) -> None:
        """Ctrl+Shift+V: the quick visit form, with date and time set to now."""
        self.tabs.setCurrentWidget(self.visits)
        self.visits.record_visit()

    def new_session_note(self) -> None:
        """Ctrl+Shift+N: a new keyworker session note, saving itself as it is typed."""
        self.tabs.setCurrentWidget(self.sessions)
        self.sessions.new_note()

    def print_plan(self) -> None:
        """Ctrl+P: the easy-read plan's print dialog (preview, print, save as PDF)."""
        from keyworker_desktop.ui.print_dialog import PrintPlanDialog

        PrintPlanDialog(self.ctx, self.young_person_id, self).open()

    def flush_drafts(self) -> None:
        """Save a note being typed now (before locking or closing)."""
        self.sessions.editor.save_now()

    def tab_widgets(self) -> list[RecordTab]:
        return [w for i in range(self.tabs.count())
                if isinstance(w := self.tabs.widget(i), RecordTab)]

    # -- the header ----------------------------------------------------------------------
    def _load_header(self, audit: bool = False) -> None:
        if self.ctx.store is None:
            return
        yp_id, today = self.young_person_id, self.ctx.today()

        def job(store: Store) -> _Opened:
            if audit:
                with store.transaction() as session:
                    records.record_view(session, session.info["write_context"], yp_id)
            with store.session() as session:
                return _Opened(records.record_header(session, yp_id, today))

        run_op(self.ctx, job, self._show_header, owner=self, parent=self,
               label="open record" if audit else "record header")

    def _show_header(self, opened: _Opened) -> None:
        self.header_data = opened.header
        self.header.set_header(opened.header)
        self.setWindowTitle(opened.header.name)
        self.header_loaded.emit(opened.header)

    @Slot(object)
    def on_changes_applied(self, changes: OpChanges) -> None:
        if changes.touches_young_person(self.young_person_id) and (
                changes.everything or changes.touches(*HEADER_ENTITIES)):
            self._load_header()
