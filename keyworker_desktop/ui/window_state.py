"""What the window remembers between runs outside the store: its geometry and the organisation.

The lock screen shows before the store is open, so what it needs at start cannot
live in the encrypted store. Only what is not personal data is kept here, in a
small ini file in the data folder: the window's size and position, the
organisation's name (which the lock screen shows anyway) and the interface's language.
Nothing about a young person or a keyworker ever goes in this file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

WINDOW_FILE = "window.ini"
_GEOMETRY = "window/geometry"
_ORGANISATION = "lock_screen/organisation"
_LANGUAGE = "interface/language"


class WindowState:
    """Reads and writes ``<data folder>/window.ini``."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / WINDOW_FILE
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _write(self, key: str, value: object) -> None:
        # Before first run the folder may not exist yet: make it private, as the store does,
        # rather than let QSettings make it with the default mode.
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._settings.setValue(key, value)
        self._settings.sync()

    def geometry(self) -> QByteArray | None:
        value = self._settings.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._write(_GEOMETRY, geometry)

    def organisation(self) -> str:
        value = self._settings.value(_ORGANISATION, "")
        return value if isinstance(value, str) else ""

    def set_organisation(self, name: str) -> None:
        if name == self.organisation():
            return
        self._write(_ORGANISATION, name)

    def language(self) -> str:
        """The interface language chosen on this laptop ("" until one is chosen)."""
        value = self._settings.value(_LANGUAGE, "")
        return value if isinstance(value, str) else ""

    def set_language(self, code: str) -> None:
        if code == self.language():
            return
        self._write(_LANGUAGE, code)
