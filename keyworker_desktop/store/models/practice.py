"""The Keyworking Service's practice records that had no table (issue 12): register
reviews, the risk assessment and crisis plan, the contact log and the child's file."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from keyworker_desktop.domain.vocab import ContactDirection, ContactHow, PlanKind
from keyworker_desktop.store.models.base import Base, BelongsToYoungPerson


class DsrReview(Base, BelongsToYoungPerson):
    """A review of the register entry: its outcome and when the next is due (append-only)."""

    __tablename__ = "dsr_review"
    __append_only__ = True

    dsr_entry_id: Mapped[str] = mapped_column(ForeignKey("dsr_entry.id"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")
    next_review_on: Mapped[date | None] = mapped_column(Date, default=None)


class RiskPlan(Base, BelongsToYoungPerson):
    """The risk assessment and crisis plan (seeds 001, 003, 004)."""

    __tablename__ = "risk_plan"
    __searchable__ = ("risks", "triggers", "early_signs", "what_helps", "what_to_avoid")

    assessed_on: Mapped[date | None] = mapped_column(Date, default=None)
    risks: Mapped[str] = mapped_column(Text, default="")
    triggers: Mapped[str] = mapped_column(Text, default="")
    early_signs: Mapped[str] = mapped_column(Text, default="")
    what_helps: Mapped[str] = mapped_column(Text, default="")
    what_to_avoid: Mapped[str] = mapped_column(Text, default="")
    # Who to call in a crisis: one per line, from the network and family (ids kept in
    # who_to_call_ids so a changed phone number follows the person).
    who_to_call: Mapped[str] = mapped_column(Text, default="")
    who_to_call_ids: Mapped[list[str]] = mapped_column(default=list, info={"items": str})
    review_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)


class ContactLogEntry(Base, BelongsToYoungPerson):
    """A call, email, message or letter with a professional or family member (append-only)."""

    __tablename__ = "contact_log"
    __append_only__ = True
    __searchable__ = ("summary",)

    contact_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    professional_id: Mapped[str | None] = mapped_column(
        ForeignKey("professional.id"), default=None, index=True)
    family_member_id: Mapped[str | None] = mapped_column(
        ForeignKey("family_member.id"), default=None)
    with_name: Mapped[str] = mapped_column(String(200), default="")
    how: Mapped[str] = mapped_column(String(20), default="call", info={"vocab": ContactHow})
    direction: Mapped[str] = mapped_column(String(10), default="out",
                                           info={"vocab": ContactDirection})
    summary: Mapped[str] = mapped_column(Text, default="")


class PlanCopy(Base, BelongsToYoungPerson):
    """One of the plans the child's file must hold current (care, pathway, placement,
    health care plan, risk assessment, EHCP, PEP): the current copy and its review."""

    __tablename__ = "plan_copy"

    kind: Mapped[str] = mapped_column(String(40), info={"vocab": PlanKind})
    current_copy_on: Mapped[date | None] = mapped_column(Date, default=None)
    document_id: Mapped[str | None] = mapped_column(ForeignKey("document.id"), default=None)
    review_on: Mapped[date | None] = mapped_column(Date, default=None, index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
