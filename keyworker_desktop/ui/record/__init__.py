"""The young person's record screen: a header and one module per tab."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from keyworker_desktop.ui.record.record_view import RecordView

__all__ = ["RecordView"]


def __getattr__(name: str) -> Any:
    # Lazily, so that importing ``record_screen`` (to install it) does not import every tab.
    if name == "RecordView":
        from keyworker_desktop.ui.record.record_view import RecordView

        return RecordView
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
