"""The Dynamic Support Register entry as a keyworker works it (issue 12, seeds 002, 004).

The entry's own fields (current issues, what has been tried, what reduces risk, the
action plan, the review date) are edited with Save; RAG ratings and reviews are
append-only records, each with its date and words: a rating needs its rationale, a
review its outcome and the next review date, which becomes the entry's review date.
:func:`register_view` reads it all with the prompts (``domain.register_prompts``)
for the Register tab and ``keyworker show``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.register_prompts import Prompt, PromptRules, RegisterFacts, prompts
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import AllocationRole, MeetingKind, Rag
from keyworker_desktop.services.triage import current_entry
from keyworker_desktop.store import settings
from keyworker_desktop.store.errors import ValidationError, raise_for
from keyworker_desktop.store.models import (
    Allocation,
    DsrEntry,
    DsrReview,
    Meeting,
    RagRating,
    YoungPerson,
)

#: The entry's fields the Register tab edits, as ``save_entry`` takes them.
TEXT_FIELDS = ("current_issues", "tried", "reduces_risk", "action_plan")
ENTRY_FIELDS = (*TEXT_FIELDS, "review_on")
_KEYWORKER_ROLES = (AllocationRole.KEYWORKER.value, AllocationRole.FAMILY_KEYWORKER.value)
_CTR_KINDS = (MeetingKind.CETR.value, MeetingKind.CTR.value)


@dataclass(frozen=True)
class RatingRow:
    id: str
    rating: str
    rated_on: date
    rationale: str
    rated_by: str


@dataclass(frozen=True)
class ReviewRow:
    id: str
    reviewed_on: date
    outcome: str
    next_review_on: date | None
    reviewed_by: str


@dataclass(frozen=True)
class RegisterView:
    """The Register tab's data: the entry's fields, ratings oldest first, reviews newest
    first and the prompts."""

    entry_id: str | None
    fields: dict[str, Any]
    referred_on: date | None
    ratings: list[RatingRow]
    reviews: list[ReviewRow]
    prompts: list[Prompt]

    @property
    def current(self) -> RatingRow | None:
        return self.ratings[-1] if self.ratings else None


def _young_person(session: Session, yp_id: str) -> YoungPerson:
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    return yp


def _entry(session: Session, yp_id: str) -> DsrEntry:
    _young_person(session, yp_id)
    entry = current_entry(session, yp_id)
    if entry is None:
        raise ValidationError([Problem("entry", Message("entry.young_person_has", QT_TRANSLATE_NOOP(
                "Errors", "This young person has no register entry: take a referral for them "
                "first.")))])
    return entry


def prompt_rules(session: Session) -> PromptRules:
    """The prompts' cadences as this store's settings say."""
    return PromptRules(
        red_ctr_days=settings.get(session, settings.RED_CTR_DAYS),
        ctr_after_admission_days=settings.get(session, settings.CTR_AFTER_ADMISSION_DAYS),
        post_admission_review_days=settings.get(session, settings.POST_ADMISSION_REVIEW_DAYS),
        inpatient_ctr_months_child=settings.get(session, settings.INPATIENT_CTR_MONTHS_CHILD),
        inpatient_ctr_months_adult=settings.get(session, settings.INPATIENT_CTR_MONTHS_ADULT))


def rating_history(session: Session, yp_id: str) -> list[RatingRow]:
    """Every rating, oldest first (the last is the current one, as the header says)."""
    rows = session.scalars(
        select(RagRating).where(RagRating.young_person_id == yp_id,
                                RagRating.deleted_at.is_(None))
        .order_by(RagRating.rated_on, RagRating.hlc)).all()
    return [RatingRow(r.id, r.rating, r.rated_on, r.rationale, r.created_by) for r in rows]


def reviews(session: Session, yp_id: str) -> list[ReviewRow]:
    """Every review of the entry, newest first."""
    rows = session.scalars(
        select(DsrReview).where(DsrReview.young_person_id == yp_id,
                                DsrReview.deleted_at.is_(None))
        .order_by(DsrReview.reviewed_on.desc(), DsrReview.hlc.desc())).all()
    return [ReviewRow(r.id, r.reviewed_on, r.outcome, r.next_review_on, r.created_by)
            for r in rows]


def _facts(session: Session, yp: YoungPerson, entry: DsrEntry | None, rating: str | None,
           today: date) -> RegisterFacts:
    meetings = session.execute(
        select(Meeting.kind, Meeting.held_at).where(
            Meeting.young_person_id == yp.id, Meeting.deleted_at.is_(None))).all()
    keyworker = session.scalar(
        select(Allocation.id).where(
            Allocation.young_person_id == yp.id, Allocation.ends_on.is_(None),
            Allocation.deleted_at.is_(None), Allocation.role.in_(_KEYWORKER_ROLES)).limit(1))
    return RegisterFacts(
        rating=rating, today=today, date_of_birth=yp.date_of_birth,
        admission_date=yp.admission_date, review_on=entry.review_on if entry else None,
        has_keyworker=keyworker is not None,
        ctr_dates=[m.held_at.date() for m in meetings if m.kind in _CTR_KINDS],
        review_meeting_dates=[m.held_at.date() for m in meetings
                              if m.kind == MeetingKind.REVIEW.value])


def register_prompts(session: Session, yp_id: str, today: date) -> list[Prompt]:
    """What the register asks of the keyworker now (nothing for a closed young person)."""
    yp = _young_person(session, yp_id)
    history = rating_history(session, yp_id)
    if yp.closed_on is not None:
        return []
    entry = current_entry(session, yp_id)
    rating = history[-1].rating if history else None
    return prompts(_facts(session, yp, entry, rating, today), prompt_rules(session))


def register_view(session: Session, yp_id: str, today: date) -> RegisterView:
    """The young person's register entry, ratings, reviews and prompts."""
    entry = current_entry(session, yp_id)
    fields: dict[str, Any] = {name: getattr(entry, name) if entry else None
                              for name in ENTRY_FIELDS}
    for name in TEXT_FIELDS:
        fields[name] = fields[name] or ""
    return RegisterView(
        entry.id if entry else None, fields, entry.referred_on if entry else None,
        rating_history(session, yp_id), reviews(session, yp_id),
        register_prompts(session, yp_id, today))


