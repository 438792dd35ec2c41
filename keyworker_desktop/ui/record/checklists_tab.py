"""The Checklists tab: apply a template from its anchor date, tick items, see what is overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.checklists import load_templates
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.services import checklists
from keyworker_desktop.ui.date_fields import DateTimeField
from keyworker_desktop.ui.record.checklist_model import (
    DONE,
    DUE,
    NOTE,
    TEXT,
    ChecklistModel,
    ItemRow,
)
from keyworker_desktop.ui.record.common import (
    RecordTab,
    add_row,
    new_form,
    py_datetime,
    show_date,
    show_stamp,
)
from keyworker_desktop.ui.record.edit_dialog import ask_first

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


@dataclass(frozen=True)
class Applied:
    id: str
    template_key: str
    title: str
    anchor_at: datetime
    items: list[ItemRow]


# Items whose work is done on another tab (seed 003: the risk assessment within a week of
# admission is the Plans & support tab's risk and crisis plan): item key -> (tab, button).
LINKED_TABS: dict[str, tuple[str, str]] = {"admission-week-01": ("plans", str(
    QT_TRANSLATE_NOOP("ChecklistsTab", "Open the risk and crisis plan")))}


class ChecklistsTab(RecordTab):
    ENTITIES = frozenset({"checklist", "checklist_item"})
    #: A linked item's button: show the record's tab with this key.
    tab_requested = Signal(str)

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.applied: list[Applied] = []
        self._want: str | None = None

        apply_box = QGroupBox(self.tr("Apply a checklist"))
        form = new_form()
        self.template = QComboBox()
        for key, template in load_templates().items():
            self.template.addItem(translate("Checklist", template.title), key)
        add_row(form, self.tr("Checklist"), self.template)
        self.anchor = DateTimeField(ctx.now())
        self.anchor.setToolTip(self.tr("Due dates count from this: the admission, allocation or "
                                       "leaving date, depending on the checklist."))
        self.apply_button = QPushButton(self.tr("Apply checklist"))
        self.apply_button.clicked.connect(self.apply_template)
        anchor_row = QWidget()
        anchor_layout = QHBoxLayout(anchor_row)
        anchor_layout.setContentsMargins(0, 0, 0, 0)
        anchor_layout.addWidget(self.anchor, 1)
        anchor_layout.addWidget(self.apply_button)
        add_row(form, self.tr("Counted from"), anchor_row, buddy=self.anchor)
        apply_box.setLayout(form)

        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(self._show_current)
        choice_form = new_form()
        add_row(choice_form, self.tr("Showing"), self.choice)
        self.progress_text = QLabel()
        self.progress_text.setAccessibleName(self.tr("Progress"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setFormat(self.tr("%v of %m done"))
        # The words beside the bar say the same; the bar's own text would repeat them.
        self.progress.setTextVisible(False)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_text)
        progress_row.addWidget(self.progress, 1)

        self.model = ChecklistModel(self)
        self.model.tick_requested.connect(self.tick)
        self.model.confirm_untick = self._may_untick
        self.model.note_edited.connect(self.save_note)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Checklist items"))
        self.table.selectionModel().currentChanged.connect(
            lambda _cur, _prev: self._show_link())
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().hide()
        # Rows grow with their wrapped text whatever the width; the item's words get the room.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, mode in ((DONE, QHeaderView.ResizeMode.ResizeToContents),
                             (TEXT, QHeaderView.ResizeMode.Stretch),
                             (DUE, QHeaderView.ResizeMode.ResizeToContents),
                             (NOTE, QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(column, mode)
        self.empty = QLabel(self.tr("No checklist applied yet. Choose one above and apply it."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        shown = QWidget()
        shown_layout = QVBoxLayout(shown)
        shown_layout.setContentsMargins(0, 0, 0, 0)
        shown_layout.addLayout(choice_form)
        shown_layout.addLayout(progress_row)
        shown_layout.addWidget(self.table, 1)
        self.link_button = QPushButton(self.tr("Open the linked part of the record"))
        self.link_button.clicked.connect(self.open_linked)
        self.link_button.hide()
        shown_layout.addWidget(self.link_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.content = QStackedWidget()
        self.content.addWidget(self.empty)
        self.content.addWidget(shown)

        layout = QVBoxLayout(self)
        layout.addWidget(apply_box)
        layout.addWidget(self.content, 1)

    # -- load ---------------------------------------------------------------------------
    def fetch(self, session: Session) -> list[Applied]:
        return [Applied(v.instance.id, v.instance.template_key,
                        translate("Checklist", v.instance.title),
                        v.instance.anchor_at, [ItemRow.of(i) for i in v.items])
                for v in checklists.checklists_for(session, self.young_person_id)]

    def show_data(self, data: list[Applied]) -> None:
        current = self._want or self.choice.currentData()
        self._want = None
        self.applied = data
        self.choice.blockSignals(True)
        self.choice.clear()
        for applied in data:
            # The checklist's own due date (its last item's) shows with it: the transition
            # checklist is due by the end of the half term after leaving.
            due = max((i.due_at for i in applied.items if i.due_at is not None), default=None)
            label = (self.tr("{title}, from {date}, due by {due}").format(
                title=applied.title, date=show_date(applied.anchor_at.date()),
                due=show_date(due.date())) if due is not None
                else self.tr("{title}, from {date}").format(
                title=applied.title, date=show_date(applied.anchor_at.date())))
            self.choice.addItem(label, applied.id)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current)))
        self.choice.blockSignals(False)
        self.choice.setEnabled(bool(data))
        self._show_current()

    def current(self) -> Applied | None:
        index = self.choice.currentIndex()
        return self.applied[index] if 0 <= index < len(self.applied) else None

    def _show_current(self) -> None:
        applied = self.current()
        self.content.setCurrentIndex(0 if applied is None else 1)
        items = applied.items if applied else []
        # The scroll position survives a tick: a reset would otherwise jump to the top.
        scroll = self.table.verticalScrollBar().value()
        # So is the current cell: after a tick, Space acts on the same item again.
        was = self.table.currentIndex()
        was_entry = self.model.entry(was.row()) if was.isValid() else None
        self.model.set_items(items, self.ctx.now())
        if isinstance(was_entry, ItemRow) and any(
                isinstance(i, ItemRow) and i.id == was_entry.id for i in items):
            row = self.model.item_row(was_entry.id)
            self.table.setCurrentIndex(self.model.index(row, was.column()))
        self.table.clearSpans()
        for row in self.model.section_rows():
            self.table.setSpan(row, 0, 1, 4)
        self.table.setColumnWidth(NOTE, self.table.fontMetrics().averageCharWidth() * 20)
        self.table.verticalScrollBar().setValue(scroll)
        done = sum(1 for i in items if i.done_at)
        overdue = sum(1 for i in items if self.model.overdue(i))
        text = self.tr("{done} of {total} done").format(done=done, total=len(items))
        if overdue:
            text += self.tr(" · {count} overdue").format(count=overdue)
        self.progress_text.setText(text)
        self.progress.setRange(0, max(1, len(items)))
        self.progress.setValue(done)

    def _linked(self) -> tuple[str, str] | None:
        index = self.table.currentIndex()
        entry = self.model.entry(index.row()) if index.isValid() else None
        return LINKED_TABS.get(entry.item_key) if isinstance(entry, ItemRow) else None

    def _show_link(self) -> None:
        linked = self._linked()
        if linked is not None:
            self.link_button.setText(translate("ChecklistsTab", linked[1]))
            self.link_button.setAccessibleName(translate("ChecklistsTab", linked[1]))
        self.link_button.setVisible(linked is not None)

    def open_linked(self) -> None:
        """The current item's linked part of the record (the risk and crisis plan)."""
        linked = self._linked()
        if linked is not None:
            self.tab_requested.emit(linked[0])

    # -- writes ---------------------------------------------------------------------------
    def apply_template(self) -> None:
        key, anchor = self.template.currentData(), py_datetime(self.anchor.dateTime())
        title = self.template.currentText()
        if any(a.template_key == key for a in self.applied) and not ask_first(
                self.ctx, self, self.tr("The {title} is already applied. Apply it again?").format(
                    title=title.lower())):
            return
        yp_id = self.young_person_id

        def job(session: Session) -> str:
            return checklists.apply_template(session, yp_id, key, anchor).id

        self.write(job, self._applied, label="apply checklist")

    def _applied(self, instance_id: str) -> None:
        self._want = instance_id

    def tick(self, item_id: str, done: bool) -> None:
        self.write(lambda s: checklists.tick_item(s, item_id, done).id, label="tick item")

    def _may_untick(self, item: ItemRow) -> bool:
        """A tick says who did it and when: a stray click or Space must not wipe that."""
        remove, keep = self.tr("Remove the tick"), self.tr("Keep the tick")
        text = self.tr("{who} ticked \u201c{item}\u201d on {when}. Remove the tick? Who did it "
                       "and when will no longer show.").format(
            who=item.done_by or self.tr("Someone"), item=item.text, when=show_stamp(item.done_at))
        return self.ctx.interaction.ask(self, self.tr("Remove the tick?"), text,
                                        [remove, keep]) == remove

    def save_note(self, item_id: str, note: str) -> None:
        done = self._is_done(item_id)
        self.write(lambda s: checklists.tick_item(s, item_id, done, note).id,
                   label="checklist note")

    def _is_done(self, item_id: str) -> bool:
        row = self.model.entry(self.model.item_row(item_id))
        return isinstance(row, ItemRow) and row.done_at is not None
