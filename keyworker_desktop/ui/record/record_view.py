"""One young person's record: the header and a tab for each part of the record.

Opening a record audits the view (``records.record_view``). Tabs load when first
shown and refresh themselves from ``hub.changes_applied``; the header does too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from keyworker_desktop.domain.vocab import ConsentKind
from keyworker_desktop.services import drafts, notes, records
from keyworker_desktop.services.notes import NoteRow
from keyworker_desktop.services.records import RecordHeader
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.actions_tab import ActionsTab
from keyworker_desktop.ui.record.checklists_tab import ChecklistsTab
from keyworker_desktop.ui.record.chronology_tab import ChronologyTab
from keyworker_desktop.ui.record.common import RecordTab, name_buttons
from keyworker_desktop.ui.record.documents_tab import DocumentsTab
from keyworker_desktop.ui.record.ending_banner import EndingBar
from keyworker_desktop.ui.record.header import HeaderBar
from keyworker_desktop.ui.record.network_tab import NetworkTab
from keyworker_desktop.ui.record.plans_tab import PlansTab
from keyworker_desktop.ui.record.profile_tab import ProfileTab
from keyworker_desktop.ui.record.register_tab import RegisterTab
from keyworker_desktop.ui.record.sessions_tab import SessionsTab
from keyworker_desktop.ui.record.visits_tab import VisitsTab

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext

# The tab that shows each kind of record a search can find.
ITEM_TABS = {"young_person": "profile", "family_member": "profile", "professional": "network",
             "visit": "visits", "session_note": "sessions", "addendum": "sessions",
             "meeting": "actions_tab", "action": "actions_tab", "contact_log": "actions_tab",
             "dsr_entry": "register",
             "rag_rating": "register", "dsr_review": "register", "plan_copy": "register",
             "goal": "plans", "risk_plan": "plans", "escalation": "plans",
             "budget_spend": "plans", "outcome_rating": "plans"}
HEADER_ENTITIES = ("young_person", "rag_rating", "allocation", "consent", "staff", "conflict")


@dataclass(frozen=True)
class _Opened:
    header: RecordHeader
    conflicts: int = 0


class RecordView(QWidget):
    """The record screen. ``shortcuts=False`` when a window owns Ctrl+Shift+V / N."""

    header_loaded = Signal(object)
    # A sync removed this young person from the laptop (allocated to someone else).
    record_removed = Signal()

    def __init__(self, ctx: AppContext, young_person_id: str, parent: QWidget | None = None,
                 *, shortcuts: bool = True) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.young_person_id = young_person_id
        self.header = HeaderBar(self)
        self.header.conflicts_requested.connect(self.show_conflicts)
        # "End involvement…" while open; "Closed on … (reason)" and "Reopen…" once closed.
        self.ending_bar = EndingBar(ctx, young_person_id, self)
        self.ending_bar.end_requested.connect(self.end_involvement)
        self.header.allocate_requested.connect(self.allocate)
        self.allocation_dialog: QDialog | None = None
        self.header.consent_requested.connect(self.record_consent)
        self.header.document_requested.connect(self.show_document)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Parts of the record"))
        self.tabs.setDocumentMode(True)
        # Tabs are built when first shown, so opening a record makes one tab, not seven.
        self._kinds: dict[str, type[RecordTab]] = {}
        self._pages: dict[str, QWidget] = {}
        self._built: dict[str, RecordTab] = {}
        for key, cls, title in (
            ("profile", ProfileTab, self.tr("&Profile")),
            ("register", RegisterTab, self.tr("Regis&ter")),
            ("visits", VisitsTab, self.tr("&Visits")),
            ("sessions", SessionsTab, self.tr("&Sessions")),
            ("checklists", ChecklistsTab, self.tr("Check&lists")),
            ("network", NetworkTab, self.tr("&Network")),
            ("actions_tab", ActionsTab, self.tr("&Actions and meetings")),
            ("plans", PlansTab, self.tr("Plans && s&upport")),
            ("documents", DocumentsTab, self.tr("&Documents")),
            ("chronology", ChronologyTab, self.tr("C&hronology")),
        ):
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            self._kinds[key], self._pages[key] = cls, page
            self.tabs.addTab(page, title)
        self.tabs.currentChanged.connect(lambda index: self._tab_at(index))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.ending_bar)
        layout.addWidget(self.tabs, 1)
        self.header_data: RecordHeader | None = None
        if shortcuts:
            self._add_shortcut(self.tr("Record a visit"), "Ctrl+Shift+V", self.record_visit)
            self._add_shortcut(self.tr("New session note"), "Ctrl+Shift+N", self.new_session_note)
            self._add_shortcut(self.tr("Print the easy-read plan"), "Ctrl+P", self.print_plan)
        ctx.hub.changes_applied.connect(self.on_changes_applied)
        self._load_header()
        self.profile.ensure_loaded()
        self.profile.consent.document_requested.connect(self.show_document)
        self._audit_view()
        self._recover_draft()

    # -- the tabs -------------------------------------------------------------------------
    def tab(self, key: str) -> RecordTab:
        """The tab ``key`` ("profile", "visits"...), built now if it was not yet."""
        built = self._built.get(key)
        if built is None:
            built = self._kinds[key](self.ctx, self.young_person_id)
            name_buttons(built)
            if isinstance(built, VisitsTab):
                # "Session note…" on a visit: its note, in the Sessions tab.
                built.note_requested.connect(lambda note_id: self.show_item("session_note",
                                                                            note_id))
            page = self._pages[key]
            layout = page.layout()
            assert layout is not None
            layout.addWidget(built)
            self._built[key] = built
            if isinstance(built, ChecklistsTab):
                built.tab_requested.connect(self.show_tab)
        return built

    def _tab_at(self, index: int) -> RecordTab | None:
        for key, page in self._pages.items():
            if self.tabs.widget(index) is page:
                return self.tab(key)
        return None

    def show_tab(self, key: str) -> RecordTab:
        tab = self.tab(key)
        self.tabs.setCurrentWidget(self._pages[key])
        return tab

    def show_item(self, kind: str, record_id: str) -> None:
        """Show the tab holding one of this young person's records, with it selected;
        ``visit_done``: the visit form filled from that planned visit."""
        if kind == "visit_done":
            self.show_tab("visits")
            self.visits.reveal(record_id)
            self.visits.complete_planned(record_id)
            return
        key = ITEM_TABS.get(kind)
        if key is None:
            return
        tab = self.show_tab(key)
        if kind not in ("young_person", "family_member"):
            tab.reveal(record_id)

    @property
    def profile(self) -> ProfileTab:
        return cast(ProfileTab, self.tab("profile"))

    @property
    def register(self) -> RegisterTab:
        return cast(RegisterTab, self.tab("register"))

    @property
    def visits(self) -> VisitsTab:
        return cast(VisitsTab, self.tab("visits"))

    @property
    def sessions(self) -> SessionsTab:
        return cast(SessionsTab, self.tab("sessions"))

    @property
    def checklists(self) -> ChecklistsTab:
        return cast(ChecklistsTab, self.tab("checklists"))

    @property
    def network(self) -> NetworkTab:
        return cast(NetworkTab, self.tab("network"))

    @property
    def actions_tab(self) -> ActionsTab:
        return cast(ActionsTab, self.tab("actions_tab"))

    @property
    def plans(self) -> PlansTab:
        return cast(PlansTab, self.tab("plans"))

    @property
    def documents(self) -> DocumentsTab:
        return cast(DocumentsTab, self.tab("documents"))

    @property
    def chronology(self) -> ChronologyTab:
        return cast(ChronologyTab, self.tab("chronology"))

    def _add_shortcut(self, text: str, keys: str, slot: Callable[[], None]) -> None:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # -- commands the window can route here --------------------------------------------
    def record_visit(self) -> None:
        """Ctrl+Shift+V: the quick visit form, with date and time set to now."""
        self.show_tab("visits")
        self.visits.record_visit()

    def new_session_note(self) -> None:
        """Ctrl+Shift+N: a new keyworker session note, saving itself as it is typed."""
        self.show_tab("sessions")
        self.sessions.new_note()

    def print_plan(self) -> None:
        """Ctrl+P: the easy-read plan's print dialog (preview, print, save as PDF)."""
        from keyworker_desktop.ui.print_dialog import PrintPlanDialog

        PrintPlanDialog(self.ctx, self.young_person_id, self).open()

    def end_involvement(self) -> None:
        """Record › End involvement…: step-down plan, handover, checklist, summary, closing."""
        from keyworker_desktop.ui.record.ending_dialog import EndInvolvementDialog

        dialog = EndInvolvementDialog(self.ctx, self.young_person_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def allocate(self) -> None:
        """Record › Allocate keyworker…: the allocation dialog for this young person."""
        from keyworker_desktop.ui.record.allocation_dialog import AllocationDialog

        dialog = AllocationDialog(self.ctx, self.young_person_id, self)
        dialog.finished.connect(dialog.deleteLater)
        self.allocation_dialog = dialog
        dialog.open()

    def record_consent(self) -> None:
        """The no-consent warning's "Record consent…": the form, for consent to a keyworker."""
        self.show_tab("profile")
        self.profile.consent.record_consent(ConsentKind.KEYWORKER.value)

    def show_document(self, document_id: str) -> None:
        """A signed form or agreement: the Documents tab, at that document."""
        self.show_tab("documents")
        self.documents.select_document(document_id)

    def show_conflicts(self) -> None:
        """The conflicts dialog, for this young person."""
        from keyworker_desktop.ui.sync.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.ctx, self.young_person_id, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.show()

    def flush_drafts(self) -> None:
        """Save a note being typed now, keep unsaved profile edits (before locking or closing)."""
        sessions = self._built.get("sessions")
        if isinstance(sessions, SessionsTab):
            sessions.editor.release()
        profile_tab = self._built.get("profile")
        if isinstance(profile_tab, ProfileTab):
            profile_tab.keep_draft()
        register_tab = self._built.get("register")
        if isinstance(register_tab, RegisterTab):
            register_tab.keep_draft()

    def unsaved_text(self) -> str:
        """A note's text typed but not saved (empty if none), for when the record goes."""
        sessions = self._built.get("sessions")
        return sessions.editor.unsaved_text() if isinstance(sessions, SessionsTab) else ""

    def tab_keys(self) -> list[str]:
        return list(self._pages)

    def tab_widgets(self) -> list[RecordTab]:
        """Every tab (building those not yet shown)."""
        return [self.tab(key) for key in self._pages]

    # -- the header ----------------------------------------------------------------------
    def _load_header(self) -> None:
        if self.ctx.store is None:
            return
        yp_id, today = self.young_person_id, self.ctx.today()

        def job(store: Store) -> _Opened:
            from keyworker_desktop.services.sync_review import open_conflict_count

            with store.session() as session:
                return _Opened(records.record_header(session, yp_id, today),
                               open_conflict_count(session, yp_id))

        run_op(self.ctx, job, self._show_header, owner=self, parent=self, label="record header")

    def _audit_view(self) -> None:
        """Record that this record was looked at (after the reads, so it shows sooner)."""
        if self.ctx.store is None:
            return
        yp_id = self.young_person_id

        def job(store: Store) -> None:
            with store.transaction() as session:
                records.record_view(session, session.info["write_context"], yp_id)

        run_op(self.ctx, job, lambda _none: None, owner=self, parent=self, label="audit view")

    def _recover_draft(self) -> None:
        """A note left open when the app stopped unexpectedly: open it and say so."""
        if self.ctx.store is None:
            return
        yp_id = self.young_person_id

        def job(store: Store) -> NoteRow | None:
            with store.transaction() as session:
                note_id = drafts.take_open_note(session, yp_id)
                if note_id is None:
                    return None
                try:
                    note = notes.note_detail(session, note_id)
                except KeyError:  # never saved, or removed since
                    return None
                return None if note.is_final else note

        run_op(self.ctx, job, self._show_recovered, owner=self, parent=self,
               label="recovered draft")

    def _show_recovered(self, note: NoteRow | None) -> None:
        if note is not None:
            self.show_tab("sessions")
            self.sessions.show_recovered(note)

    def _show_header(self, opened: _Opened) -> None:
        self.header_data = opened.header
        self.header.set_header(opened.header)
        self.header.set_conflicts(opened.conflicts)
        self.setWindowTitle(opened.header.name)
        self.header_loaded.emit(opened.header)

    @Slot(object, object)
    def on_changes_applied(self, changes: OpChanges, _initiator: object | None) -> None:
        if changes.removes(self.young_person_id):
            self.record_removed.emit()
            return
        if changes.touches_young_person(self.young_person_id) and (
                changes.everything or changes.touches(*HEADER_ENTITIES)):
            self._load_header()
