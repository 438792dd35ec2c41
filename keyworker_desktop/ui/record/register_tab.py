"""The Register tab: the Dynamic Support Register entry, its RAG history and reviews.

* the prompts (``domain.register_prompts``) as notices at the top: what is due;
* the current rating with what it means, "New rating…" and "Record review…";
* a small chart of the rating over time and the timeline of ratings and reviews;
* the entry's fields, edited with Save; what is typed and not saved is kept through
  a lock (``services.drafts``) and comes back marked as not saved, as on the Profile tab;
* the child's file (:class:`ChildFileBox`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.domain.register_prompts import TEXTS, Prompt
from keyworker_desktop.services import drafts, register
from keyworker_desktop.services.register import RegisterView
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.child_file_box import ChildFileBox
from keyworker_desktop.ui.record.common import (
    ErrorLabel,
    FieldErrors,
    OptionalDateEdit,
    RecordTab,
    TextBox,
    add_row,
    new_form,
    show_date,
)
from keyworker_desktop.ui.record.edit_dialog import EditDialog, ask_first
from keyworker_desktop.ui.record.rag_chart import COLOURS, RagChart, rag_word
from keyworker_desktop.ui.record.register_dialogs import NewRatingDialog, ReviewDialog, criteria
from keyworker_desktop.ui.table_model import Column, TableModel, make_table

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext

Draft = dict[str, Any]

FIELDS = (("current_issues", QT_TRANSLATE_NOOP("RegisterTab", "&Current issues")),
          ("tried", QT_TRANSLATE_NOOP("RegisterTab", "What has been &tried")),
          ("reduces_risk", QT_TRANSLATE_NOOP("RegisterTab", "What reduces ris&k")),
          ("action_plan", QT_TRANSLATE_NOOP("RegisterTab", "Action &plan")))


@dataclass(frozen=True)
class TimelineRow:
    """A rating or a review, as the timeline lists them."""

    id: str
    on: date
    kind: str  # "rating" or "review"
    what: str
    detail: str
    by: str


def timeline(view: RegisterView) -> list[TimelineRow]:
    """Ratings and reviews together, newest first."""
    rows = [TimelineRow(r.id, r.rated_on, "rating", rag_word(r.rating), r.rationale,
                        r.rated_by) for r in view.ratings]
    rows += [TimelineRow(r.id, r.reviewed_on, "review", translate("Record", "Review"),
                         translate("Record", "{outcome} Next review {date}.").format(
                             outcome=r.outcome, date=show_date(r.next_review_on)),
                         r.reviewed_by) for r in view.reviews]
    rows.sort(key=lambda r: (r.on, r.kind == "review"), reverse=True)
    return rows


def timeline_columns() -> list[Column[TimelineRow]]:
    return [
        Column(translate("Record", "Date"), lambda r: show_date(r.on)),
        Column(translate("Record", "Kind"),
               lambda r: translate("Record", "Rating") if r.kind == "rating"
               else translate("Record", "Review")),
        Column(translate("Record", "What"), lambda r: r.what, bold=lambda r: r.kind == "rating"),
        Column(translate("Record", "By"), lambda r: r.by),
        Column(translate("Record", "Why / outcome"), lambda r: r.detail,
               tooltip=lambda r: r.detail),
    ]


def prompt_text(prompt: Prompt) -> str:
    """A prompt in the user's language, its dates as the record shows them."""
    template = translate("RegisterPrompts", TEXTS[prompt.code])
    params = dict(prompt.params)
    if "rating" in params:
        params["rating"] = rag_word(str(params["rating"])).lower()
    return template.format(due=show_date(prompt.due), **params)


