"""Reading keyworker session notes and their addenda (writes are in services.recording)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.store.models import Addendum, SessionNote


@dataclass(frozen=True)
class AddendumRow:
    id: str
    text: str
    signed_by: str
    signed_at: datetime


@dataclass(frozen=True)
class NoteRow:
    """A session note as plain data; ``addenda`` only filled by :func:`note_detail`."""

    id: str
    session_on: date
    purposes: tuple[str, ...]
    format: str
    own_words: str
    discussed: str
    agreed: str
    concerns: str
    raise_with_manager: bool
    status: str
    author: str
    finalised_by: str
    finalised_at: datetime | None
    addenda: tuple[AddendumRow, ...] = ()

    @property
    def is_final(self) -> bool:
        return self.status == "final"


def _row(n: SessionNote, addenda: tuple[AddendumRow, ...] = ()) -> NoteRow:
    return NoteRow(n.id, n.session_on, tuple(n.purposes or ()), n.format, n.own_words,
                   n.discussed, n.agreed, n.concerns, n.raise_with_manager, n.status,
                   n.created_by, n.finalised_by, n.finalised_at, addenda)


def notes_for(session: Session, yp_id: str) -> list[NoteRow]:
    """The young person's session notes, newest first."""
    rows = session.scalars(
        select(SessionNote)
        .where(SessionNote.young_person_id == yp_id, SessionNote.deleted_at.is_(None))
        .order_by(SessionNote.session_on.desc(), SessionNote.created_at.desc())
    )
    return [_row(n) for n in rows]


def note_detail(session: Session, note_id: str) -> NoteRow:
    """One note with its addenda, oldest addendum first."""
    note = session.get(SessionNote, note_id)
    if note is None:
        raise KeyError(note_id)
    addenda = session.scalars(
        select(Addendum)
        .where(Addendum.session_note_id == note_id, Addendum.deleted_at.is_(None))
        .order_by(Addendum.signed_at)
    )
    return _row(note, tuple(AddendumRow(a.id, a.text, a.signed_by, a.signed_at) for a in addenda))
