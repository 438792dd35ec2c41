"""Drafts kept in the encrypted store: profile edits through a lock, the note open at a crash.

Session notes save themselves as drafts; the profile has a Save button, and a lock
(Ctrl+L, the idle timer, quitting) used to throw away what was typed since. The
fields changed are kept here instead, as a local row of the store's ``setting``
table: encrypted with everything else, never synced, never in a plain file. They
are not written into the record: the keyworker has not pressed Save, and a profile
half-typed when the laptop locked is not yet what they want colleagues to see.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from keyworker_desktop.store.models import Setting

_PREFIX = "profile_draft:"
_DATE = "date"


def _key(yp_id: str) -> str:
    return f"{_PREFIX}{yp_id}"


def _encode(value: Any) -> Any:
    return {_DATE: value.isoformat()} if isinstance(value, date) else value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {_DATE}:
        return date.fromisoformat(value[_DATE])
    return value


def keep_profile_draft(session: Session, yp_id: str, fields: dict[str, Any]) -> None:
    """Keep ``fields`` (the ones changed, as the Profile tab holds them); none: forget."""
    if not fields:
        drop_profile_draft(session, yp_id)
        return
    value = {"v": {name: _encode(v) for name, v in fields.items()}}
    row = session.get(Setting, _key(yp_id))
    if row is None:
        session.add(Setting(key=_key(yp_id), value=value))
        session.flush()  # so a later get in this session finds it
    else:
        row.value = value


def profile_draft(session: Session, yp_id: str) -> dict[str, Any] | None:
    """The fields kept for this young person's profile, or None."""
    row = session.get(Setting, _key(yp_id))
    fields = row.value.get("v") if row is not None else None
    if not isinstance(fields, dict) or not fields:
        return None
    return {name: _decode(v) for name, v in fields.items()}


def drop_profile_draft(session: Session, yp_id: str) -> None:
    """Forget the kept fields (saved, or thrown away by the keyworker)."""
    row = session.get(Setting, _key(yp_id))
    if row is not None:
        session.delete(row)
        session.flush()


# A session note saves itself as it is typed; what is not known after a crash is which
# draft was open. Each autosave marks it here (a local row, never synced); closing the
# record, locking or quitting clears the mark, so a mark found later means the app
# stopped while that note was being written.
_OPEN_NOTE_PREFIX = "note_open:"


def _open_key(yp_id: str) -> str:
    return f"{_OPEN_NOTE_PREFIX}{yp_id}"


def mark_note_open(session: Session, yp_id: str, note_id: str) -> None:
    """Remember that this young person's note ``note_id`` is being written."""
    row = session.get(Setting, _open_key(yp_id))
    if row is None:
        session.add(Setting(key=_open_key(yp_id), value={"v": note_id}))
        session.flush()
    else:
        row.value = {"v": note_id}


def take_open_note(session: Session, yp_id: str) -> str | None:
    """The note left open when the app last stopped, forgotten once asked for (said once)."""
    row = session.get(Setting, _open_key(yp_id))
    if row is None:
        return None
    note_id = row.value.get("v") if isinstance(row.value, dict) else None
    session.delete(row)
    session.flush()
    return note_id if isinstance(note_id, str) else None


def clear_open_note(session: Session, yp_id: str) -> None:
    """The note was left cleanly (record closed, locked, quit, signed)."""
    row = session.get(Setting, _open_key(yp_id))
    if row is not None:
        session.delete(row)
        session.flush()


# The Register tab's entry fields (current issues, the action plan...) have a Save button
# too, and are kept through a lock the same way, under their own key.
_REGISTER_PREFIX = "register_draft:"


def keep_register_draft(session: Session, yp_id: str, fields: dict[str, Any]) -> None:
    """Keep the register entry's changed fields; none: forget."""
    key = f"{_REGISTER_PREFIX}{yp_id}"
    row = session.get(Setting, key)
    if not fields:
        if row is not None:
            session.delete(row)
            session.flush()
        return
    value = {"v": {name: _encode(v) for name, v in fields.items()}}
    if row is None:
        session.add(Setting(key=key, value=value))
        session.flush()
    else:
        row.value = value


def register_draft(session: Session, yp_id: str) -> dict[str, Any] | None:
    """The register entry's fields kept for this young person, or None."""
    row = session.get(Setting, f"{_REGISTER_PREFIX}{yp_id}")
    fields = row.value.get("v") if row is not None else None
    if not isinstance(fields, dict) or not fields:
        return None
    return {name: _decode(v) for name, v in fields.items()}


def drop_register_draft(session: Session, yp_id: str) -> None:
    """Forget the register entry's kept fields (saved, or thrown away)."""
    keep_register_draft(session, yp_id, {})
