"""Widgets that load when first shown and, while hidden, only note that they are stale.

The one "refresh when shown" mechanism: the day's screens and the record's tabs
use it alike.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from keyworker_desktop.store.opchanges import OpChanges


class RefreshWhenShown(QWidget):
    """A widget that loads itself when shown, if anything changed since it last loaded.

    Subclasses define :meth:`refresh` (which clears ``_stale``) and ``watched``,
    the entities whose changes concern them; a screen connects the hub's
    ``changes_applied`` and ``store_opened`` to ``_on_changes`` and
    ``_on_store_opened`` (a record tab filters by young person in its own handler
    and calls :meth:`_refresh_or_mark_stale`). One nobody opens costs nothing,
    and one that is hidden refreshes once when it is shown again.
    """

    watched: tuple[str, ...] = ()
    _stale: bool = True

    def refresh(self) -> None:
        """Load in the background and show the result; clears ``_stale``."""
        raise NotImplementedError

    def needs_refresh_on_show(self) -> bool:
        return self._stale

    def _refresh_or_mark_stale(self) -> None:
        """Something this shows changed: load it now if shown, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def _on_changes(self, changes: OpChanges, _initiator: object | None) -> None:
        if changes.touches(*self.watched):
            self._refresh_or_mark_stale()

    def _on_store_opened(self) -> None:
        self._refresh_or_mark_stale()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.needs_refresh_on_show():
            self.refresh()
