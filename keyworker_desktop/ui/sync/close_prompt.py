"""Closing with changes not yet synced: "Sync now", "Quit anyway" or "Cancel".

A keyworker may be offline, so quitting is always allowed: nothing is lost,
the changes stay encrypted on the laptop and go up at the next sync. A demo
store's changes can never sync, so quitting one asks nothing about syncing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from keyworker_desktop.domain.i18n import translate

if TYPE_CHECKING:
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.shell import Shell


def unsynced_changes(store: Store) -> int:
    """Read now, on the GUI thread: one count, and the answer must be current.

    A demo store never syncs, so it has nothing waiting to go up: 0.
    """
    from keyworker_desktop.services.status import unsynced_count
    from keyworker_desktop.store import settings

    with store.session() as session:
        if settings.get(session, settings.DEMO_CASELOAD):
            return 0
        return unsynced_count(session)


def may_close(shell: Shell, *, syncing: bool, sync_then_close: Callable[[], None]) -> bool:
    """Whether the window may close now; asks through the interaction service."""
    ctx, window = shell.ctx, shell.window()
    store = ctx.store
    if store is None:
        return True
    if syncing:
        return ctx.interaction.confirm(
            window, translate("Sync", "A sync is running"),
            translate("Sync",
                      "A sync is running. Stop it safely and quit? Anything not sent yet stays on "
                      "this laptop and goes up next time."))
    count = unsynced_changes(store)
    if not count:
        return True
    sync_now = translate("Sync", "Sync now")
    quit_anyway = translate("Sync", "Quit anyway")
    cancel = translate("Sync", "Cancel")
    text = (translate("Sync", "You have 1 change not yet synced.") if count == 1
            else translate("Sync", "You have {count} changes not yet synced.").format(count=count))
    text += "\n\n" + translate("Sync",
                               "If you quit, nothing is lost: they stay encrypted on this laptop "
                               "and go up next time you sync.")
    answer = ctx.interaction.ask(window, translate("Sync", "Changes not yet synced"), text,
                                 [sync_now, quit_anyway, cancel])
    if answer == quit_anyway:
        return True
    if answer == sync_now:
        sync_then_close()
    return False
