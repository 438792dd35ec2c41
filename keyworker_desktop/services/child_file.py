"""The child's file: the plans that must be current, their copies and reviews (seeds 001, 003).

Each kind of plan (``vocab.PlanKind``) has at most one record per young person here
(the newest wins if two laptops each added one): the date of the current copy, the
attached copy (a ``Document``), the review date and notes. A plan is out of date when
its review date has passed or no copy is held. The record lists every kind; Today lists
only plans a keyworker has recorded that are out of date (a plan never recorded may
not apply to this child: an EHCP, a pathway plan).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import PlanKind
from keyworker_desktop.store.errors import ValidationError, raise_for
from keyworker_desktop.store.models import Document, PlanCopy, YoungPerson


@dataclass(frozen=True)
class PlanRow:
    """One kind of plan as the record shows it (``id`` None: never recorded)."""

    kind: str
    id: str | None
    current_copy_on: date | None
    document_id: str | None
    document_name: str
    review_on: date | None
    notes: str
    #: "" (current), "no_copy" or "review_passed".
    problem: str

    @property
    def out_of_date(self) -> bool:
        return bool(self.problem)


@dataclass(frozen=True)
class PlanDue:
    """A recorded plan out of date, for Today."""

    id: str
    young_person_id: str
    young_person: str
    kind: str
    review_on: date | None
    problem: str


def plan_problem(copy_on: date | None, document_id: str | None, review_on: date | None,
                 today: date) -> str:
    """Why a plan is out of date ("" when it is current)."""
    if copy_on is None and document_id is None:
        return "no_copy"
    if review_on is not None and review_on < today:
        return "review_passed"
    return ""


def _newest(rows: list[PlanCopy]) -> dict[str, PlanCopy]:
    out: dict[str, PlanCopy] = {}
    for row in sorted(rows, key=lambda r: (r.created_at, r.id)):
        out[row.kind] = row
    return out


def plan_copies(session: Session, yp_id: str, today: date) -> list[PlanRow]:
    """Every kind of plan, in the vocabulary's order, with its copy and review."""
    rows = _newest(list(session.scalars(select(PlanCopy).where(
        PlanCopy.young_person_id == yp_id, PlanCopy.deleted_at.is_(None)))))
    doc_ids = [r.document_id for r in rows.values() if r.document_id]
    names: dict[str, str] = {}
    if doc_ids:
        names = {doc_id: name for doc_id, name in session.execute(
            select(Document.id, Document.filename).where(
                Document.id.in_(doc_ids), Document.deleted_at.is_(None)))}
    out: list[PlanRow] = []
    for kind in PlanKind:
        row = rows.get(kind.value)
        if row is None:
            out.append(PlanRow(kind.value, None, None, None, "", None, "", "no_copy"))
            continue
        document_id = row.document_id if row.document_id in names else None
        out.append(PlanRow(kind.value, row.id, row.current_copy_on, document_id,
                           names.get(row.document_id or "", ""), row.review_on, row.notes,
                           plan_problem(row.current_copy_on, document_id, row.review_on,
                                        today)))
    return out


def save_plan_copy(session: Session, yp_id: str, kind: str, *, current_copy_on: date | None,
                   review_on: date | None, notes: str = "", document_id: str | None = None,
                   today: date) -> PlanCopy:
    """Record the current copy of one plan (a new document replaces the one held, none
    keeps it). Caller commits. ``ValidationError`` for an unknown kind, a copy dated in
    the future or a review before the copy."""
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    problems: list[Problem] = []
    if kind not in set(PlanKind):
        problems.append(Problem("kind", Message("kind.choose_which_plan", QT_TRANSLATE_NOOP(
                "Errors", "Choose which plan this is."))))
    if current_copy_on is not None and current_copy_on > today:
        problems.append(Problem("current_copy_on", Message(
                "current_copy_on.copy_s_date", QT_TRANSLATE_NOOP(
                "Errors", "The copy's date is in the future."))))
    if current_copy_on is not None and review_on is not None and review_on < current_copy_on:
        problems.append(Problem("review_on", Message(
                "review_on.review_date_before", QT_TRANSLATE_NOOP(
                "Errors", "The review date is before the copy's date."))))
    problems += rules.check_length(notes, "notes", rules.TEXT_LIMITS["long"],
        QT_TRANSLATE_NOOP("Errors", "Notes"))
    raise_for(problems)
    if document_id is not None:
        doc = session.get(Document, document_id)
        if doc is None or doc.young_person_id != yp_id or doc.deleted_at is not None:
            raise ValidationError([Problem("document", Message(
                    "document.document_not_on", QT_TRANSLATE_NOOP(
                    "Errors", "That document is not on this young person's record.")))])
    existing = _newest(list(session.scalars(select(PlanCopy).where(
        PlanCopy.young_person_id == yp_id, PlanCopy.kind == kind,
        PlanCopy.deleted_at.is_(None))))).get(kind)
    row = existing or PlanCopy(young_person_id=yp_id, kind=kind)
    if existing is None:
        session.add(row)
    values = {"current_copy_on": current_copy_on, "review_on": review_on,
              "notes": notes.strip()}
    if document_id is not None:
        values["document_id"] = document_id
    for name, value in values.items():
        if getattr(row, name) != value:
            setattr(row, name, value)
    session.flush()
    return row


def plans_out_of_date(session: Session, today: date) -> list[PlanDue]:
    """Recorded plans whose review has passed or with no copy, for the active caseload,
    the longest overdue first."""
    live = (YoungPerson.deleted_at.is_(None) & YoungPerson.closed_on.is_(None))
    rows = session.execute(
        select(PlanCopy, YoungPerson).join(YoungPerson, YoungPerson.id == PlanCopy.young_person_id)
        .where(PlanCopy.deleted_at.is_(None), live,
               (PlanCopy.review_on < today) | (PlanCopy.current_copy_on.is_(None)
                                               & PlanCopy.document_id.is_(None)))).all()
    newest: dict[tuple[str, str], tuple[PlanCopy, YoungPerson]] = {}
    for copy, yp in sorted(rows, key=lambda r: (r[0].created_at, r[0].id)):
        newest[(yp.id, copy.kind)] = (copy, yp)
    out = [PlanDue(c.id, yp.id, yp.display_name, c.kind, c.review_on,
                   plan_problem(c.current_copy_on, c.document_id, c.review_on, today))
           for c, yp in newest.values()]
    out.sort(key=lambda p: (p.review_on or date.min, p.young_person))
    return out
