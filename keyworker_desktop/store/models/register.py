"""The Dynamic Support Register entry, its RAG history, and consent (seed 002)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from keyworker_desktop.domain.vocab import ConsentGiver, ConsentHow, ConsentKind, DsrStatus, Rag
from keyworker_desktop.store.models.base import Base, BelongsToYoungPerson


class DsrEntry(Base, BelongsToYoungPerson):
    __tablename__ = "dsr_entry"
    __searchable__ = ("current_issues", "tried", "reduces_risk", "action_plan")

    referred_by: Mapped[str] = mapped_column(String(200), default="")
    referred_on: Mapped[date | None] = mapped_column(Date, default=None)
    triaged_on: Mapped[date | None] = mapped_column(Date, default=None)
    triage_outcome: Mapped[str] = mapped_column(Text, default="")
    # referred -> waiting (the triage list) -> accepted or declined -> closed (vocab.DsrStatus)
    status: Mapped[str] = mapped_column(String(20), default="referred",
                                        info={"vocab": DsrStatus})
    status_on: Mapped[date | None] = mapped_column(Date, default=None)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decision_reason: Mapped[str] = mapped_column(Text, default="")
    current_issues: Mapped[str] = mapped_column(Text, default="")
    tried: Mapped[str] = mapped_column(Text, default="")
    reduces_risk: Mapped[str] = mapped_column(Text, default="")
    action_plan: Mapped[str] = mapped_column(Text, default="")
    review_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)


class RagRating(Base, BelongsToYoungPerson):
    """One rating in the DSR history; the newest is the current RAG."""

    __tablename__ = "rag_rating"
    __append_only__ = True

    dsr_entry_id: Mapped[str] = mapped_column(ForeignKey("dsr_entry.id"), index=True)
    rating: Mapped[str] = mapped_column(String(10), info={"vocab": Rag})
    rated_on: Mapped[date] = mapped_column(Date, info={"not_future": True})
    rationale: Mapped[str] = mapped_column(Text, default="")


class Consent(Base, BelongsToYoungPerson):
    """Consent to be on the register, to work with a keyworker, or to share information."""

    __tablename__ = "consent"

    kind: Mapped[str] = mapped_column(String(40), info={"vocab": ConsentKind})
    given: Mapped[bool] = mapped_column(Boolean, default=True)
    given_by: Mapped[str] = mapped_column(String(40), default="young_person",
                                          info={"vocab": ConsentGiver})
    giver_name: Mapped[str] = mapped_column(String(200), default="")
    capacity_noted: Mapped[str] = mapped_column(Text, default="")
    given_on: Mapped[date] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date, default=None)
    signed_document_id: Mapped[str | None] = mapped_column(ForeignKey("document.id"), default=None)
    how_recorded: Mapped[str] = mapped_column(String(40), default="",
                                              info={"vocab": ConsentHow, "blank": True})
    review_on: Mapped[date | None] = mapped_column(Date, default=None)
    # The named agencies information may be shared with (kind share_information), one per line.
    share_with: Mapped[str] = mapped_column(Text, default="")
    # Why a best-interests decision was made (given_by best_interest_decision; giver_name decided).
    decision_reason: Mapped[str] = mapped_column(Text, default="")

    @property
    def in_force(self) -> bool:
        return self.given and self.withdrawn_on is None and self.deleted_at is None
