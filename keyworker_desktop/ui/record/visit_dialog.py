"""Recording a visit in seconds: it starts now, at a place picked from the known places.

Focus lands on the place; Enter saves. Everything else has a sensible default. A
visit planned for about the same time that day is offered (and chosen) as the one that
took place, so recording it completes the plan rather than adding a second visit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import PlaceType, VisitStatus
from keyworker_desktop.services import recording
from keyworker_desktop.services.recording import KnownPlace
from keyworker_desktop.services.visits import VisitRow, planned_match, planned_that_day
from keyworker_desktop.ui import icons
from keyworker_desktop.ui.date_fields import DateTimeField
from keyworker_desktop.ui.record.common import py_datetime
from keyworker_desktop.ui.record.edit_dialog import EditDialog

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


def _datetime_edit(value: datetime) -> DateTimeField:
    return DateTimeField(value)


class VisitDialog(EditDialog):
    """Add a visit (``row=None``) or correct one already recorded."""

    def __init__(self, ctx: AppContext, young_person_id: str, places: Sequence[KnownPlace],
                 row: VisitRow | None = None, parent: QWidget | None = None,
                 visits: Sequence[VisitRow] = (), completes: str | None = None) -> None:
        super().__init__(ctx, young_person_id,
                         translate("VisitDialog", "Edit visit") if row
                         else translate("VisitDialog", "Record a visit"), parent)
        self.row = row
        # "Mark visit done…" from Today or the calendar: this planned visit, once loaded.
        self._completes = completes
        self.places = list(places)
        starts = row.starts_at if row else ctx.now().replace(second=0, microsecond=0)

        self.place = QComboBox()
        self.place.setEditable(True)
        self.place.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.set_places(self.places)
        self.place.setEditText(row.place_name if row else "")
        editor = self.place.lineEdit()
        assert editor is not None  # an editable combo box always has one
        editor.setPlaceholderText(self.tr("Pick a known place or type a new one"))
        self.place.activated.connect(self._place_picked)
        self.place.editTextChanged.connect(self._place_typed)
        self.field("place_name", self.tr("Place"), self.place)

        self.place_type = QComboBox()
        for value, label in PlaceType.choices():
            self.place_type.addItem(icons.place_icon(value), label, value)
        self._select(self.place_type, row.place_type if row else "home")
        self.field("place_type", self.tr("Type of place"), self.place_type)
        self.address = self.field("address", self.tr("Address"),
                                  QLineEdit(row.address if row else ""))

        self.starts = _datetime_edit(starts)
        self.field("starts_at", self.tr("Started"), self.starts)
        # Which planned visit this is (new visits only): offered when one is planned that day.
        self.visits: list[VisitRow] = []
        self.completes = QComboBox()
        self.field("completes", self.tr("Planned visit"), self.completes)
        self.completes.activated.connect(lambda _i: self._planned_chosen())
        # Once the start is settled (not at each key: "14/12/20" is not what is meant).
        self.starts.committed.connect(self._offer_planned)
        self.has_end = QCheckBox(self.tr("Record when it ended"))
        ends = row.ends_at if row and row.ends_at else starts + timedelta(hours=1)
        self.ends = _datetime_edit(ends)
        self.has_end.setChecked(bool(row and row.ends_at))
        self.ends.setEnabled(self.has_end.isChecked())
        self.has_end.toggled.connect(self.ends.setEnabled)
        ends_box = QWidget()
        ends_row = QHBoxLayout(ends_box)
        ends_row.setContentsMargins(0, 0, 0, 0)
        ends_row.addWidget(self.has_end)
        ends_row.addWidget(self.ends, 1)
        self.field("ends_at", self.tr("Ended"), ends_box, buddy=self.has_end)
        self.ends.setAccessibleName(self.tr("Ended"))
        self.has_end.setAccessibleName(self.tr("Record when it ended"))

        self.who = self.field("who_was_there", self.tr("Who was there"),
                              QLineEdit(row.who_was_there if row else ""))
        self.purpose = self.field("purpose", self.tr("Purpose"),
                                  QLineEdit(row.purpose if row else ""))
        self.status = QComboBox()
        for value, label in VisitStatus.choices():
            self.status.addItem(label, value)
        self._select(self.status, row.status if row else "done")
        self.field("status", self.tr("Status"), self.status)
        self.travel = QSpinBox()
        self.travel.setRange(0, 24 * 60)
        self.travel.setSuffix(self.tr(" minutes"))
        self.travel.setSpecialValueText(self.tr("Not recorded"))
        self.travel.setValue(row.travel_minutes or 0 if row else 0)
        self.field("travel_minutes", self.tr("Travel time"), self.travel)
        self.set_visits(visits)
        self.place.setFocus()

    def set_visits(self, visits: Sequence[VisitRow]) -> None:
        """The young person's visits (they may arrive after the dialog opened)."""
        self.visits = [] if self.row is not None else list(visits)
        untouched = not self.has_changes()
        planned = next((v for v in self.visits if v.id == self._completes), None)
        if planned is not None:
            self._completes = None
            self.starts.set_value(planned.starts_at)
            if planned.ends_at is not None:
                self.has_end.setChecked(True)
                self.ends.set_value(planned.ends_at)
        self._offer_planned(first=True)
        if planned is not None:
            self.completes.setCurrentIndex(max(0, self.completes.findData(planned.id)))
            self._planned_chosen()
        if untouched and self._opened_with:
            # Filled in from the plan, not typed: closing still asks nothing.
            self.remember_opening_values()

    def _offer_planned(self, first: bool = False) -> None:
        starts = py_datetime(self.starts.dateTime())
        candidates = planned_that_day(self.visits, starts)
        chosen = self.completes.currentData()
        ids = [v.id for v in candidates]
        offered = [self.completes.itemData(i) for i in range(1, self.completes.count())]
        if not first and offered == ids:
            return  # the same visits on offer: keep what the user picked
        match = planned_match(self.visits, starts)
        self.completes.clear()
        self.completes.addItem(self.tr("No: a visit that was not planned"), None)
        for visit in candidates:
            where = visit.place_name or dict(PlaceType.choices()).get(visit.place_type, "")
            self.completes.addItem(self.tr("Yes: the visit planned for {time} at {place}").format(
                time=f"{visit.starts_at:%H:%M}", place=where), visit.id)
        if chosen in ids:
            self.completes.setCurrentIndex(self.completes.findData(chosen))
        elif match is not None:
            self.completes.setCurrentIndex(self.completes.findData(match.id))
        self.form.setRowVisible(self.completes, bool(candidates))
        self._planned_chosen()

    def _planned_chosen(self) -> None:
        """Fill what the plan already says where nothing has been typed yet."""
        chosen = next((v for v in self.visits if v.id == self.completes.currentData()), None)
        if chosen is None:
            return
        if not self.place.currentText().strip() and chosen.place_name:
            self.place.setEditText(chosen.place_name)
            self._select(self.place_type, chosen.place_type)
        if not self.address.text().strip():
            self.address.setText(chosen.address)
        if not self.who.text().strip():
            self.who.setText(chosen.who_was_there)
        if not self.purpose.text().strip():
            self.purpose.setText(chosen.purpose)

    def set_places(self, places: Sequence[KnownPlace]) -> None:
        """Offer these places (they may arrive after the dialog opened); keep what is typed."""
        typed = self.place.currentText()
        self.places = list(places)
        # Filling the list selects its first entry on the way; that is not the user's pick.
        self.place.blockSignals(True)
        try:
            self.place.clear()
            for place in self.places:
                text = f"{place.name} — {place.address}" if place.address else place.name
                self.place.addItem(icons.place_icon(place.place_type), text)
            self.place.setCurrentIndex(-1)
            self.place.setEditText(typed)
        finally:
            self.place.blockSignals(False)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        combo.setCurrentIndex(max(0, combo.findData(value)))

    def _place_picked(self, index: int) -> None:
        if 0 <= index < len(self.places):
            place = self.places[index]
            self.place.setEditText(place.name)
            self._select(self.place_type, place.place_type)
            self.address.setText(place.address)

    def _place_typed(self, text: str) -> None:
        """A known place typed (or completed) in full fills its type and address."""
        wanted = text.strip().casefold()
        for place in self.places:
            full = f"{place.name} — {place.address}" if place.address else place.name
            if wanted in (full.casefold(), place.name.casefold()):
                self._select(self.place_type, place.place_type)
                if not self.address.text().strip() or self.address.text() in (
                        p.address for p in self.places):
                    self.address.setText(place.address)
                return

    def place_name(self) -> str:
        text = self.place.currentText().strip()
        for place in self.places:
            if text == f"{place.name} — {place.address}":
                return place.name
        return text

    def job(self) -> Callable[[Session], Any]:
        yp_id, visit_id = self.young_person_id, self.row.id if self.row else None
        values: dict[str, Any] = dict(
            starts_at=py_datetime(self.starts.dateTime()),
            ends_at=py_datetime(self.ends.dateTime()) if self.has_end.isChecked() else None,
            place_type=self.place_type.currentData(), place_name=self.place_name(),
            address=self.address.text().strip(), who_was_there=self.who.text().strip(),
            purpose=self.purpose.text().strip(), status=self.status.currentData(),
            travel_minutes=self.travel.value() or None,
        )
        if self.row is not None:
            values["notes"] = self.row.notes
        elif self.completes.currentData():
            values["completes"] = self.completes.currentData()
        return lambda s: recording.record_visit(s, yp_id, visit_id=visit_id, **values).id
