"""Choosing a file to attach, for the Documents tab and for the consent and allocation dialogs.

* :func:`pick_file` opens the file dialog (in the Documents folder), reads the file and
  checks it (type by content, size) before anything is written; a refused file is said
  plainly and ``None`` returned.
* :class:`SignedFormField` is a row for a dialog that creates a consent or an allocation:
  "Attach signed form…" holds the chosen file until the dialog saves, and the dialog's
  own write attaches it in the same transaction with ``field.picked().attach(...)``.
* :func:`attach_now` picks a file and attaches it at once (a record that exists already).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services import documents
from keyworker_desktop.services.documents import DocumentRow
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.opchanges import Written
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.record.common import show_error

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext
    from keyworker_desktop.ui.interaction import Interaction


@dataclass(frozen=True)
class PickedFile:
    """A file read from disk and checked, not yet in the store."""

    filename: str
    data: bytes
    media_type: str

    def attach(self, session: Session, young_person_id: str, *, kind: str,
               attached_to: str = "", attached_to_id: str | None = None,
               signed_on: date | None = None) -> DocumentRow:
        """Hold it in the store (call inside the dialog's write, in the worker)."""
        return documents.attach(session, young_person_id, self.data, self.filename, kind=kind,
                                attached_to=attached_to, attached_to_id=attached_to_id,
                                signed_on=signed_on)


def documents_folder() -> str:
    """Where the file dialogs start: the user's Documents folder."""
    return (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or str(Path.home()))


def file_filter() -> str:
    patterns = " ".join(f"*.{e}" for e in documents.EXTENSIONS)
    return ";;".join((translate("Record",
                                "Documents and pictures ({patterns})").format(patterns=patterns),
                      translate("Record", "All files (*)")))


def read_checked(path: Path) -> PickedFile:
    """The file at ``path``, checked; :class:`ValidationError` or :class:`OSError` if not."""
    # Refused before reading: a film or a disk image is never read into memory.
    documents.check_size(path.stat().st_size)
    data = path.read_bytes()
    found = documents.check_file(data, path.name)
    return PickedFile(path.name, data, found.media_type)


def pick_file(parent: QWidget, interaction: Interaction, caption: str) -> PickedFile | None:
    """Ask for a file, read and check it; a refused file is explained and None returned."""
    chosen, _filter = QFileDialog.getOpenFileName(parent, caption, documents_folder(),
                                                  file_filter())
    if not chosen:
        return None
    try:
        return read_checked(Path(chosen))
    except ValidationError as exc:
        interaction.warn(parent, translate("Record", "Not attached"), exc.message)
    except OSError as exc:
        interaction.warn(parent, translate("Record", "Not attached"),
                         translate("Record", "The file could not be read ({reason}). Nothing was "
                                             "attached.").format(
                             reason=exc.strerror or translate("Record", "unknown error")))
    return None


class SignedFormField(QWidget):
    """"No signed form attached" and a button to choose one; the dialog attaches it."""

    changed = Signal()

    def __init__(self, interaction: Interaction, what: str = "",
                 parent: QWidget | None = None) -> None:
        """``what``: the caption of the file dialog ("Attach the signed consent form")."""
        super().__init__(parent)
        self._interaction = interaction
        self._what = what or self.tr("Attach the signed form")
        self._picked: PickedFile | None = None
        self.status = QLabel(self.tr("No signed form attached"))
        self.status.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Attach signed form…"))
        self.choose_button.setAccessibleName(self.tr("Attach signed form"))
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(self.tr("Do not attach"))
        self.clear_button.setAccessibleName(self.tr("Do not attach the signed form"))
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.hide()
        # Enter in the dialog's fields saves the dialog: these never become its default.
        for button in (self.choose_button, self.clear_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)

    def picked(self) -> PickedFile | None:
        return self._picked

    def set_picked(self, picked: PickedFile | None) -> None:
        self._picked = picked
        if picked is None:
            self.status.setText(self.tr("No signed form attached"))
        else:
            self.status.setText(self.tr("{name} ({size}) will be attached when you save").format(
                name=picked.filename, size=documents.size_text(len(picked.data))))
        self.status.setAccessibleName(self.status.text())
        self.clear_button.setVisible(picked is not None)
        self.changed.emit()

    def choose(self) -> None:
        picked = pick_file(self, self._interaction, self._what)
        if picked is not None:
            self.set_picked(picked)

    def clear(self) -> None:
        self.set_picked(None)
        self.choose_button.setFocus()


def attach_now(ctx: AppContext, parent: QWidget, young_person_id: str, *, kind: str,
               attached_to: str = "", attached_to_id: str | None = None,
               caption: str = "", on_done: Callable[[DocumentRow], None] | None = None) -> None:
    """Choose a file and attach it at once (to the young person, or to the consent or
    allocation named); the Documents tab and the header refresh from the hub."""
    picked = pick_file(parent, ctx.interaction, caption or translate("Record", "Attach a document"))
    if picked is None:
        return

    def job(store: Store) -> Written[DocumentRow]:
        return store.write(lambda s: picked.attach(
            s, young_person_id, kind=kind, attached_to=attached_to,
            attached_to_id=attached_to_id), young_person_id=young_person_id)

    def done(written: Written[DocumentRow]) -> None:
        if on_done is not None:
            on_done(written.value)

    run_op(ctx, job, done, lambda exc: show_error(ctx, parent, exc, None), owner=parent,
           parent=parent, label="attach a document")
