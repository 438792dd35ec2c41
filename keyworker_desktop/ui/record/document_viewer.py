"""A document shown inside the app: a PDF (when Qt's PDF module is installed) or a picture.

Other kinds cannot be shown here; the viewer says so and offers "Save a copy…", which the
Documents tab carries out (with its warning and audit). Nothing is written to disk to show
a document: the bytes go from the store to the widget.
"""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.services.documents import DocumentRow, size_text

VIEW_SIZE = QSize(900, 700)


def pdf_viewer_available() -> bool:
    """Whether Qt's PDF widgets are installed (PySide6-Addons; PySide6-Essentials lacks them)."""
    return (importlib.util.find_spec("PySide6.QtPdf") is not None
            and importlib.util.find_spec("PySide6.QtPdfWidgets") is not None)


class DocumentViewer(QDialog):
    """One document, read-only. ``save_copy_requested`` asks the tab to save a copy."""

    save_copy_requested = Signal(object)  # the DocumentRow

    def __init__(self, row: DocumentRow, content: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(row.filename)
        self.setAccessibleName(self.tr("Document: {name}").format(name=row.filename))
        self.shown_as = ""
        self._buffer: QBuffer | None = None
        self._pdf: object | None = None
        layout = QVBoxLayout(self)
        body = self._body(row, content)
        layout.addWidget(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.setAccessibleName(self.tr("Save a copy (not encrypted)"))
        self.save_button.clicked.connect(lambda: self.save_copy_requested.emit(self.row))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
        self.resize(VIEW_SIZE)

    def _body(self, row: DocumentRow, content: bytes) -> QWidget:
        if row.viewer == "image":
            image = QImage.fromData(content)
            if not image.isNull():
                return self._picture(image)
        if row.viewer == "pdf" and pdf_viewer_available():
            return self._pdf_view(content)
        self.shown_as = "message"
        if row.viewer == "pdf":
            text = self.tr("PDFs cannot be shown inside the app on this computer. Save a copy to "
                           "open it in a PDF reader; the copy is not encrypted.")
        else:
            text = self.tr("{name} ({size}) cannot be shown inside the app. Save a copy to open it "
                           "with another program; the copy is not encrypted.").format(
                          name=row.filename, size=size_text(row.size_bytes))
        message = QLabel(text)
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        message.setAccessibleName(text)
        return message

    def _picture(self, image: QImage) -> QWidget:
        self.shown_as = "image"
        room = VIEW_SIZE - QSize(40, 80)
        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(room, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.picture = QLabel()
        self.picture.setPixmap(pixmap)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Picture: {name}").format(name=self.row.filename))
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        scroll.setAccessibleName(self.tr("Picture"))
        return scroll

    def _pdf_view(self, content: bytes) -> QWidget:  # pragma: no cover - needs PySide6-Addons
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.shown_as = "pdf"
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(content))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(self._buffer)
        self._pdf = document
        view = QPdfView(self)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(document)
        view.setAccessibleName(self.tr("PDF: {name}").format(name=self.row.filename))
        return view