class RegisterTab(RecordTab):
    """The register entry, ratings, reviews, prompts and the child's file."""

    ENTITIES = frozenset({"dsr_entry", "rag_rating", "dsr_review", "meeting", "allocation",
                          "young_person"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.errors = FieldErrors(ErrorLabel())
        self._dirty = False
        self._filling = False
        self._loaded: Draft = {}
        self.data: RegisterView | None = None
        self.dialog: EditDialog | None = None

        self.notices = QLabel()
        self.notices.setObjectName("register_prompts")
        self.notices.setWordWrap(True)
        self.notices.setStyleSheet(
            "background: #fff3cd; color: #5c3c00; border: 1px solid #8a6d00; padding: 0.4em;")
        self.notices.hide()

        rating_box = QGroupBox(self.tr("RAG rating"))
        self.current = QLabel(self.tr("Loading…"))
        self.current.setObjectName("current_rating")
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.new_rating_button = QPushButton(self.tr("&New rating…"))
        self.new_rating_button.clicked.connect(self.new_rating)
        self.review_button = QPushButton(self.tr("Record &review…"))
        self.review_button.clicked.connect(self.record_review)
        self.chart = RagChart()
        self.timeline_model = TableModel(timeline_columns(), parent=self)
        self.timeline = make_table(self.timeline_model, self.tr("Ratings and reviews"))
        self.timeline.setMinimumHeight(self.fontMetrics().lineSpacing() * 9)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_rating_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        rating_layout = QVBoxLayout(rating_box)
        rating_layout.addWidget(self.current)
        rating_layout.addWidget(self.meaning)
        rating_layout.addLayout(buttons)
        rating_layout.addWidget(self.chart)
        rating_layout.addWidget(self.timeline)

        entry_box = QGroupBox(self.tr("Register entry"))
        form = new_form()
        self.widgets: dict[str, TextBox | OptionalDateEdit] = {}
        for name, label in FIELDS:
            box = TextBox(lines=3)
            box.textChanged.connect(self._edited)
            add_row(form, translate("RegisterTab", label), box, self.errors, name)
            self.widgets[name] = box
        self.review_on = OptionalDateEdit()
        self.review_on.dateChanged.connect(self._edited)
        add_row(form, self.tr("Next re&view on"), self.review_on, self.errors, "review_on")
        self.widgets["review_on"] = self.review_on
        entry_box.setLayout(form)

        self.child_file = ChildFileBox(ctx, young_person_id)

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(rating_box)
        column.addWidget(entry_box)
        column.addWidget(self.child_file)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        self.save_button = QPushButton(self.tr("Save register entry"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save the register entry (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.errors.general, 1)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.save_button)
        self.draft_notice = QLabel()
        self.draft_notice.setWordWrap(True)
        self.draft_notice.setStyleSheet(
            "background: #fff3cd; color: #5c3c00; border: 1px solid #8a6d00; padding: 0.4em;")
        self.discard_button = QPushButton(self.tr("Discard these changes"))
        self.discard_button.clicked.connect(self.discard_draft)
        self.draft_bar = QWidget()
        draft_layout = QHBoxLayout(self.draft_bar)
        draft_layout.setContentsMargins(0, 0, 0, 0)
        draft_layout.addWidget(self.draft_notice, 1)
        draft_layout.addWidget(self.discard_button)
        self.draft_bar.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notices)
        layout.addWidget(self.draft_bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self._dirty = True
            self.status.setText(self.tr("Not saved yet"))

    # -- load ---------------------------------------------------------------------------
    def fetch(self, session: Session) -> tuple[RegisterView, Draft | None]:
        return (register.register_view(session, self.young_person_id, self.ctx.today()),
                drafts.register_draft(session, self.young_person_id))

    def show_data(self, data: tuple[RegisterView, Draft | None]) -> None:
        view, draft = data
        self.data = view
        self._show_rating(view)
        self._show_prompts(view.prompts)
        self.chart.set_points([(r.rated_on, r.rating) for r in view.ratings], self.ctx.today())
        self.timeline_model.set_rows(timeline(view))
        has_entry = view.entry_id is not None
        for widget in (self.new_rating_button, self.review_button, self.save_button):
            widget.setEnabled(has_entry)
        if self._dirty:
            self.status.setText(self.tr("Changed elsewhere; saving keeps your version"))
            return
        self._fill(view.fields)
        self._loaded = self.values()
        if draft:
            self._fill(draft)
            self._dirty = True
            self.status.setText(self.tr("Not saved yet"))
            notice = self.tr("Changes you typed earlier (before the app locked or you left the "
                             "record) are back in the register entry. They are not saved yet: "
                             "Save register entry keeps them.")
            self.draft_notice.setText("⚠ " + notice)
            self.draft_notice.setAccessibleName(notice)
            self.draft_bar.show()

    def _show_rating(self, view: RegisterView) -> None:
        current = view.current
        if view.entry_id is None:
            text = self.tr("Not on the register: no referral is recorded.")
            meaning = ""
        elif current is None:
            text, meaning = self.tr("Not rated yet. New rating… records the first."), ""
        else:
            text = self.tr("Now {rating}, rated on {date}: {rationale}").format(
                rating=rag_word(current.rating), date=show_date(current.rated_on),
                rationale=current.rationale)
            meaning = criteria(current.rating)
        self.current.setText(text)
        self.current.setAccessibleName(self.tr("Current rating: {text}").format(text=text))
        colour = COLOURS.get(current.rating) if current else None
        self.current.setStyleSheet(
            f"border-left: 6px solid {colour.name()}; padding-left: 6px;" if colour else "")
        self.meaning.setText(meaning)
        self.meaning.setVisible(bool(meaning))

    def _show_prompts(self, prompts: list[Prompt]) -> None:
        lines = [("⚠ " if p.overdue else "• ") + prompt_text(p) for p in prompts]
        self.notices.setText("\n".join(lines))
        self.notices.setAccessibleName(self.tr("Register prompts: {text}").format(
            text=" ".join(prompt_text(p) for p in prompts)))
        self.notices.setVisible(bool(lines))

    def _fill(self, fields: Draft) -> None:
        self._filling = True
        try:
            for name, value in fields.items():
                widget = self.widgets.get(name)
                if isinstance(widget, OptionalDateEdit):
                    widget.set_value(value)
                elif isinstance(widget, TextBox):
                    widget.setPlainText(value or "")
        finally:
            self._filling = False

    def values(self) -> Draft:
        out: Draft = {}
        for name, widget in self.widgets.items():
            out[name] = (widget.value() if isinstance(widget, OptionalDateEdit)
                         else widget.toPlainText())
        return out

    # -- dialogs ------------------------------------------------------------------------
    def _open(self, dialog: EditDialog) -> None:
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def new_rating(self) -> None:
        current = self.data.current.rating if self.data and self.data.current else None
        self._open(NewRatingDialog(self.ctx, self.young_person_id, current, self))

    def record_review(self) -> None:
        self._open(ReviewDialog(self.ctx, self.young_person_id, self))

    # -- drafts and save ----------------------------------------------------------------
    def changed_fields(self) -> Draft:
        return {name: value for name, value in self.values().items()
                if name not in self._loaded or value != self._loaded[name]}

    def keep_draft(self) -> None:
        """Keep unsaved changes in the store (before a lock or closing the record)."""
        if not self._dirty or self.ctx.store is None:
            return
        yp_id, changed = self.young_person_id, self.changed_fields()

        def job(store: Store) -> None:
            with store.transaction() as session:
                drafts.keep_register_draft(session, yp_id, changed)

        run_op(self.ctx, job, lambda _none: None, owner=self, parent=self,
               label="keep register draft")

    def discard_draft(self) -> None:
        if self.ctx.store is None or not ask_first(self.ctx, self, self.tr(
                "Discard the changes brought back into the register entry? What you typed "
                "is lost.")):
            return
        yp_id = self.young_person_id

        def job(store: Store) -> None:
            with store.transaction() as session:
                drafts.drop_register_draft(session, yp_id)

        def done(_none: None) -> None:
            self._dirty = False
            self.draft_bar.hide()
            self.status.setText("")
            self.refresh()

        run_op(self.ctx, job, done, owner=self, parent=self, label="discard register draft")

    def save(self) -> None:
        fields, yp_id = self.values(), self.young_person_id
        self.status.setText(self.tr("Saving…"))

        def job(session: Session) -> None:
            register.save_entry(session, yp_id, **fields)
            drafts.drop_register_draft(session, yp_id)

        self.write(job, lambda _none: self._saved(fields), self.errors,
                   label="save register entry",
                   on_failed=lambda _exc: self.status.setText(
                       self.tr("Not saved: see the problems marked ⚠")))

    def _saved(self, fields: Draft) -> None:
        self._dirty = False
        self._loaded = fields
        self.draft_bar.hide()
        self.status.setText(self.tr("Saved {time}").format(
            time=self.ctx.now().strftime("%H:%M:%S")))
