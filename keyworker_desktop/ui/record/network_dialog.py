"""Adding or editing a professional in the young person's network."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import LinkDirection, LinkStrength, Sector
from keyworker_desktop.services import network
from keyworker_desktop.services.network import NetworkEntry
from keyworker_desktop.ui.record.common import OptionalDateEdit, TextBox
from keyworker_desktop.ui.record.edit_dialog import EditDialog

if TYPE_CHECKING:
    from keyworker_desktop.ui.context import AppContext


def _combo(choices: list[tuple[str, str]], value: str) -> QComboBox:
    combo = QComboBox()
    for code, label in choices:
        combo.addItem(label, code)
    combo.setCurrentIndex(max(0, combo.findData(value)))
    return combo



class ProfessionalDialog(EditDialog):
    def __init__(self, ctx: AppContext, young_person_id: str, entry: NetworkEntry | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id,
                         translate("ProfessionalDialog", "Edit professional") if entry
                         else translate("ProfessionalDialog", "Add a professional"), parent)
        self.entry = entry
        e = entry
        self.name = self.field("name", self.tr("Name"), QLineEdit(e.name if e else ""))
        self.role = self.field("role", self.tr("Role"), QLineEdit(e.role if e else ""))
        self.agency = self.field("agency", self.tr("Agency"), QLineEdit(e.agency if e else ""))
        self.sector = self.field("sector", self.tr("Sector"),
                                 _combo(Sector.choices(), e.sector if e else "health"))
        self.phone = self.field("phone", self.tr("Phone"), QLineEdit(e.phone if e else ""))
        self.email = self.field("email", self.tr("Email"), QLineEdit(e.email if e else ""))
        self.relationship = self.field(
            "relationship_to_young_person", self.tr("Relationship to the young person"),
            QLineEdit(e.relationship_to_young_person if e else ""))
        self.how = self.field("how_they_help", self.tr("How they help"),
                              TextBox(e.how_they_help if e else ""))
        self.strength = self.field("strength", self.tr("Link"),
                                   _combo(LinkStrength.choices(), e.strength if e else "strong"))
        self.direction = self.field(
            "direction", self.tr("Direction of support"),
            _combo(LinkDirection.choices(), e.direction if e else "to_young_person"))
        self.last_contact = OptionalDateEdit()
        self.last_contact.set_value(e.last_contact_on if e else None)
        self.field("last_contact_on", self.tr("Last contact"), self.last_contact)
        self.name.setFocus()

    def job(self) -> Callable[[Session], Any]:
        line = {f: w.text().strip() for f, w in (
            ("name", self.name), ("role", self.role), ("agency", self.agency),
            ("phone", self.phone), ("email", self.email),
            ("relationship_to_young_person", self.relationship))}
        values: dict[str, object] = dict(
            line, sector=self.sector.currentData(), strength=self.strength.currentData(),
            direction=self.direction.currentData(), how_they_help=self.how.toPlainText(),
            last_contact_on=self.last_contact.value())
        yp_id, today = self.young_person_id, self.ctx.today()
        link_id = self.entry.link_id if self.entry else None
        return lambda s: network.save_professional_link(s, yp_id, link_id, today, **values).id
