"""The settings dialog: one row for each option a keyworker may change.

Built from the declarations in :mod:`keyworker_desktop.store.settings` (title, type,
range, scale, which yes/no option enables which), so offering a new option is one
declaration there and nothing here. Values are read and saved in the background
(``run_op``); Save writes every change in one transaction, Cancel or Escape stores
nothing, and "Restore defaults" only fills the form until Save. The save says it
changed ``setting``, so the window (the idle lock) and an open network map apply
the new values at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.store import settings
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.ui.language import LANGUAGES, chosen_language, default_language
from keyworker_desktop.ui.operations import describe_error, run_op
from keyworker_desktop.ui.window_state import WindowState

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.store.settings import Option
    from keyworker_desktop.ui.context import AppContext
    from keyworker_desktop.ui.shell import Shell

#: The options the dialog offers, in order (a test may offer others).
OPTIONS: tuple[Option[Any], ...] = settings.USER_EDITABLE


def shown(option: Option[Any], stored: Any) -> Any:
    """What the form shows for a stored value: whole units of the display (pounds)."""
    if option.type is int:
        return round(stored / option.scale)
    return stored


def stored(option: Option[Any], value: Any) -> Any:
    """The value to store for what the form shows."""
    if option.type is int:
        return int(value) * option.scale
    return value


class SettingsDialog(QDialog):
    """The options of :data:`OPTIONS`, each with its title as its label."""

    #: Saved: the values written, by key (after the store has them).
    settings_saved = Signal(dict)
    #: The stored values are in the form (after opening).
    values_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 options: tuple[Option[Any], ...] = OPTIONS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.options = options
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self.editors: dict[str, QSpinBox | QCheckBox] = {}
        self.labels: dict[str, QLabel] = {}
        # What the store held when the form was filled, as the form shows it.
        self._loaded: dict[str, Any] = {}
        self.form = QFormLayout()
        # Labels above fields when the window is narrow or the text is large.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_language_row()
        for option in options:
            self._add_row(option)
        for option in options:
            if option.enabled_by is not None and option.enabled_by.key in self.editors:
                switch = self.editors[option.enabled_by.key]
                assert isinstance(switch, QCheckBox)
                switch.toggled.connect(self.editors[option.key].setEnabled)
        self.body = QWidget()
        self.body.setLayout(self.form)
        self.body.setEnabled(False)  # until the stored values are in
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Tab goes to the fields (the area scrolls to each), not to the area itself.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(self.body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults)
        self.save_button = self._button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.save_button.setEnabled(False)
        self.defaults_button = self._button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setText(self.tr("&Restore defaults"))
        self.defaults_button.setEnabled(False)
        self.defaults_button.clicked.connect(self.restore_defaults)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setAccessibleName(button.text().replace("&", ""))
            if isinstance(button, QPushButton) and button is not self.save_button:
                # Cancel has the focus while the values load; an auto-default button
                # would stay the default and Enter in a field would cancel.
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.buttons)
        run_op(ctx, _reader(options), self._show_values, self._load_failed, owner=self,
               label="read settings")

    def _button(self, which: QDialogButtonBox.StandardButton) -> QPushButton:
        button = self.buttons.button(which)
        assert button is not None
        return button

    def _add_language_row(self) -> None:
        """The interface's language: kept on this laptop (the lock screen speaks it too)."""
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._loaded_language = chosen_language(self.ctx.data_dir)
        self.language.setCurrentIndex(max(0, self.language.findData(self._loaded_language)))
        title = self.tr("Language")
        self.language.setAccessibleName(title)
        self.language.view().setAccessibleName(self.tr("Language: the choices"))
        label = _TitleLabel(title)
        label.setBuddy(self.language)
        self.form.addRow(label, self.language)
        self.language_note = QLabel(self.tr(
            "The app uses the new language the next time it starts."))
        self.language_note.setWordWrap(True)
        self.form.addRow(self.language_note)

    def _save_language(self) -> None:
        code = self.language.currentData()
        if code != self._loaded_language:
            WindowState(self.ctx.data_dir).set_language(code)
            self._loaded_language = code

    def _add_row(self, option: Option[Any]) -> None:
        # Titles and prefixes are marked in store.settings, in the "Settings" context.
        title = translate("Settings", option.title)
        editor: QSpinBox | QCheckBox
        if option.type is bool:
            # The title goes in a label that wraps (a tick box's own text never does).
            editor = QCheckBox()
        elif option.type is int:
            editor = QSpinBox()
            low = option.minimum if option.minimum is not None else 0
            high = option.maximum if option.maximum is not None else 2**31 - 1
            editor.setRange(low // option.scale, high // option.scale)
            editor.setPrefix(translate("Settings", option.prefix) if option.prefix else "")
            editor.setGroupSeparatorShown(True)
            # The spin box's own text field takes the focus: a screen reader names that.
            editor.lineEdit().setAccessibleName(title)
        else:
            raise TypeError(f"no editor for {option.key}: {option.type.__name__}")
        label = _TitleLabel(title)
        label.setBuddy(editor)
        editor.setObjectName(option.key)
        editor.setAccessibleName(title)
        self.labels[option.key] = label
        self.editors[option.key] = editor
        self.form.addRow(label, editor)

    # -- values ------------------------------------------------------------------------
    def value(self, option: Option[Any]) -> Any:
        """What the form shows for ``option`` (pounds, not pence)."""
        editor = self.editors[option.key]
        return editor.isChecked() if isinstance(editor, QCheckBox) else editor.value()

    def set_value(self, option: Option[Any], value: Any) -> None:
        editor = self.editors[option.key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        else:
            editor.setValue(int(value))

    def _fill(self, values: dict[str, Any]) -> None:
        """Put shown values in the form; what an on/off switches follows it."""
        for option in self.options:
            self.set_value(option, values[option.key])
        for option in self.options:
            if option.enabled_by is not None and option.enabled_by.key in self.editors:
                self.editors[option.key].setEnabled(bool(values[option.enabled_by.key]))

    def _show_values(self, values: dict[str, Any]) -> None:
        self._loaded = {o.key: shown(o, values[o.key]) for o in self.options}
        self._fill(self._loaded)
        self.body.setEnabled(True)
        self.save_button.setEnabled(True)
        self.defaults_button.setEnabled(True)
        first = self.editors[self.options[0].key] if self.options else None
        if first is not None:
            first.setFocus()
        self.values_loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.ctx.interaction.warn(self, self.tr("Settings"), describe_error(exc))
        self.reject()

    def restore_defaults(self) -> None:
        """Fill the form with every option's default; nothing is stored until Save."""
        self._fill({o.key: shown(o, o.default) for o in self.options})
        self.language.setCurrentIndex(max(0, self.language.findData(default_language())))

    def changes(self) -> dict[str, Any]:
        """The values to store: only those changed in the form since it was filled.

        A stored value the form cannot show exactly (pence under a pound) stays as
        it is unless its row is changed.
        """
        return {o.key: stored(o, self.value(o)) for o in self.options
                if self.value(o) != self._loaded.get(o.key)}

    # -- saving ------------------------------------------------------------------------
    def save(self) -> None:
        self._save_language()
        values = self.changes()
        if not values:
            self.accept()
            return
        self.save_button.setEnabled(False)
        run_op(self.ctx, _writer(values), lambda _c: self._saved(values), self._save_failed,
               owner=self, label="save settings", initiator=self)

    def _saved(self, values: dict[str, Any]) -> None:
        self.settings_saved.emit(values)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.ctx.interaction.warn(self, self.tr("Settings not saved"), describe_error(exc))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Room for the whole form at any text size, within the screen."""
        hint = self.body.sizeHint()
        spare = self.fontMetrics().lineSpacing() * 3
        wanted = QSize(max(hint.width(), self.buttons.sizeHint().width()) + spare,
                       hint.height() + self.buttons.sizeHint().height() + spare)
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size() * 0.9)
        return wanted


class _TitleLabel(QLabel):
    """An option's title: wraps at any text size; a click on it works its tick box."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        buddy = self.buddy()
        if isinstance(buddy, QCheckBox) and buddy.isEnabled():
            buddy.click()
        elif buddy is not None:
            buddy.setFocus(Qt.FocusReason.MouseFocusReason)


def _reader(options: tuple[Option[Any], ...]) -> Callable[[Store], dict[str, Any]]:
    def read(store: Store) -> dict[str, Any]:
        with store.session() as session:
            return settings.get_many(session, options)
    return read


def _writer(values: dict[str, Any]) -> Callable[[Store], OpChanges]:
    def write(store: Store) -> OpChanges:
        with store.transaction() as session:
            settings.put_many(session, values)
        # Settings are local and unstamped, so the write hook notes nothing: say it here.
        return OpChanges.of([settings.ENTITY])
    return write


def open_settings(shell: Shell) -> SettingsDialog:
    """Show the settings dialog over the window (the one already open, if any)."""
    window = shell.window()
    for dialog in window.findChildren(SettingsDialog):
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = SettingsDialog(shell.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Window-modal and not exec(): nothing blocks, and locking closes it (as every dialog).
    dialog.open()
    return dialog


def install_settings(shell: Shell) -> None:
    """File › Settings… (Ctrl+,) opens the dialog while the store is open."""
    def show() -> None:
        open_settings(shell)

    shell.connect_action("settings", show)