def save_entry(session: Session, yp_id: str, **values: Any) -> DsrEntry:
    """Change the entry's fields (any of :data:`ENTRY_FIELDS`). Caller commits."""
    entry = _entry(session, yp_id)
    unknown = set(values) - set(ENTRY_FIELDS)
    if unknown:
        raise TypeError(f"not a register field: {sorted(unknown)[0]}")
    labels = {"current_issues": QT_TRANSLATE_NOOP("Errors", "Current issues"),
              "tried": QT_TRANSLATE_NOOP("Errors", "What has been tried"),
              "reduces_risk": QT_TRANSLATE_NOOP("Errors", "What reduces risk"),
              "action_plan": QT_TRANSLATE_NOOP("Errors", "The action plan")}
    problems: list[Problem] = []
    for name in TEXT_FIELDS:
        if name in values:
            problems += rules.check_length(values[name], name, rules.TEXT_LIMITS["long"],
                                           labels[name])
    raise_for(problems)
    for name, value in values.items():
        if name in TEXT_FIELDS:
            value = (value or "").strip()
        if getattr(entry, name) != value:
            setattr(entry, name, value)
    session.flush()
    return entry


def _check_date(on: date, today: date, entry: DsrEntry, field: str) -> list[Problem]:
    if on > today:
        return [Problem(field, Message("register.date_in_future", QT_TRANSLATE_NOOP(
                "Errors", "The date is in the future.")))]
    if entry.referred_on is not None and on < entry.referred_on:
        return [Problem(field, Message("register.date_before_referral", QT_TRANSLATE_NOOP(
                "Errors", "The date is before the referral.")))]
    return []


def add_rating(session: Session, yp_id: str, rating: str, *, on: date, rationale: str,
               today: date) -> RagRating:
    """A new RAG rating with its date and rationale (both needed). Caller commits.

    ``ValidationError`` (nothing stored) without a rationale, for a rating that is not
    red, amber, green or blue, or a date in the future or before the referral.
    """
    entry = _entry(session, yp_id)
    problems: list[Problem] = []
    if rating not in set(Rag):
        problems.append(Problem("rating", Message("rating.choose_red_amber", QT_TRANSLATE_NOOP(
                "Errors", "Choose red, amber, green or blue."))))
    problems += rules.check_required(rationale, "rationale",
        QT_TRANSLATE_NOOP("Errors", "The rationale for the rating"))
    problems += rules.check_length(rationale, "rationale", rules.TEXT_LIMITS["long"],
                                   QT_TRANSLATE_NOOP("Errors", "The rationale"))
    problems += _check_date(on, today, entry, "rated_on")
    raise_for(problems)
    row = RagRating(young_person_id=yp_id, dsr_entry_id=entry.id, rating=rating, rated_on=on,
                    rationale=rationale.strip())
    session.add(row)
    session.flush()
    return row


def record_review(session: Session, yp_id: str, *, outcome: str, next_review_on: date,
                  today: date, reviewed_on: date | None = None) -> DsrReview:
    """A review with its outcome; the next review date becomes the entry's. Caller commits.

    ``ValidationError`` (nothing stored) without an outcome, or when the review is in
    the future, before the referral, or the next review is not after it.
    """
    entry = _entry(session, yp_id)
    on = reviewed_on or today
    problems = rules.check_required(outcome, "outcome",
        QT_TRANSLATE_NOOP("Errors", "The outcome of the review"))
    problems += rules.check_length(outcome, "outcome", rules.TEXT_LIMITS["long"],
        QT_TRANSLATE_NOOP("Errors", "The outcome"))
    problems += _check_date(on, today, entry, "reviewed_on")
    if next_review_on <= on:
        problems.append(Problem("next_review_on", Message(
                "next_review_on.next_review_must", QT_TRANSLATE_NOOP(
                "Errors", "The next review must be after this one."))))
    raise_for(problems)
    row = DsrReview(young_person_id=yp_id, dsr_entry_id=entry.id, reviewed_on=on,
                    outcome=outcome.strip(), next_review_on=next_review_on)
    session.add(row)
    entry.review_on = next_review_on
    session.flush()
    return row
