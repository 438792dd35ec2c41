"""Search (Ctrl+F): the store's full-text search, results grouped by kind, Enter opens.

Searching starts a moment after typing stops; Enter or Down moves to the
results (searching at once if it has not yet), and Enter on a result opens
the young person's record at the part that matched (the note, the visit...).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services.search import KIND_LABELS, SearchHit, plain_snippet, search
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.grouped_list import Entry, GroupedListView, heading
from keyworker_desktop.ui.operations import run_op

MIN_CHARS = 2
DELAY_MS = 200
_GROUP_ORDER = list(dict.fromkeys(KIND_LABELS.values()))
_KIND_ICONS = {"young_person": "person", "family_member": "person", "professional": "person",
               "visit": "visit", "session_note": "note", "addendum": "note", "dsr_entry": "review",
               "meeting": "office", "action": "action", "goal": "action"}


def hit_entries(hits: list[SearchHit]) -> list[Entry]:
    """Hits grouped under a heading per kind, groups in a fixed order, best hit first in each."""
    groups: dict[str, list[SearchHit]] = {}
    for hit in hits:
        groups.setdefault(hit.group, []).append(hit)
    ordered = sorted(groups, key=lambda g: _GROUP_ORDER.index(g) if g in _GROUP_ORDER else 99)
    entries: list[Entry] = []
    for group in ordered:
        members = groups[group]
        entries.append(heading(translate("SearchScreen", "{group} ({count})").format(
            group=group, count=len(members))))
        for hit in members:
            # The index joins a record's fields with line breaks; one line reads better.
            snippet = plain_snippet(hit.snippet)
            detail = " · ".join(part.strip() for part in snippet.splitlines() if part.strip())
            if not hit.young_person_id:
                detail = translate("SearchScreen",
                                   "{snippet} · Enter shows their details").format(snippet=detail)
            title = hit.title
            if hit.young_person_name and hit.kind != "young_person":
                # "Session note 05/12/2026" alone does not say whose it is.
                title = translate("SearchScreen", "{title} \u2014 {name}").format(title=title,
                                                            name=hit.young_person_name)
            entries.append(Entry(title, detail=detail, icon=_KIND_ICONS.get(hit.kind, ""),
                                 young_person_id=hit.young_person_id, record_id=hit.record_id,
                                 record_kind=hit.kind))
    return entries


class SearchScreen(QWidget):
    """A search field over grouped results; emits :attr:`item_requested` to open one."""

    record_requested = Signal(str)
    #: A result was opened: (young person id, kind of record, record id).
    item_requested = Signal(str, str, str)
    results_shown = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("search")
        self.field = QLineEdit(self)
        self.field.setObjectName("search_field")
        self.field.setAccessibleName(self.tr("Search the records"))
        self.field.setPlaceholderText(self.tr("Search names, notes, visits, actions…"))
        self.field.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Search:"), self)
        label.setBuddy(self.field)
        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        self.status.setWordWrap(True)
        self.results = GroupedListView(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(self.tr("Search results"))

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.field, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._on_text_changed)
        self.field.installEventFilter(self)
        self.results.entry_activated.connect(self._open)
        ctx.hub.changes_applied.connect(self._on_changes)
        ctx.hub.store_locked.connect(self._clear)
        self._ticket = 0
        self._shown_for: str | None = None
        self._focus_when_done = False
        self._show_hint()

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected (Ctrl+F)."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _on_text_changed(self, _text: str) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Search for what is in the field now."""
        self._timer.stop()
        text = self.field.text().strip()
        self._ticket += 1
        if len(text) < MIN_CHARS or self.ctx.store is None:
            self.results.set_entries([])
            self._shown_for = None
            self._show_hint()
            return
        ticket = self._ticket

        def find(store: Store) -> list[SearchHit]:
            with store.session() as session:
                return search(session, text)

        run_op(self.ctx, find, lambda hits: self._show(ticket, text, hits), label="search",
               owner=self, parent=self)

    def _show(self, ticket: int, text: str, hits: list[SearchHit]) -> None:
        if ticket != self._ticket:
            return
        self._shown_for = text
        self.results.set_entries(hit_entries(hits))
        if not hits:
            self.status.setText(self.tr("Nothing found for \u201c{text}\u201d. Try fewer or "
                                        "shorter words.").format(text=text))
        elif len(hits) == 1:
            self.status.setText(self.tr("1 result for \u201c{text}\u201d").format(text=text))
        else:
            self.status.setText(self.tr("{count} results for \u201c{text}\u201d").format(
                count=len(hits), text=text))
        self.status.setAccessibleName(self.status.text())
        if self._focus_when_done:
            self._focus_when_done = False
            self._focus_results()
        self.results_shown.emit()

    def _show_hint(self) -> None:
        self.status.setText(self.tr("Type at least two letters of a name or a word from a note."))

    def _focus_results(self) -> None:
        if self.results.entries_model.rowCount():
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            self.results.select_first_item()

    def _go_to_results(self) -> None:
        if self._timer.isActive() or self._shown_for != self.field.text().strip():
            self._focus_when_done = True
            self.run_search()
        else:
            self._focus_results()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.field and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self._go_to_results()
                return True
            if event.key() == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True
        return super().eventFilter(watched, event)

    def _on_changes(self, changes: OpChanges, _initiator: object | None) -> None:
        if changes and self._shown_for:
            self.run_search()  # the results may name what just changed

    def _clear(self) -> None:
        self._ticket += 1
        self._timer.stop()
        self.field.clear()
        self.results.set_entries([])
        self._shown_for = None
        self._show_hint()

    def _open(self, entry: Entry) -> None:
        if entry.young_person_id:
            self.record_requested.emit(entry.young_person_id)
            self.item_requested.emit(entry.young_person_id, entry.record_kind, entry.record_id)
        else:
            # A professional or other record that belongs to nobody's file: show what we have.
            self.ctx.interaction.inform(self, entry.text, entry.detail)
