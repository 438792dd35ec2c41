"""The Profile tab: the one-page profile, communication, where they live, family and dates."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
from keyworker_desktop.services import profile, recording
from keyworker_desktop.services.profile import Profile
from keyworker_desktop.ui.record.common import (
    ErrorLabel,
    FieldErrors,
    OptionalDateEdit,
    RecordTab,
    TextBox,
    add_row,
    new_form,
    tr,
)
from keyworker_desktop.ui.record.profile_people import DatesBox, FamilyBox

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext

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

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self._group(tr("One-page profile"), (
            ("what_matters", tr("What matters to me"), TextBox(lines=4)),
            ("people_like", tr("What people like about me"), TextBox(lines=4)),
            ("how_to_support", tr("How best to support me"), TextBox(lines=4)),
            ("interests", tr("Interests"), TextBox(lines=2)),
        )))
        column.addWidget(self._group(tr("Communication"), (
            ("ways", tr("What helps"), self._checks((
                ("uses_easy_read", tr("Easy read")),
                ("uses_signs", tr("Signs (for example Makaton)")),
                ("uses_drawing", tr("Drawing and text together")),
            ))),
            ("communication_needs", tr("Other communication needs"), TextBox(lines=2)),
        )))
        situation = QComboBox()
        for value, label in LivingSituation.choices():
            situation.addItem(tr(label), value)
        column.addWidget(self._group(tr("Where they live"), (
            ("living_situation", tr("Lives in"), situation),
            ("placement_name", tr("Placement or unit name"), QLineEdit()),
            ("placement_out_of_area", tr("Out of area"), QCheckBox(tr("Out of area"))),
            ("address", tr("Address"), TextBox(lines=2)),
            ("admission_date", tr("Admission date"), OptionalDateEdit()),
            ("leaving_date", tr("Leaving date"), OptionalDateEdit()),
        )))
        column.addWidget(self._group(tr("Details"), (
            ("given_name", tr("First name"), QLineEdit()),
            ("family_name", tr("Family name"), QLineEdit()),
            ("preferred_name", tr("Preferred name"), QLineEdit()),
            ("pronouns", tr("Pronouns"), QLineEdit()),
            ("date_of_birth", tr("Date of birth"), OptionalDateEdit()),
            ("nhs_number", tr("NHS number"), QLineEdit()),
        )))
        self.family = FamilyBox(ctx, young_person_id, self)
        self.dates = DatesBox(ctx, young_person_id, self)
        column.addWidget(self.dates)
        column.addWidget(self.family)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.status = QLabel()
        self.status.setAccessibleName(tr("Save status"))
        self.save_button = QPushButton(tr("Save profile"))
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(tr("Save the profile (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        bar = QHBoxLayout()
        bar.addWidget(self.errors.general, 1)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
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
        if isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(self._edited)
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(self._edited)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(self._edited)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self._edited)
        elif isinstance(widget, OptionalDateEdit):
            widget.dateChanged.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if not self._filling:
            self._dirty = True
            self.status.setText(tr("Not saved yet"))

    # -- load ---------------------------------------------------------------------------
    def fetch(self, session: Session) -> Profile:
        return profile.profile(session, self.young_person_id)

    def show_data(self, data: Profile) -> None:
        self.family.set_rows(data.family)
        self.dates.set_rows(data.dates)
        if self._dirty:
            # Someone else changed the record (a sync, say): keep what is being typed.
            self.status.setText(tr("Changed elsewhere; saving keeps your version"))
            return
        self._filling = True
        try:
            for field, value in data.fields.items():
                self._set(field, value)
        finally:
            self._filling = False

    def _set(self, field: str, value: Any) -> None:
        widget = self.widgets.get(field)
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value or "")
        elif isinstance(widget, QLineEdit):
            widget.setText(value or "")
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, OptionalDateEdit):
            widget.set_value(value)

    # -- save ---------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field, widget in self.widgets.items():
            if isinstance(widget, QPlainTextEdit):
                out[field] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[field] = widget.text().strip()
            elif isinstance(widget, QCheckBox):
                out[field] = widget.isChecked()
            elif isinstance(widget, QComboBox):
                out[field] = widget.currentData()
            elif isinstance(widget, OptionalDateEdit):
                out[field] = widget.value()
        return out

    def save(self) -> None:
        fields, yp_id, today = self.values(), self.young_person_id, self.ctx.today()
        self.status.setText(tr("Saving…"))

        def job(session: Session) -> list[tuple[str, str, bool]]:
            _yp, warnings = recording.save_young_person(session, yp_id, today, **fields)
            return [(w.field, w.message, True) for w in warnings]

        self.write(job, self._saved, self.errors, label="save profile",
                   on_failed=lambda _exc: self.status.setText(
                       tr("Not saved: see the problems marked ⚠")))

    def _saved(self, warnings: list[tuple[str, str, bool]]) -> None:
        self._dirty = False
        self.status.setText(tr("Saved {time}").format(time=self.ctx.now().strftime("%H:%M:%S")))
        if warnings:
            self.errors.show_problems(warnings)
