"""The Profile tab: the one-page profile, communication, where they live, family and dates.

What is typed and not saved survives a lock: ``keep_draft`` (run before the store
closes) keeps the changed fields in the encrypted store (``services.drafts``), and
opening the record again puts them back in the form, marked as not saved yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.vocab import LivingSituation
from keyworker_desktop.services import drafts, profile, recording
from keyworker_desktop.services.profile import Profile
from keyworker_desktop.ui.language import LANGUAGES
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.common import (
    ErrorLabel,
    FieldErrors,
    OptionalDateEdit,
    RecordTab,
    TextBox,
    add_row,
    new_form,
)
from keyworker_desktop.ui.record.consent_box import ConsentBox
from keyworker_desktop.ui.record.edit_dialog import ask_first
from keyworker_desktop.ui.record.profile_people import DatesBox, FamilyBox
from keyworker_desktop.ui.record.register_box import RegisterBox

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext

Draft = dict[str, Any]

TEXT_FIELDS = ("what_matters", "people_like", "how_to_support", "interests",
               "communication_needs", "address")
LINE_FIELDS = ("given_name", "family_name", "preferred_name", "pronouns", "nhs_number",
               "placement_name")
CHECK_FIELDS = ("uses_easy_read", "uses_signs", "uses_drawing", "placement_out_of_area")
DATE_FIELDS = ("date_of_birth", "admission_date", "leaving_date")


class ProfileTab(RecordTab):
    """Editable with Save; problems appear under the field they concern."""

    ENTITIES = frozenset({"young_person", "family_member", "important_date"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.errors = FieldErrors(ErrorLabel())
        self.widgets: dict[str, QWidget] = {}
        self._dirty = False
        self._filling = False
        # The form's values as last loaded, so a draft keeps only what the user changed.
        self._loaded: dict[str, Any] = {}

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._group(self.tr("One-page profile"), (
            ("what_matters", self.tr("What matters to me"), TextBox(lines=4)),
            ("people_like", self.tr("What people like about me"), TextBox(lines=4)),
            ("how_to_support", self.tr("How best to support me"), TextBox(lines=4)),
            ("interests", self.tr("Interests"), TextBox(lines=2)),
        )))
        column.addWidget(self._group(self.tr("Communication"), (
            ("ways", self.tr("What helps"), self._checks((
                ("uses_easy_read", self.tr("Easy read")),
                ("uses_signs", self.tr("Signs (for example Makaton)")),
                ("uses_drawing", self.tr("Drawing and text together")),
            ))),
            ("communication_needs", self.tr("Other communication needs"), TextBox(lines=2)),
            ("preferred_language", self.tr("Preferred language"), self._languages()),
        )))
        situation = QComboBox()
        for value, label in LivingSituation.choices():
            situation.addItem(label, value)
        column.addWidget(self._group(self.tr("Where they live"), (
            ("living_situation", self.tr("Lives in"), situation),
            ("placement_name", self.tr("Placement or unit name"), QLineEdit()),
            ("placement_out_of_area", self.tr("Out of area"), QCheckBox(self.tr("Out of area"))),
            ("address", self.tr("Address"), TextBox(lines=2)),
            ("admission_date", self.tr("Admission date"), OptionalDateEdit()),
            ("leaving_date", self.tr("Leaving date"), OptionalDateEdit()),
        )))
        column.addWidget(self._group(self.tr("Details"), (
            ("given_name", self.tr("First name"), QLineEdit()),
            ("family_name", self.tr("Family name"), QLineEdit()),
            ("preferred_name", self.tr("Preferred name"), QLineEdit()),
            ("pronouns", self.tr("Pronouns"), QLineEdit()),
            ("date_of_birth", self.tr("Date of birth"), OptionalDateEdit()),
            ("nhs_number", self.tr("NHS number"), QLineEdit()),
        )))
        self.family = FamilyBox(ctx, young_person_id, self)
        self.dates = DatesBox(ctx, young_person_id, self)
        self.register = RegisterBox(ctx, young_person_id)
        self.consent = ConsentBox(ctx, young_person_id)
        column.addWidget(self.register)
        column.addWidget(self.consent)
        column.addWidget(self.dates)
        column.addWidget(self.family)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Its fields take the focus (and scroll into view): the area itself is no stop.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(body)

        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Save status"))
        self.save_button = QPushButton(self.tr("Save profile"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(self.tr("Save the profile (Ctrl+S)"))
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
        layout.addWidget(self.draft_bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

    def _group(self, title: str, rows: tuple[tuple[str, str, QWidget], ...]) -> QGroupBox:
        box = QGroupBox(title)
        form = new_form()
        for field, text, widget in rows:
            if type(widget) is QWidget:
                # A row of tick boxes: each box is already a field of its own.
                first = widget.findChild(QCheckBox)
                add_row(form, text, widget, buddy=first)
                if first is not None:
                    first.setAccessibleName(first.text())
                continue
            add_row(form, text, widget, self.errors, field)
            self.widgets[field] = widget
            self._watch(widget)
        box.setLayout(form)
        return box

    def _languages(self) -> QComboBox:
        combo = QComboBox()
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.view().setAccessibleName(self.tr("Preferred language: the choices"))
        combo.setToolTip(self.tr("Their easy-read plan prints in this language, unless you "
                                 "choose the other when printing."))
        return combo

    def _checks(self, boxes: tuple[tuple[str, str], ...]) -> QWidget:
        """Tick boxes for several yes/no fields, one under the other in one row."""
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        for field, text in boxes:
            box = QCheckBox(text)
            box.setAccessibleName(text)
            layout.addWidget(box)
            self.widgets[field] = box
            self._watch(box)
        return container

    def _watch(self, widget: QWidget) -> None:
        if isinstance(widget, OptionalDateEdit):  # a line edit too: first
            widget.dateChanged.connect(self._edited)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self._dirty = True
            self.status.setText(self.tr("Not saved yet"))

    # -- load ---------------------------------------------------------------------------
    def fetch(self, session: Session) -> tuple[Profile, Draft | None]:
        return (profile.profile(session, self.young_person_id),
                drafts.profile_draft(session, self.young_person_id))

    def show_data(self, data: tuple[Profile, Draft | None]) -> None:
        loaded, draft = data
        self.family.set_rows(loaded.family)
        self.dates.set_rows(loaded.dates)
        if self._dirty:
            # Someone else changed the record (a sync, say): keep what is being typed.
            self.status.setText(self.tr("Changed elsewhere; saving keeps your version"))
            return
        self._fill(loaded.fields)
        self._loaded = self.values()
        if draft:
            self._fill(draft)
            self._dirty = True
            self.status.setText(self.tr("Not saved yet"))
            notice = self.tr("Changes you typed earlier (before the app locked or you left the "
                             "record) are back in the form. They are not saved yet: Save profile "
                             "keeps them.")
            self.draft_notice.setText("⚠ " + notice)
            self.draft_notice.setAccessibleName(notice)
            self.draft_bar.show()

    def _fill(self, fields: dict[str, Any]) -> None:
        self._filling = True
        try:
            for field, value in fields.items():
                self._set(field, value)
        finally:
            self._filling = False

    def _set(self, field: str, value: Any) -> None:
        widget = self.widgets.get(field)
        if isinstance(widget, OptionalDateEdit):  # a line edit too: first
            widget.set_value(value)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            widget.setText(value or "")
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))

    # -- drafts through a lock ----------------------------------------------------------
    def changed_fields(self) -> Draft:
        """The fields whose value differs from the record as loaded."""
        return {field: value for field, value in self.values().items()
                if field not in self._loaded or value != self._loaded[field]}

    def keep_draft(self) -> None:
        """Keep unsaved changes in the store (before a lock or closing the record)."""
        if not self._dirty or self.ctx.store is None:
            return
        yp_id, changed = self.young_person_id, self.changed_fields()

        def job(store: Store) -> None:
            with store.transaction() as session:
                drafts.keep_profile_draft(session, yp_id, changed)

        run_op(self.ctx, job, lambda _none: None, owner=self, parent=self,
               label="keep profile draft")

    def discard_draft(self) -> None:
        """Throw away the changes brought back from before a lock; show the record again."""
        if self.ctx.store is None or not ask_first(self.ctx, self, self.tr(
                "Discard the changes brought back into the profile? What you typed is lost.")):
            return
        yp_id = self.young_person_id

        def job(store: Store) -> None:
            with store.transaction() as session:
                drafts.drop_profile_draft(session, yp_id)

        def done(_none: None) -> None:
            self._dirty = False
            self.draft_bar.hide()
            self.status.setText("")
            self.refresh()

        run_op(self.ctx, job, done, owner=self, parent=self, label="discard profile draft")

    # -- save ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field, widget in self.widgets.items():
            if isinstance(widget, OptionalDateEdit):  # a line edit too: first
                out[field] = widget.value()
            elif isinstance(widget, QPlainTextEdit):
                out[field] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[field] = widget.text().strip()
            elif isinstance(widget, QCheckBox):
                out[field] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                out[field] = widget.currentData()
        return out

    def save(self) -> None:
        fields, yp_id, today = self.values(), self.young_person_id, self.ctx.today()
        self.status.setText(self.tr("Saving…"))

        def job(session: Session) -> list[tuple[str, str, bool]]:
            _yp, warnings = recording.save_young_person(session, yp_id, today, **fields)
            drafts.drop_profile_draft(session, yp_id)
            return [(w.field, w.message, True) for w in warnings]

        self.write(job, lambda warnings: self._saved(fields, warnings), self.errors,
                   label="save profile",
                   on_failed=lambda _exc: self.status.setText(
                       self.tr("Not saved: see the problems marked ⚠")))

    def _saved(self, fields: dict[str, Any], warnings: list[tuple[str, str, bool]]) -> None:
        self._dirty = False
        self._loaded = fields
        self.draft_bar.hide()
        self.status.setText(self.tr("Saved {time}").format(
            time=self.ctx.now().strftime("%H:%M:%S")))
        if warnings:
            self.errors.show_problems(warnings)
