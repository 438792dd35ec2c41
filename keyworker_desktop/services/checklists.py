"""Applying checklist templates to a young person, ticking items, finding what is overdue."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.checklists import due_at, is_overdue, load_templates
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.services.triage import not_declined
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import ChecklistInstance, ChecklistItem, YoungPerson


def apply_template(session: Session, yp_id: str, template_key: str,
                   anchor_at: datetime) -> ChecklistInstance:
    """Create a checklist from a template, with due dates counted from ``anchor_at``."""
    templates = load_templates()
    if template_key not in templates:
        raise ValidationError([Problem("template_key", Message(
                "template_key.no_such_checklist", QT_TRANSLATE_NOOP(
                "Errors", "There is no such checklist.")))])
    template = templates[template_key]
    instance = ChecklistInstance(
        young_person_id=yp_id, template_key=template.key, template_version=template.version,
        title=template.title, anchor=template.anchor, anchor_at=anchor_at,
    )
    session.add(instance)
    session.flush()
    session.add_all(
        ChecklistItem(
            young_person_id=yp_id, checklist_id=instance.id, item_key=item.key, position=i,
            section=item.section, text=item.text, deadline_kind=item.deadline.kind,
            due_at=due_at(item.deadline, anchor_at),
        )
        for i, item in enumerate(template.items)
    )
    session.flush()
    return instance


def tick_item(session: Session, item_id: str, done: bool, note: str | None = None) -> ChecklistItem:
    """Tick or untick an item; who and when are recorded."""
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise KeyError(item_id)
    ctx: WriteContext = session.info["write_context"]
    if done and item.done_at is None:
        item.done_at, item.done_by = ctx.utcnow(), ctx.actor
    elif not done:
        item.done_at, item.done_by = None, ""
    if note is not None:
        item.note = note
    session.flush()
    return item


@dataclass(frozen=True)
class OverdueItem:
    item_id: str
    young_person_id: str
    young_person: str
    checklist: str
    text: str
    due_at: datetime


def overdue_items(session: Session, now: datetime, yp_id: str | None = None) -> list[OverdueItem]:
    stmt = (
        select(ChecklistItem, ChecklistInstance.title, YoungPerson)
        .join(ChecklistInstance, ChecklistInstance.id == ChecklistItem.checklist_id)
        .join(YoungPerson, YoungPerson.id == ChecklistItem.young_person_id)
        .where(ChecklistItem.deleted_at.is_(None), ChecklistItem.done_at.is_(None),
               ChecklistItem.due_at < now, ChecklistInstance.deleted_at.is_(None),
               YoungPerson.deleted_at.is_(None))
        .order_by(ChecklistItem.due_at)
    )
    if yp_id:
        stmt = stmt.where(ChecklistItem.young_person_id == yp_id)
    else:  # Today: a closed or declined young person's items are no longer anyone's work
        stmt = stmt.where(YoungPerson.closed_on.is_(None), not_declined(YoungPerson.id))
    return [
        OverdueItem(item.id, yp.id, yp.display_name, title, item.text, item.due_at)
        for item, title, yp in session.execute(stmt)
        if item.due_at is not None and is_overdue(item.due_at, False, now)
    ]


@dataclass(frozen=True)
class ChecklistView:
    instance: ChecklistInstance
    items: list[ChecklistItem]

    @property
    def progress(self) -> tuple[int, int]:
        return sum(1 for i in self.items if i.done_at), len(self.items)


def checklists_for(session: Session, yp_id: str) -> list[ChecklistView]:
    instances = session.scalars(
        select(ChecklistInstance)
        .where(ChecklistInstance.young_person_id == yp_id, ChecklistInstance.deleted_at.is_(None))
        .order_by(ChecklistInstance.anchor_at.desc())
    ).all()
    out = []
    for inst in instances:
        items = session.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.checklist_id == inst.id, ChecklistItem.deleted_at.is_(None))
            .order_by(ChecklistItem.position)
        ).all()
        out.append(ChecklistView(inst, list(items)))
    return out
