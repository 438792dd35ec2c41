"""Visits, keyworker session notes and their addenda."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from keyworker_desktop.domain.vocab import (
    NoteStatus,
    PlaceType,
    SessionFormat,
    SessionPurpose,
    VisitStatus,
)
from keyworker_desktop.store.models.base import Base, BelongsToYoungPerson


class Visit(Base, BelongsToYoungPerson):
    __tablename__ = "visit"
    __searchable__ = ("place_name", "address", "purpose", "notes")

    status: Mapped[str] = mapped_column(String(20), default="planned",
                                        info={"vocab": VisitStatus})
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    place_type: Mapped[str] = mapped_column(String(40), default="home",
                                            info={"vocab": PlaceType})
    place_name: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    travel_minutes: Mapped[int | None] = mapped_column(Integer, default=None)
    who_was_there: Mapped[str] = mapped_column(Text, default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    session_note_id: Mapped[str | None] = mapped_column(
        ForeignKey("session_note.id"), default=None
    )

    @property
    def out_of_area(self) -> bool:
        return self.place_type == "hospital_out_of_area"

    def search_title(self) -> str:
        return f"Visit {self.starts_at:%d/%m/%Y} — {self.place_name or self.place_type}"


class SessionNote(Base, BelongsToYoungPerson):
    """A keyworker session note (seeds 001, 003): draft, then finalised and signed."""

    __tablename__ = "session_note"
    __searchable__ = ("own_words", "discussed", "agreed", "concerns")

    session_on: Mapped[date] = mapped_column(Date, index=True)
    purposes: Mapped[list[str]] = mapped_column(default=list,
                                                info={"items": str, "vocab": SessionPurpose})
    format: Mapped[str] = mapped_column(String(20), default="formal_meeting",
                                        info={"vocab": SessionFormat})
    own_words: Mapped[str] = mapped_column(Text, default="")
    discussed: Mapped[str] = mapped_column(Text, default="")
    agreed: Mapped[str] = mapped_column(Text, default="")
    concerns: Mapped[str] = mapped_column(Text, default="")
    raise_with_manager: Mapped[bool] = mapped_column(Boolean, default=False)
    # Who acknowledged the "raise with my manager" flag, and when (clears it from Today).
    raise_acknowledged_by: Mapped[str] = mapped_column(String(120), default="")
    raise_acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    status: Mapped[str] = mapped_column(String(10), default="draft",
                                        info={"vocab": NoteStatus})
    finalised_by: Mapped[str] = mapped_column(String(120), default="")
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    @property
    def is_final(self) -> bool:
        return self.status == "final"

    def search_title(self) -> str:
        return f"Session note {self.session_on:%d/%m/%Y}"


class Addendum(Base, BelongsToYoungPerson):
    """A signed, dated correction to a finalised note; never edited itself."""

    __tablename__ = "addendum"
    __searchable__ = ("text",)
    __append_only__ = True

    session_note_id: Mapped[str] = mapped_column(ForeignKey("session_note.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    signed_by: Mapped[str] = mapped_column(String(120))
    signed_at: Mapped[datetime] = mapped_column(DateTime)

    def search_title(self) -> str:
        return f"Addendum {self.signed_at:%d/%m/%Y}"
