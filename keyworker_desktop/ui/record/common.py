"""Shared pieces of the record screen: translation, jobs, field errors and the tab base.

Tabs never touch the database themselves: ``fetch`` (run in the worker by
:func:`~keyworker_desktop.ui.operations.run_op`) calls a service and returns plain
data, ``show_data`` puts it on screen. Writes go through :meth:`RecordTab.write`,
a store write whose result carries what it changed (an :class:`OpChanges` filled by
the write hook), so every screen showing this young person refreshes itself from the hub.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QDate, QDateTime, QSize, QTime, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.opchanges import OpChanges, Written
from keyworker_desktop.ui.announce import announce
from keyworker_desktop.ui.date_fields import DateField
from keyworker_desktop.ui.lazy_screen import RefreshWhenShown
from keyworker_desktop.ui.operations import describe_error, run_op
from keyworker_desktop.ui.table_model import ROW_ROLE

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext

T = TypeVar("T")


def read_job(fn: Callable[[Session], T]) -> Callable[[Store], T]:
    def job(store: Store) -> T:
        with store.session() as session:
            return fn(session)

    return job


# -- dates ---------------------------------------------------------------------------
def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def qdatetime(dt: datetime) -> QDateTime:
    return QDateTime(qdate(dt.date()), QTime(dt.hour, dt.minute, dt.second))


def py_datetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


def py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def show_date(d: date | None) -> str:
    return format_date(d, "d MMM yyyy")


def show_datetime(dt: datetime | None) -> str:
    return format_date(dt, "d MMM yyyy HH:mm")


def local_time(utc: datetime) -> datetime:
    """A stamp the store wrote in UTC (signed, ticked), as this computer's local time."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def show_stamp(utc: datetime | None) -> str:
    """A UTC stamp shown in local time."""
    return show_datetime(local_time(utc)) if utc else ""


class OptionalDateEdit(DateField):
    """A date that may be left blank ("Not recorded"), typed day first or picked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, optional=True)


class TextBox(QPlainTextEdit):
    """Multi-line text that asks for about ``lines`` lines and lets the page take the rest.

    Tab moves on to the next field (Ctrl+Tab types a tab), as in any form.
    """

    def __init__(self, text: str = "", lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint()
        margins = self.contentsMargins()
        height = (self.fontMetrics().lineSpacing() * self.lines + margins.top() + margins.bottom()
                  + 2 * self.frameWidth() + 2 * int(self.document().documentMargin()))
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 2)


# -- problems beside fields -------------------------------------------------------------
ERROR_INK = QColor("#a4161a")
WARNING_INK = QColor("#7a4b00")


class ErrorLabel(QLabel):
    """A problem shown under the field it concerns: words and a mark, not colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setAccessibleName(self.tr("Problem"))
        self.hide()

    def show_message(self, message: str, warning: bool = False) -> None:
        prefix = self.tr("Check:") if warning else self.tr("Problem:")
        self.setText(f"⚠ {prefix} {message}")
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, WARNING_INK if warning else ERROR_INK)
        self.setPalette(palette)
        self.setVisible(bool(message))


class FieldErrors:
    """Problems shown under the fields they concern, filled from a ValidationError.

    A field's error label is made the first time it is needed and put in the row
    under the field, so a form with many fields costs nothing until something is wrong.
    """

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self.labels: dict[str, ErrorLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._rows: dict[str, tuple[QFormLayout, QWidget]] = {}

    def register(self, field: str, form: QFormLayout, row_widget: QWidget,
                 focus: QWidget | None = None) -> None:
        self.fields[field] = focus or row_widget
        self._rows[field] = (form, row_widget)

    def _label(self, field: str) -> ErrorLabel | None:
        if field in self.labels:
            return self.labels[field]
        if field not in self._rows:
            return None
        form, row_widget = self._rows[field]
        # PySide6's stubs type the position as ``object`` and leave out that a row's label
        # may be None (no label: the message sits under the field, not beside a caption).
        row, _role = cast(tuple[int, QFormLayout.ItemRole], form.getWidgetPosition(row_widget))
        label = ErrorLabel()
        form.insertRow(row + 1, cast(QWidget, None), label)
        self.labels[field] = label
        return label

    def clear(self) -> None:
        for label in (*self.labels.values(), self.general):
            label.clear()
            label.hide()
        for widget in self.fields.values():
            widget.setAccessibleDescription("")

    def show(self, exc: ValidationError) -> None:
        self.show_problems([(p.field, p.message, p.severity == "warning") for p in exc.problems])

    def show_problems(self, problems: list[tuple[str, str, bool]]) -> None:
        self.clear()
        leftover: list[str] = []
        first: QWidget | None = None
        for field, message, warning in problems:
            label = self._label(field)
            if label is None:
                leftover.append(message)
                continue
            label.show_message(message, warning)
            self.fields[field].setAccessibleDescription(message)
            if not warning:
                first = first or self.fields[field]
        if leftover:
            self.general.show_message(" ".join(leftover))
        if first is not None:
            first.setFocus()
        # The focus lands on the first field, not on its message: say the problems aloud.
        announce(self.general, " ".join(message for _field, message, _warning in problems),
                 assertive=first is not None)

    def message(self, field: str) -> str:
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def add_row(form: QFormLayout, text: str, widget: QWidget, errors: FieldErrors | None = None,
            field: str | None = None, buddy: QWidget | None = None) -> QLabel:
    """A labelled row whose label is the field's buddy and accessible name."""
    label = QLabel(text)
    label.setBuddy(buddy or widget)
    label.setWordWrap(True)
    (buddy or widget).setAccessibleName(text.replace("&", ""))
    form.addRow(label, widget)
    if errors is not None and field:
        errors.register(field, form, widget, buddy)
    return label


def name_buttons(root: QWidget) -> None:
    """Give every button and tick box its own words as its accessible name, if it has none."""
    for button in root.findChildren(QAbstractButton):
        if not button.accessibleName():
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))


