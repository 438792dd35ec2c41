"""The Network tab's map: the ecomap of one young person, edited in place.

Wraps :class:`~keyworker_desktop.ui.network_map.NetworkMapView`. Every change made on
the map (dragging a node, changing a line, removing someone) is written at once through
``services.network_map`` on the worker thread; the hub then tells every screen showing
this young person, this panel included, to refresh. Map node ids are NetworkLink ids.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.domain.network import DIRECTION_LABELS, STRENGTH_LABELS, NetworkMap
from keyworker_desktop.domain.vocab import ActionStatus, Sector
from keyworker_desktop.services import network, network_map
from keyworker_desktop.services.network import NetworkEntry
from keyworker_desktop.services.network_map import ProfessionalDetails
from keyworker_desktop.services.records import record_view
from keyworker_desktop.store import settings
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.network_export import export_map, print_map
from keyworker_desktop.ui.network_map import NetworkMapView
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.common import RecordTab, read_job, show_date
from keyworker_desktop.ui.record.edit_dialog import ask_first
from keyworker_desktop.ui.record.network_dialog import ProfessionalDialog

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext

EXPORT_FILTERS = {
    ".png": QT_TRANSLATE_NOOP("NetworkPanel", "PNG image (*.png)"),
    ".svg": QT_TRANSLATE_NOOP("NetworkPanel", "SVG drawing (*.svg)"),
    ".pdf": QT_TRANSLATE_NOOP("NetworkPanel", "PDF document (*.pdf)"),
}


@dataclass(frozen=True)
class MapData:
    network: NetworkMap
    photo: bytes | None
    entries: dict[str, NetworkEntry]


class NetworkPanel(RecordTab):
    """The map with its tools (arrange, fit, export, print) and a details pane."""

    ENTITIES = frozenset({"network_link", "professional", "young_person", "consent", "action",
                          "meeting", "visit", "contact_log"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.network: NetworkMap | None = None
        self.entries: dict[str, NetworkEntry] = {}
        self.photo: bytes | None = None
        self.details: ProfessionalDetails | None = None
        self.dialog: ProfessionalDialog | None = None
        self._focus_after_load: str | None = None

        self.map = NetworkMapView(self, today=ctx.today())
        self.map.node_moved.connect(self.save_position)
        self.map.link_changed.connect(self.change_link)
        self.map.node_delete_requested.connect(self.remove_node)
        self.map.node_activated.connect(self.open_details)
        self.map.add_requested.connect(self.add_professional)
        self.map.installEventFilter(self)

        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(self.tr("Professional details"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_professional(self.details_id))
        self.close_button = QPushButton(self.tr("Close details"))
        self.close_button.clicked.connect(self.close_details)
        self.pane = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        pane_layout = QVBoxLayout(self.pane)
        pane_layout.setContentsMargins(0, 0, 0, 0)
        pane_layout.addWidget(self.text, 1)
        pane_layout.addLayout(buttons)
        self.pane.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.map)
        self.splitter.addWidget(self.pane)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        print_keys = QKeySequence(QKeySequence.StandardKey.Print).toString(
            QKeySequence.SequenceFormat.NativeText)
        for text, tip, slot in (
            (self.tr("Arrange automatically"), self.tr("Place everyone not placed by hand"),
             self.map.layout_now),
            (self.tr("Fit to window"), self.tr("Show the whole map (0)"), self.map.fit_to_view),
            (self.tr("Export…"), self.tr("Save the map as a PNG picture, SVG drawing or PDF"),
             self.export),
            (self.tr("Print…"),
             self.tr("Print the map ({keys} on the map)").format(keys=print_keys),
             self.print_map),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    @property
    def details_id(self) -> str | None:
        """The node whose details are open, if any."""
        return self.details.link_id if self.details is not None else None

    # -- loading -------------------------------------------------------------------------
    def on_changes_applied(self, changes: OpChanges, initiator: object | None) -> None:
        # The no-contact weeks are a setting, not part of any one record: redraw on it.
        if settings.ENTITY in changes.entities:
            self._refresh_or_mark_stale()
        else:
            super().on_changes_applied(changes, initiator)

    def fetch(self, session: Session) -> MapData:
        yp_id = self.young_person_id
        return MapData(network_map.network_map_for(session, yp_id, self.ctx.today()),
                       network_map.map_photo(session, yp_id),
                       {e.link_id: e for e in network.network_for(session, yp_id)})

    def show_data(self, data: MapData) -> None:
        if self.map.network_scene().mouseGrabberItem() is not None:
            # A node is being dragged: rebuilding the scene now would drop it mid-drag.
            QTimer.singleShot(100, self, lambda: self.show_data(data))
            return
        self.network, self.entries = data.network, data.entries
        if data.photo != self.photo:
            self.photo = data.photo
            pixmap = QPixmap()
            self.map.set_photo(pixmap if data.photo and pixmap.loadFromData(data.photo)
                               else None)
        self.map.set_map(data.network)
        ids = {n.id for n in data.network.nodes}
        if self._focus_after_load in ids:
            self.map.set_current_node(self._focus_after_load)
            self._focus_after_load = None
        if self.details_id is not None:
            if self.details_id in ids:
                self.open_details(self.details_id)
            else:
                self.close_details()

    # -- changes made on the map ------------------------------------------------------------
    def save_position(self, node_id: str, x: float, y: float) -> None:
        self.write(lambda s: network_map.save_position(s, node_id, x, y),
                   label="move on network map")

    def change_link(self, node_id: str, strength: str, direction: str) -> None:
        self.write(lambda s: network_map.change_link(s, node_id, strength, direction),
                   label="change network link")

    def remove_node(self, node_id: str) -> None:
        """Take a professional off this young person's map, after asking."""
        if self.network is None:
            return
        try:
            name = self.network.node(node_id).name
        except KeyError:
            return
        if ask_first(self.ctx, self, self.tr("Take {name} out of this network? They stay on record "
                                             "for other young people.").format(name=name)):
            self.write(lambda s: network_map.remove_from_network(s, node_id),
                       label="remove from network")
        else:
            self.map.setFocus()

    def remove_current(self) -> bool:
        """Remove the node with keyboard focus (after asking); False if there is none."""
        current = self.map.current_node_id()
        if current is None:
            return False
        self.remove_node(current)
        return True

    def add_professional(self) -> None:
        self.dialog = ProfessionalDialog(self.ctx, self.young_person_id, None, self)
        self.dialog.saved.connect(self._focus_new)
        self.dialog.open()

    def _focus_new(self, link_id: object) -> None:
        if isinstance(link_id, str):
            self._focus_after_load = link_id

    def edit_professional(self, node_id: str | None) -> None:
        entry = self.entries.get(node_id or "")
        if entry is None:
            return
        self.dialog = ProfessionalDialog(self.ctx, self.young_person_id, entry, self)
        self.dialog.open()

    def edit_current(self) -> bool:
        """Edit the node with keyboard focus; False if there is none."""
        current = self.map.current_node_id()
        if current is None:
            return False
        self.edit_professional(current)
        return True

    # -- details ---------------------------------------------------------------------------
    def open_details(self, node_id: str) -> None:
        """Show this professional's details, contact history and actions beside the map."""
        yp_id, today = self.young_person_id, self.ctx.today()
        first = self.details_id != node_id
        run_op(self.ctx, read_job(lambda s: network_map.professional_details(
                   s, yp_id, node_id, today)),
               lambda d: self._show_details(d, first), owner=self, parent=self,
               label="professional details")

    def _show_details(self, details: ProfessionalDetails, take_focus: bool) -> None:
        self.details = details
        self.text.setHtml(details_html(details))
        self.text.setAccessibleName(self.tr("Details of {name}").format(name=details.name))
        self.pane.show()
        if take_focus:
            self.text.setFocus()

    def close_details(self) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.pane.isAncestorOf(focus)
        self.details = None
        self.pane.hide()
        if had_focus:
            self.map.setFocus()

    # -- export and print ---------------------------------------------------------------------
    def shown_network(self) -> NetworkMap | None:
        """The map as drawn now, every node where it is on screen (what you see is printed)."""
        if self.network is None:
            return None
        where = self.map.node_positions()
        return replace(self.network, nodes=tuple(
            replace(n, x=where[n.id][0], y=where[n.id][1]) if n.id in where else n
            for n in self.network.nodes))

    def _photo_pixmap(self) -> QPixmap | None:
        pixmap = QPixmap()
        return pixmap if self.photo and pixmap.loadFromData(self.photo) else None

    def ask_export_path(self) -> Path | None:
        """Where to save the map, chosen in the file dialog (None: cancelled)."""
        name = (self.network.person.display_name if self.network else "network") + " network"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the network map"), str(Path.home() / f"{name}.png"),
            ";;".join(translate("NetworkPanel", f) for f in EXPORT_FILTERS.values()))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in EXPORT_FILTERS:
            by_filter = {translate("NetworkPanel", f): s for s, f in EXPORT_FILTERS.items()}
            path = path.with_name(path.name + by_filter.get(chosen_filter, ".png"))
        return path

    def export(self) -> None:
        path = self.ask_export_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> bool:
        """Save the map as PNG, SVG or PDF (by the file's ending) and audit it."""
        shown = self.shown_network()
        if shown is None:
            return False
        try:
            export_map(shown, path, today=self.ctx.today(), photo=self._photo_pixmap())
        except (OSError, ValueError) as exc:
            self.ctx.interaction.warn(self, self.tr("Not saved"), self.tr(
                "The map could not be saved to {path}: {reason}").format(
                    path=path, reason=getattr(exc, "strerror", None) or exc))
            return False
        self._audit(f"network map saved as {path.suffix[1:].upper()}")
        return True

    def ask_printer(self) -> QPrinter | None:
        """A printer chosen in the print dialog (None: cancelled)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the network map"))
        return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None

    def print_map(self) -> None:
        if self.network is None:
            return
        printer = self.ask_printer()
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        shown = self.shown_network()
        if shown is None:
            return
        print_map(shown, printer, today=self.ctx.today(), photo=self._photo_pixmap())
        self._audit("network map printed")

    def _audit(self, what: str) -> None:
        yp_id = self.young_person_id

        def job(store: Store) -> None:
            with store.transaction() as s:
                record_view(s, s.info["write_context"], yp_id, what)

        run_op(self.ctx, job, lambda _none: None, owner=self, parent=self, label="audit export")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # Ctrl+P on the map prints the map, not whatever the window's Print would print.
        if watched is self.map and isinstance(event, QKeyEvent) and event.matches(
                QKeySequence.StandardKey.Print):
            if event.type() == QEvent.Type.ShortcutOverride:
                event.accept()
                return True
            if event.type() == QEvent.Type.KeyPress:
                self.print_map()
                return True
        return super().eventFilter(watched, event)


# -- the details pane's text ---------------------------------------------------------------------
def _row(label: str, value: str) -> str:
    if not value.strip():
        return ""
    text = html.escape(value).replace("\n", "<br>")
    return f"<tr><th align='left' valign='top'>{html.escape(label)}</th><td>{text}</td></tr>"


def details_html(d: ProfessionalDetails) -> str:
    """One professional's details, contact history and actions, as simple HTML."""
    sector = Sector(d.sector).label if d.sector in set(Sector) else d.sector
    link = STRENGTH_LABELS.get(d.strength, d.strength)
    if d.strength != "none" and d.direction != "none":
        link += " · " + DIRECTION_LABELS.get(d.direction, d.direction)
    rows = "".join([
        _row(translate("Record", "Role"), d.role), _row(translate("Record", "Agency"), d.agency),
        _row(translate("Record", "Sector"), sector),
        _row(translate("Record", "Phone"), d.phone), _row(translate("Record", "Email"), d.email),
        _row(translate("Record", "Address"), d.address),
        _row(translate("Record", "Relationship"), d.relationship_to_young_person),
        _row(translate("Record", "How they help"), d.how_they_help),
        _row(translate("Record", "Link"), link),
    ])
    kinds = {"last_contact": translate("Record", "Last contact recorded"),
             "meeting": translate("Record", "Meeting"),
             "visit": translate("Record", "Visit"),
             "contact": translate("Record", "Contact logged")}
    contacts = "".join(
        f"<li>{html.escape(show_date(c.on))}: {html.escape(kinds.get(c.kind, c.kind))}"
        + (f" — {html.escape(c.text)}" if c.kind != "last_contact" and c.text else "")
        + "</li>"
        for c in d.contacts)
    if not contacts:
        contacts = "<li>{}</li>".format(html.escape(translate("Record", "No contact recorded.")))
    actions = []
    for a in d.actions:
        due = show_date(a.due_on) if a.due_on else translate("Record", "no date")
        overdue = translate("Record", "Overdue")
        mark = f"<b>⚠ {html.escape(overdue)}:</b> " if a.overdue else ""
        status = ActionStatus(a.status).label if a.status in set(ActionStatus) else a.status
        source = f" ({html.escape(a.meeting)})" if a.meeting else ""
        due_text = translate("Record", "due {date}").format(date=due)
        actions.append(f"<li>{mark}{html.escape(a.description)}{source} — "
                       f"{html.escape(due_text)}, {html.escape(status.lower())}</li>")
    owned = "".join(actions) or "<li>{}</li>".format(html.escape(translate("Record", "None.")))
    contact_heading = translate("Record", "Contact with this young person")
    actions_heading = translate("Record", "Actions they own")
    return (f"<h2>{html.escape(d.name)}</h2><table cellspacing='4'>{rows}</table>"
            f"<h3>{html.escape(contact_heading)}</h3><ul>{contacts}</ul>"
            f"<h3>{html.escape(actions_heading)}</h3><ul>{owned}</ul>")
