"""The Documents tab: files held in the store for this young person, and their photograph.

Documents are attached (checked by content and size), viewed inside the app where Qt can
show them, saved as a copy outside the store (after a warning that the copy is not
encrypted; audited), and removed. The photograph is added from a file, cropped to a
square, and shown only while photo consent is in force.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import ConsentKind
from keyworker_desktop.services import documents, photo
from keyworker_desktop.services.documents import DocumentKind, DocumentRow
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.attach_file import documents_folder, pick_file
from keyworker_desktop.ui.record.common import RecordTab, show_error, show_stamp
from keyworker_desktop.ui.record.document_viewer import DocumentViewer
from keyworker_desktop.ui.record.photo_dialog import PhotoCropDialog
from keyworker_desktop.ui.table_model import Column, TableModel, make_table, selected_row

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext

PHOTO_SHOWN = QSize(160, 160)


@dataclass(frozen=True)
class DocumentsData:
    rows: list[DocumentRow]
    targets: dict[str, tuple[str, str]]
    photo: bytes | None  # only while photo consent is in force
    has_photo: bool


def kind_label(kind: str) -> str:
    return DocumentKind(kind).label if kind in set(DocumentKind) else kind


def attached_label(row: DocumentRow, targets: dict[str, tuple[str, str]]) -> str:
    target = targets.get(row.attached_to_id or "")
    if row.attached_to == "consent" and target is not None:
        code = target[1]
        what = ConsentKind(code).label if code in set(ConsentKind) else code
        return translate("Record", "Consent: {what}").format(what=what)
    if row.attached_to == "allocation" and target is not None:
        return translate("Record", "Keyworker agreement: {name}").format(name=target[1])
    return translate("Record", "The young person")


class DocumentsTab(RecordTab):
    ENTITIES = frozenset({"document", "young_person", "consent", "allocation"})

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, young_person_id, parent)
        self.targets: dict[str, tuple[str, str]] = {}
        self.has_photo = False
        self._wanted = ""  # a document to highlight once the list has loaded
        self.viewer: DocumentViewer | None = None
        self.photo_dialog: PhotoCropDialog | None = None
        self.model = TableModel(self._columns(), parent=self)
        self.table = make_table(self.model, self.tr("Documents"))
        self.table.activated.connect(lambda _i: self.view_selected())
        self.empty = QLabel(self.tr("No documents yet. Attach signed forms, letters and reports "
                                    "here: they are kept encrypted on this laptop."))
        self.empty.setWordWrap(True)

        box = QGroupBox(self.tr("Documents"))
        row = QHBoxLayout()
        self.attach_button = self._button(row, self.tr("Attach…"), self.tr("Attach a document"),
                                          self.attach)
        self.view_button = self._button(row, self.tr("View"), self.tr("View the document"),
                                        self.view_selected)
        self.save_button = self._button(row, self.tr("Save a copy…"),
                                        self.tr("Save a copy of the document (not encrypted)"),
                                        self.save_selected)
        self.remove_button = self._button(row, self.tr("Remove"), self.tr("Remove the document"),
                                          self.remove_selected)
        row.addStretch(1)
        self.export_button = self._button(
            row, self.tr("Export for a subject access request…"),
            self.tr("Export everything held about this young person for a subject access request"),
            self.export_for_request)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.empty)
        box_layout.addWidget(self.table, 1)

        photo_box = QGroupBox(self.tr("Photograph"))
        self.photo_label = QLabel()
        self.photo_label.setFixedSize(PHOTO_SHOWN)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.photo_status = QLabel()
        self.photo_status.setWordWrap(True)
        photo_buttons = QVBoxLayout()
        self.add_photo_button = self._button(photo_buttons, self.tr("Add photo…"),
                                             self.tr("Add a photograph"), self.add_photo)
        self.remove_photo_button = self._button(photo_buttons, self.tr("Remove photo"),
                                                self.tr("Remove the photograph"), self.remove_photo)
        photo_buttons.addStretch(1)
        photo_layout = QHBoxLayout(photo_box)
        photo_layout.addWidget(self.photo_label)
        photo_layout.addWidget(self.photo_status, 1)
        photo_layout.addLayout(photo_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(box, 1)
        layout.addWidget(photo_box)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._enable())
        self._enable()

    @staticmethod
    def _button(layout: QHBoxLayout | QVBoxLayout, text: str, name: str,
                slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    def _columns(self) -> list[Column[DocumentRow]]:
        return [
            Column(self.tr("Name"), lambda d: d.filename),
            Column(self.tr("Kind"), lambda d: kind_label(d.kind)),
            Column(self.tr("Attached to"), lambda d: attached_label(d, self.targets)),
            Column(self.tr("Added"), lambda d: show_stamp(d.added_at),
                   sort_key=lambda d: d.added_at),
            Column(self.tr("Size"), lambda d: documents.size_text(d.size_bytes),
                   alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                   sort_key=lambda d: d.size_bytes),
        ]

    def _enable(self) -> None:
        chosen = selected_row(self.table) is not None
        for button in (self.view_button, self.save_button, self.remove_button):
            button.setEnabled(chosen)

    # -- loading -------------------------------------------------------------------------
    def fetch(self, session: Session) -> DocumentsData:
        yp_id = self.young_person_id
        return DocumentsData(documents.documents_for(session, yp_id),
                             documents.attachment_targets(session, yp_id),
                             photo.photo_shown(session, yp_id), photo.has_photo(session, yp_id))

    def select_document(self, document_id: str) -> None:
        """Highlight this document (now, or when the list has loaded) and focus the list."""
        self._wanted = document_id
        self._select_wanted()

    def _select_wanted(self) -> None:
        for i, row in enumerate(self.model.rows()):
            if row.id == self._wanted:
                self.table.setCurrentIndex(self.model.index(i, 0))
                self.table.setFocus()
                self._wanted = ""
                return

    def show_data(self, data: DocumentsData) -> None:
        self.targets = data.targets
        self.model.set_rows(data.rows)
        self._select_wanted()
        self.empty.setVisible(not data.rows)
        self.has_photo = data.has_photo
        pixmap = QPixmap()
        if data.photo and pixmap.loadFromData(data.photo):
            self.photo_label.setPixmap(pixmap.scaled(
                PHOTO_SHOWN, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            self.photo_label.setAccessibleName(self.tr("Photograph"))
            status = self.tr("Shown here, on the network map and on the easy-read plan while "
                             "photo consent is in force.")
        else:
            self.photo_label.clear()
            self.photo_label.setText(self.tr("No photo"))
            self.photo_label.setAccessibleName(self.tr("No photograph shown"))
            status = (self.tr("A photograph is held but not shown: there is no photo consent in "
                              "force. Record photo consent to show it.") if data.has_photo
                      else self.tr("No photograph. Add one only with photo consent."))
        self.photo_status.setText(status)
        self.photo_status.setAccessibleName(status)
        self.remove_photo_button.setEnabled(data.has_photo)
        self._enable()

    # -- documents -----------------------------------------------------------------------
    def attach(self) -> None:
        picked = pick_file(self, self.ctx.interaction, self.tr("Attach a document"))
        if picked is None:
            return
        labels = {kind_label(k): k.value for k in DocumentKind}
        chosen = self.ctx.interaction.choose(
            self, self.tr("What is it?"), self.tr("What kind of document is {name}?").format(
                name=picked.filename), list(labels))
        if chosen is None:
            return
        kind = labels[chosen]
        self.write(lambda s: picked.attach(s, self.young_person_id, kind=kind),
                   label="attach a document")

    def view_selected(self) -> None:
        row = selected_row(self.table)
        if isinstance(row, DocumentRow):
            self.view(row)

    def view(self, row: DocumentRow) -> None:
        def job(store: Store) -> tuple[DocumentRow, bytes]:
            with store.transaction() as session:  # the viewing is audited
                return documents.read_document(session, row.id)

        run_op(self.ctx, job, self._show_document,
               lambda exc: show_error(self.ctx, self, exc, None), owner=self, parent=self,
               label="view a document")

    def _show_document(self, found: tuple[DocumentRow, bytes]) -> None:
        row, content = found
        self.viewer = DocumentViewer(row, content, self)
        self.viewer.save_copy_requested.connect(self.save_copy)
        self.viewer.finished.connect(self.viewer.deleteLater)
        self.viewer.open()

    def save_selected(self) -> None:
        row = selected_row(self.table)
        if isinstance(row, DocumentRow):
            self.save_copy(row)

    def ask_copy_path(self, row: DocumentRow) -> Path | None:
        """Where to save the copy (None: cancelled); starts in the Documents folder."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy (not encrypted)"),
            str(Path(documents_folder()) / row.filename))
        return Path(chosen) if chosen else None

    def save_copy(self, row: DocumentRow) -> None:
        parent = self.viewer if self.viewer is not None and self.viewer.isVisible() else self
        if not self.ctx.interaction.confirm(parent, self.tr("Save a copy outside the store?"),
                                            self.tr(
                "The copy of {name} will not be protected by the store's encryption: anyone "
                "who can open the folder can read it. Save it only where your organisation "
                "allows, and delete it when you no longer need it. Saving it is recorded in "
                "the audit log.").format(name=row.filename)):
            return
        path = self.ask_copy_path(row)
        if path is None:
            return

        def saved(_path: Path) -> None:
            self.ctx.interaction.inform(parent, self.tr("Copy saved"), self.tr(
                "Saved a copy to {path}. It is not encrypted.").format(path=path))

        self.write(lambda s: documents.save_copy(s, row.id, path), on_done=saved,
                   label="save a copy of a document")

    def remove_selected(self) -> None:
        row = selected_row(self.table)
        if not isinstance(row, DocumentRow):
            return
        if self.ctx.interaction.confirm(self, self.tr("Remove the document?"), self.tr(
                "Remove {name} from the record? It stays in the record's history; a "
                "consent or agreement it was the signed form of will no longer point to "
                "it.").format(name=row.filename)):
            self.write(lambda s: documents.remove(s, row.id), label="remove a document")

    # -- subject access request ---------------------------------------------------------
    def ask_export_path(self) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export for a subject access request (not encrypted)"),
            str(Path(documents_folder()) / self.tr("Subject access request.zip")),
            self.tr("Zip files (*.zip)"))
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")

    def export_for_request(self) -> None:
        """Everything held about them in one zip (as ``keyworker export``); audited."""
        if not self.ctx.interaction.confirm(self, self.tr("Export everything held?"), self.tr(
                "This makes one zip file with everything this laptop holds about this young "
                "person: a readable summary (PDF), the full record (JSON) and every attached "
                "document. The zip is not protected by the store's encryption. Making it is "
                "recorded in the audit log.")):
            return
        path = self.ask_export_path()
        if path is None:
            return
        from keyworker_desktop.services.subject_access import export_subject_access

        today = self.ctx.today()

        def done(_result: object) -> None:
            self.ctx.interaction.inform(self, self.tr("Exported"), self.tr(
                "Saved everything held to {path}. It is not encrypted: keep it safe and delete "
                "it once it has been handed over.").format(path=path))

        # The file dialog asked already before replacing a file that was there.
        self.write(lambda s: export_subject_access(s, self.young_person_id, path, today=today,
                                                   overwrite=True),
                   on_done=done, label="subject access export")

    # -- the photograph ------------------------------------------------------------------
    def ask_photo_path(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Add a photograph"), documents_folder(),
            self.tr("Pictures (*.png *.jpg *.jpeg)"))
        return Path(chosen) if chosen else None

    def add_photo(self) -> None:
        path = self.ask_photo_path()
        if path is None:
            return
        reader = QImageReader(str(path))
        reader.setAutoTransform(True)  # a phone's portrait photo the right way up
        image = reader.read()
        if image.isNull():
            self.ctx.interaction.warn(self, self.tr("Not added"), self.tr(
                "That file is not a picture this app can read. Choose a PNG or JPEG."))
            return
        self.photo_dialog = PhotoCropDialog(image, self)
        self.photo_dialog.accepted.connect(self._photo_cropped)
        self.photo_dialog.finished.connect(self.photo_dialog.deleteLater)
        self.photo_dialog.open()

    def _photo_cropped(self) -> None:
        dialog = self.photo_dialog
        if dialog is None:
            return
        png = dialog.png()
        self.photo_dialog = None
        self.write(lambda s: photo.set_photo(s, self.young_person_id, png), label="add photo")

    def remove_photo(self) -> None:
        if self.ctx.interaction.confirm(self, self.tr("Remove the photograph?"), self.tr(
                "Remove the photograph from the record?")):
            self.write(lambda s: photo.remove_photo(s, self.young_person_id),
                       label="remove photo")
