"""Young people, their family and carers, staff and keyworker allocations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from keyworker_desktop.domain.vocab import (
    AllocationRole,
    ChangeReason,
    FamilyRelationship,
    Language,
    LivingSituation,
    StaffRole,
)
from keyworker_desktop.store.models.base import Base, BelongsToYoungPerson, Synced


class YoungPerson(Base, Synced):
    __tablename__ = "young_person"
    __searchable__ = ("given_name", "family_name", "preferred_name", "interests")

    given_name: Mapped[str] = mapped_column(String(100))
    family_name: Mapped[str] = mapped_column(String(100))
    preferred_name: Mapped[str] = mapped_column(String(100), default="")
    date_of_birth: Mapped[date | None] = mapped_column(Date, default=None)
    pronouns: Mapped[str] = mapped_column(String(40), default="")
    nhs_number: Mapped[str] = mapped_column(String(12), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    living_situation: Mapped[str] = mapped_column(String(40), default="family_home",
                                                  info={"vocab": LivingSituation})
    placement_name: Mapped[str] = mapped_column(String(200), default="")
    placement_out_of_area: Mapped[bool] = mapped_column(Boolean, default=False)
    communication_needs: Mapped[str] = mapped_column(Text, default="")
    uses_easy_read: Mapped[bool] = mapped_column(Boolean, default=False)
    uses_signs: Mapped[bool] = mapped_column(Boolean, default=False)
    uses_drawing: Mapped[bool] = mapped_column(Boolean, default=False)
    what_matters: Mapped[str] = mapped_column(Text, default="")
    people_like: Mapped[str] = mapped_column(Text, default="")
    how_to_support: Mapped[str] = mapped_column(Text, default="")
    interests: Mapped[str] = mapped_column(Text, default="")
    photo_png: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    admission_date: Mapped[date | None] = mapped_column(Date, default=None)
    leaving_date: Mapped[date | None] = mapped_column(Date, default=None)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    # The language the young person prefers ("en", "cy"): their plan prints in it by choice.
    preferred_language: Mapped[str] = mapped_column(String(10), default="en",
                                                    info={"vocab": Language})

    @property
    def display_name(self) -> str:
        preferred = self.preferred_name.strip()
        full = f"{self.given_name} {self.family_name}".strip()
        if preferred and preferred != self.given_name:
            return f"{full} ({preferred})"
        return full

    @property
    def known_as(self) -> str:
        return self.preferred_name.strip() or self.given_name

    def search_title(self) -> str:
        return self.display_name


class FamilyMember(Base, BelongsToYoungPerson):
    """A parent, carer, sibling or other family member; may have their own keyworker."""

    __tablename__ = "family_member"
    __searchable__ = ("name", "notes")

    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[str] = mapped_column(String(40), default="parent",
                                          info={"vocab": FamilyRelationship})
    parental_responsibility: Mapped[bool] = mapped_column(Boolean, default=False)
    lives_with_young_person: Mapped[bool] = mapped_column(Boolean, default=False)
    phone: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    family_keyworker_id: Mapped[str | None] = mapped_column(ForeignKey("staff.id"), default=None)


class ImportantDate(Base, BelongsToYoungPerson):
    """A birthday, anniversary or other date that matters to the young person."""

    __tablename__ = "important_date"

    label: Mapped[str] = mapped_column(String(200))
    on: Mapped[date] = mapped_column(Date)
    yearly: Mapped[bool] = mapped_column(Boolean, default=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class Staff(Base, Synced):
    """A member of staff who can hold the keyworker role."""

    __tablename__ = "staff"

    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40), default="keyworker",
                                      info={"vocab": StaffRole})
    team: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # The central store account this person signs in with ("" if none): an allocation
    # to them moves the central store's scope with it.
    account: Mapped[str] = mapped_column(String(120), default="")


class Allocation(Base, BelongsToYoungPerson):
    """Who is the young person's keyworker, from when to when, and why it changed."""

    __tablename__ = "allocation"

    staff_id: Mapped[str] = mapped_column(ForeignKey("staff.id"), index=True)
    role: Mapped[str] = mapped_column(String(40), default="keyworker",
                                      info={"vocab": AllocationRole})
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)
    change_reason: Mapped[str] = mapped_column(String(40), default="first_allocation",
                                               info={"vocab": ChangeReason})
    notes: Mapped[str] = mapped_column(Text, default="")
    line_manager_notified_on: Mapped[date | None] = mapped_column(Date, default=None)
    agreement_document_id: Mapped[str | None] = mapped_column(
        ForeignKey("document.id"), default=None
    )

    staff: Mapped[Staff] = relationship(lazy="joined")
