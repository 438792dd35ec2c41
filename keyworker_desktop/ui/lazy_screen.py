"""Screens that load when first shown and, while hidden, only note that they are stale."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from keyworker_desktop.store.opchanges import OpChanges


class RefreshWhenShown:
    """Mixin for a QWidget screen: put it before QWidget in the bases.

    The screen defines ``refresh()`` (which clears ``_stale``) and ``watched``,
    the entities whose changes concern it; it connects the hub's
    ``changes_applied`` and ``store_opened`` to ``_on_changes`` and
    ``_on_store_opened``. A screen nobody opens costs nothing, and one that is
    hidden refreshes once when it is shown again.
    """

    watched: tuple[str, ...] = ()
    _stale: bool = True

    def needs_refresh_on_show(self) -> bool:
        return self._stale

    def _refresh_or_mark_stale(self) -> None:
        if self.isVisible():  # type: ignore[attr-defined]  # QWidget's
            self.refresh()  # type: ignore[attr-defined]  # the screen's
        else:
            self._stale = True

    def _on_changes(self, changes: OpChanges, _initiator: object | None) -> None:
        if changes.touches(*self.watched):
            self._refresh_or_mark_stale()

    def _on_store_opened(self) -> None:
        self._refresh_or_mark_stale()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)  # type: ignore[misc]
        if self.needs_refresh_on_show():
            self.refresh()  # type: ignore[attr-defined]
