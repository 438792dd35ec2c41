"""The young person's record screen: a header and one module per tab."""

from keyworker_desktop.ui.record.record_view import RecordView

__all__ = ["RecordView"]
