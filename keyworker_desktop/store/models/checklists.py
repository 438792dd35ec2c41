"""Checklist instances applied to a young person, and their items."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from keyworker_desktop.domain.checklists import ANCHORS, DEADLINE_KINDS
from keyworker_desktop.store.models.base import Base, BelongsToYoungPerson


class ChecklistInstance(Base, BelongsToYoungPerson):
    __tablename__ = "checklist"

    template_key: Mapped[str] = mapped_column(String(40))
    template_version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    anchor: Mapped[str] = mapped_column(String(20), info={"vocab": ANCHORS})
    anchor_at: Mapped[datetime] = mapped_column(DateTime)


class ChecklistItem(Base, BelongsToYoungPerson):
    __tablename__ = "checklist_item"

    checklist_id: Mapped[str] = mapped_column(ForeignKey("checklist.id"), index=True)
    item_key: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(120))
    text: Mapped[str] = mapped_column(Text)
    deadline_kind: Mapped[str] = mapped_column(String(30), info={"vocab": DEADLINE_KINDS})
    due_at: Mapped[datetime | None] = mapped_column(DateTime, default=None, index=True)
    done_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    done_by: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(Text, default="")
