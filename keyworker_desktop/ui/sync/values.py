"""How a synced value and its time read in the conflict and history dialogs (both use them)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from keyworker_desktop.ui.sync import tr


def value_text(value: Any, field: str = "") -> str:
    """A stored value in words: empty, yes/no, deleted or kept, or the text itself."""
    if field == "deleted_at":
        return tr("Deleted") if value else tr("Kept (not deleted)")
    if value is None or value == "":
        return tr("(empty)")
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    return str(value)


def when_text(at: datetime | None) -> str:
    return at.strftime("%d %b %Y, %H:%M") if at is not None else tr("time not known")
