"""How a synced value and its time read in the conflict and history dialogs (both use them)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import translate


def value_text(value: Any, field: str = "") -> str:
    """A stored value in words: empty, yes/no, deleted or kept, or the text itself."""
    if field == "deleted_at":
        return translate("Sync", "Deleted") if value else translate("Sync", "Kept (not deleted)")
    if value is None or value == "":
        return translate("Sync", "(empty)")
    if isinstance(value, bool):
        return translate("Sync", "Yes") if value else translate("Sync", "No")
    return str(value)


def when_text(at: datetime | None) -> str:
    if at is None:
        return translate("Sync", "time not known")
    return format_date(at, "dd MMM yyyy, HH:mm")
