"""Meetings and actions, escalations, personal budget, goals, documents, ending."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from keyworker_desktop.domain.vocab import (
    ActionStatus,
    DocumentAttachment,
    DocumentKind,
    EscalationLevel,
    EscalationSource,
    MeetingKind,
)
from keyworker_desktop.store.models.base import Base, BelongsToYoungPerson


class Meeting(Base, BelongsToYoungPerson):
    """A C(E)TR, CTR, tracker, professionals' meeting or MDT."""

    __tablename__ = "meeting"
    __searchable__ = ("title", "notes")

    kind: Mapped[str] = mapped_column(String(20), info={"vocab": MeetingKind})
    title: Mapped[str] = mapped_column(String(200), default="")
    held_at: Mapped[datetime] = mapped_column(DateTime)
    location: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Attendees picked from the network (professional ids); free text stays in attendees.
    attendee_ids: Mapped[list[str]] = mapped_column(default=list, info={"items": str})
    # A follow-up meeting names its C(E)TR; a tracker meeting's per-young-person parts
    # share one group id, each synced and scoped with its own young person.
    follow_up_of_id: Mapped[str | None] = mapped_column(String(36), default=None,
                                                         info={"refers_to": "meeting"})
    group_id: Mapped[str | None] = mapped_column(String(36), default=None, index=True)


class Action(Base, BelongsToYoungPerson):
    """An action with a named owner and due date; keyworkers chase them."""

    __tablename__ = "action"
    __searchable__ = ("description", "owner_name", "follow_up")

    meeting_id: Mapped[str | None] = mapped_column(ForeignKey("meeting.id"), default=None)
    description: Mapped[str] = mapped_column(Text)
    owner_name: Mapped[str] = mapped_column(String(200))
    owner_professional_id: Mapped[str | None] = mapped_column(
        ForeignKey("professional.id"), default=None, index=True
    )
    due_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    status: Mapped[str] = mapped_column(String(20), default="open",
                                        info={"vocab": ActionStatus})
    follow_up: Mapped[str] = mapped_column(Text, default="")
    last_chased_on: Mapped[date | None] = mapped_column(Date, default=None)
    # The day it was done (migration 0009); None while open, and for actions done before
    # the column existed (their day is unknown: reports say so rather than guess).
    done_on: Mapped[date | None] = mapped_column(Date, default=None,
                                                   info={"not_future": True})

    @property
    def is_open(self) -> bool:
        return self.status in ("open", "chased") and self.deleted_at is None


class Escalation(Base, BelongsToYoungPerson):
    """Escalation and challenge: what was blocked, to whom it went, and the outcome."""

    __tablename__ = "escalation"

    raised_on: Mapped[date] = mapped_column(Date, info={"not_future": True})
    what_was_blocked: Mapped[str] = mapped_column(Text)
    escalated_to: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(30), default="manager",
                                       info={"vocab": EscalationLevel})
    outcome: Mapped[str] = mapped_column(Text, default="")
    resolved_on: Mapped[date | None] = mapped_column(Date, default=None,
                                                     info={"not_future": True})
    # Raised from an overdue action ("action", action_id), a blocked referral ("referral")
    # or on its own ("").
    raised_from: Mapped[str] = mapped_column(String(20), default="",
                                             info={"vocab": EscalationSource})
    action_id: Mapped[str | None] = mapped_column(String(36), default=None,
                                                   info={"refers_to": "action"})


class BudgetSpend(Base, BelongsToYoungPerson):
    """A one-off personal budget spend (seed 002: up to £500 per young person)."""

    __tablename__ = "budget_spend"

    item: Mapped[str] = mapped_column(String(200))
    amount_pence: Mapped[int] = mapped_column(Integer)
    spent_on: Mapped[date] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_on: Mapped[date | None] = mapped_column(Date, default=None)
    received_by: Mapped[str] = mapped_column(String(200), default="")


class Goal(Base, BelongsToYoungPerson):
    """A goal co-produced with the young person and family."""

    __tablename__ = "goal"
    __searchable__ = ("description",)

    description: Mapped[str] = mapped_column(Text)
    in_their_words: Mapped[str] = mapped_column(Text, default="")
    agreed_with: Mapped[str] = mapped_column(String(200), default="")
    set_on: Mapped[date] = mapped_column(Date)
    achieved_on: Mapped[date | None] = mapped_column(Date, default=None)


class OutcomeRating(Base, BelongsToYoungPerson):
    """Progress towards a goal on a 0-10 scale, including soft outcomes."""

    __tablename__ = "outcome_rating"
    __append_only__ = True

    goal_id: Mapped[str] = mapped_column(ForeignKey("goal.id"), index=True)
    rated_on: Mapped[date] = mapped_column(Date)
    score: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str] = mapped_column(Text, default="")


class Document(Base, BelongsToYoungPerson):
    """An attachment (a signed agreement or consent form) held inside the encrypted store."""

    __tablename__ = "document"

    kind: Mapped[str] = mapped_column(String(40), default="other",
                                      info={"vocab": DocumentKind})
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    # Deferred: lists, the chronology and "show" never load a file they do not show.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    signed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # What it is attached to: "consent" or "allocation" with that record's id, or "" for
    # the young person alone.
    attached_to: Mapped[str] = mapped_column(String(40), default="",
                                             info={"vocab": DocumentAttachment})
    attached_to_id: Mapped[str | None] = mapped_column(
        String(36), default=None, info={"refers_to": ("consent", "allocation")})
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")


class Ending(Base, BelongsToYoungPerson):
    """Ending involvement: the step-down plan, handover and closing (seeds 000, 002)."""

    __tablename__ = "ending"

    step_down_plan: Mapped[str] = mapped_column(Text, default="")
    handover_to: Mapped[str] = mapped_column(String(200), default="")
    family_permission_for_handover: Mapped[bool] = mapped_column(Boolean, default=False)
    transition_due_on: Mapped[date | None] = mapped_column(Date, default=None)
    handover_on: Mapped[date | None] = mapped_column(Date, default=None)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    reason: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    # Reopening keeps the closure on record and says when and why it ended.
    reopened_on: Mapped[date | None] = mapped_column(Date, default=None)
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