def new_form() -> QFormLayout:
    form = QFormLayout()
    # Labels above fields when the window is narrow or text is large.
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


# -- the tab base ---------------------------------------------------------------------
class RecordTab(RefreshWhenShown):
    """A tab of one young person's record that loads lazily and refreshes from the hub."""

    #: Tables whose change makes this tab reload.
    ENTITIES: frozenset[str] = frozenset()

    def __init__(self, ctx: AppContext, young_person_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.young_person_id = young_person_id
        self._stale = True
        self.loads = 0
        self._reveal: str | None = None
        ctx.hub.changes_applied.connect(self.on_changes_applied)

    def reveal(self, record_id: str) -> None:
        """Select the row of ``record_id`` (now, or once loaded): a search result opened."""
        self._reveal = record_id or None
        if self.loads and self._reveal:
            self._try_reveal()

    def _try_reveal(self) -> None:
        wanted = self._reveal
        for view in self.findChildren(QTableView):
            model = view.model()
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                data = index.data(ROW_ROLE)
                if any(getattr(data, attr, None) == wanted
                       for attr in ("id", "professional_id", "link_id", "record_id")):
                    self._reveal = None
                    view.setCurrentIndex(index)
                    view.scrollTo(index)
                    view.setFocus()
                    return

    @Slot(object, object)
    def on_changes_applied(self, changes: OpChanges, _initiator: object | None) -> None:
        if changes.removes(self.young_person_id):
            self._stale = False  # nothing left to load: the record screen says so
            return
        if not changes.touches_young_person(self.young_person_id):
            return
        if changes.everything or changes.touches(*self.ENTITIES):
            self._refresh_or_mark_stale()

    def ensure_loaded(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        self._stale = False
        run_op(self.ctx, read_job(self.make_fetch()), self._show, owner=self, parent=self,
               label=f"load {type(self).__name__}")

    def _show(self, data: Any) -> None:
        self.loads += 1
        self.show_data(data)
        if self._reveal:
            self._try_reveal()

    def make_fetch(self) -> Callable[[Session], Any]:
        """The read to run, made on the main thread (capture any widget state here)."""
        return self.fetch

    def fetch(self, session: Session) -> Any:
        """Runs in the worker: call services, return plain data. Never touch widgets."""
        raise NotImplementedError

    def show_data(self, data: Any) -> None:
        raise NotImplementedError

    def write(self, fn: Callable[[Session], T], on_done: Callable[[T], None] | None = None,
              errors: FieldErrors | None = None, label: str = "",
              on_failed: Callable[[BaseException], None] | None = None) -> None:
        """Run a service write in the background; problems go beside the fields."""

        def done(result: Written[T]) -> None:
            if errors is not None:
                errors.clear()
            if on_done is not None:
                on_done(result.value)

        def failed(exc: BaseException) -> None:
            show_error(self.ctx, self, exc, errors)
            if on_failed is not None:
                on_failed(exc)

        yp_id = self.young_person_id
        run_op(self.ctx, lambda store: store.write(fn, young_person_id=yp_id), done, failed,
               owner=self, parent=self, label=label or f"save in {type(self).__name__}",
               initiator=self)


def show_error(ctx: AppContext, parent: QWidget, exc: BaseException,
               errors: FieldErrors | None) -> None:
    """A refused write beside its fields; anything else as a plain notice, no traceback."""
    if isinstance(exc, ValidationError) and errors is not None:
        errors.show(exc)
    else:
        ctx.interaction.warn(parent, translate("Record", "Not saved"), describe_error(exc))
