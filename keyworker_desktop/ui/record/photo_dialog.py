"""Cropping a photograph to a square before it is kept on the record.

The square can be moved with the mouse or the arrow keys (Shift: larger steps) and made
bigger or smaller with the size slider, + and - or the mouse wheel. The crop is scaled to
at most ``PHOTO_PIXELS`` square and kept as a PNG.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QImageWriter,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSizePolicy,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.services.photo import PHOTO_PIXELS

MIN_SIDE_SHARE = 10  # the square is at least this % of the picture's shorter side


class CropArea(QWidget):
    """The picture with a square selection over it, in the picture's own pixels."""

    selection_changed = Signal()

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = image
        self.max_side = min(image.width(), image.height())
        side = self.max_side
        self.selection = QRect((image.width() - side) // 2, (image.height() - side) // 2,
                               side, side)
        self._drag_from: QPoint | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(240, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Photograph to crop"))
        self.setAccessibleDescription(self.tr(
            "Arrow keys move the square, Shift with an arrow moves it further; plus and "
            "minus make it bigger or smaller."))

    # -- geometry ------------------------------------------------------------------------
    def _scale(self) -> float:
        return min(self.width() / self.image.width(), self.height() / self.image.height())

    def _shown(self) -> QRectF:
        s = self._scale()
        w, h = self.image.width() * s, self.image.height() * s
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _on_screen(self, rect: QRect) -> QRectF:
        shown, s = self._shown(), self._scale()
        return QRectF(shown.x() + rect.x() * s, shown.y() + rect.y() * s,
                      rect.width() * s, rect.height() * s)

    def _clamped(self, rect: QRect) -> QRect:
        side = max(1, min(rect.width(), self.max_side))
        x = min(max(0, rect.x()), self.image.width() - side)
        y = min(max(0, rect.y()), self.image.height() - side)
        return QRect(x, y, side, side)

    def set_selection(self, rect: QRect) -> None:
        clamped = self._clamped(rect)
        if clamped != self.selection:
            self.selection = clamped
            self.update()
            self.selection_changed.emit()

    def move_by(self, dx: int, dy: int) -> None:
        self.set_selection(self.selection.translated(dx, dy))

    def set_side(self, side: int) -> None:
        """Resize about the square's centre."""
        side = max(self.max_side * MIN_SIDE_SHARE // 100, min(side, self.max_side), 1)
        centre = self.selection.center()
        self.set_selection(QRect(centre.x() - side // 2, centre.y() - side // 2, side, side))

    # -- painting and input --------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        shown = self._shown()
        painter.drawImage(shown, self.image)
        square = self._on_screen(self.selection)
        shade = QColor(0, 0, 0, 140)
        for part in (QRectF(shown.left(), shown.top(), shown.width(), square.top() - shown.top()),
                     QRectF(shown.left(), square.bottom(), shown.width(),
                            shown.bottom() - square.bottom()),
                     QRectF(shown.left(), square.top(), square.left() - shown.left(),
                            square.height()),
                     QRectF(square.right(), square.top(), shown.right() - square.right(),
                            square.height())):
            painter.fillRect(part, shade)
        pen = QPen(QColor("#ffffff"), 3 if self.hasFocus() else 2)
        pen.setStyle(Qt.PenStyle.SolidLine if self.hasFocus() else Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(square)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position().toPoint()
            self.setFocus()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._drag_from is None:
            return
        at = event.position().toPoint()
        s = self._scale()
        delta = at - self._drag_from
        dx, dy = round(delta.x() / s), round(delta.y() / s)
        if dx or dy:
            self.move_by(dx, dy)
            self._drag_from = at

    def mouseReleaseEvent(self, _event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._drag_from = None

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        step = self.max_side // 20 or 1
        self.set_side(self.selection.width() + (step if event.angleDelta().y() > 0 else -step))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        step = max(1, self.max_side // (10 if event.modifiers()
                                        & Qt.KeyboardModifier.ShiftModifier else 50))
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step)}
        key = Qt.Key(event.key())
        if key in moves:
            self.move_by(*moves[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_side(self.selection.width() + self.max_side // 20)
        elif key == Qt.Key.Key_Minus:
            self.set_side(self.selection.width() - self.max_side // 20)
        else:
            super().keyPressEvent(event)

    def cropped(self) -> QImage:
        """The square, scaled down to at most PHOTO_PIXELS."""
        part = self.image.copy(self.selection)
        if part.width() > PHOTO_PIXELS:
            part = part.scaled(PHOTO_PIXELS, PHOTO_PIXELS, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
        return part


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    buffer.close()
    return bytes(data.data())


class PhotoCropDialog(QDialog):
    """Crop a picture to a square; :meth:`png` is the result once accepted."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Crop the photograph"))
        hint = QLabel(self.tr("Move the square over the face with the mouse or the arrow keys, and "
                              "set its size. Only the square is kept."))
        hint.setWordWrap(True)
        self.area = CropArea(image)
        self.size_slider = QSlider(Qt.Orientation.Horizontal)
        self.size_slider.setRange(MIN_SIDE_SHARE, 100)
        self.size_slider.setValue(100)
        size_label = QLabel(self.tr("&Size of the square"))
        size_label.setBuddy(self.size_slider)
        self.size_slider.setAccessibleName(self.tr("Size of the square"))
        self.size_slider.valueChanged.connect(
            lambda value: self.area.set_side(self.area.max_side * value // 100))
        self.area.selection_changed.connect(self._follow_area)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Use this photograph"))
        self.save_button.setAccessibleName(self.tr("Use this photograph"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.area, 1)
        layout.addWidget(size_label)
        layout.addWidget(self.size_slider)
        layout.addWidget(buttons)
        self.resize(560, 620)
        self.area.setFocus()

    def _follow_area(self) -> None:
        share = round(self.area.selection.width() * 100 / max(1, self.area.max_side))
        self.size_slider.blockSignals(True)
        self.size_slider.setValue(share)
        self.size_slider.blockSignals(False)

    def png(self) -> bytes:
        return png_bytes(self.area.cropped())
