"""A date typed day first (14/03/2012), as people in the UK write it, or picked from a calendar.

Shared by the forms that take dates typed from paper: the new referral, triage and consent.
Every date field now reads typing this way (``ui.date_fields``); the name stays for
these forms' fields.
"""

from __future__ import annotations

from keyworker_desktop.ui.record.common import OptionalDateEdit


class TypedDateEdit(OptionalDateEdit):
    """An optional date typed day first, as people in the UK write it, or picked from a
    calendar (Alt+Down or F4)."""
