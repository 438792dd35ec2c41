"""Goals in the young person's own words and progress rated 0–10 over time (seeds 002,
004). Ratings are append-only, so two laptops rating the same goal both keep theirs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, translate
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import Goal, OutcomeRating


@dataclass(frozen=True)
class RatingPoint:
    id: str
    rated_on: date
    score: int
    comment: str


@dataclass(frozen=True)
class GoalRow:
    id: str
    words: str
    agreed_with: str
    set_on: date
    achieved_on: date | None
    ratings: tuple[RatingPoint, ...]

    @property
    def latest(self) -> RatingPoint | None:
        return self.ratings[-1] if self.ratings else None


def goals_for(session: Session, yp_id: str) -> list[GoalRow]:
    """Goals (open first, then achieved; oldest set first), each with its ratings in order."""
    goals = session.scalars(
        select(Goal).where(Goal.young_person_id == yp_id, Goal.deleted_at.is_(None))
        .order_by(Goal.set_on, Goal.id)
    ).all()
    ratings: dict[str, list[RatingPoint]] = {}
    for r in session.scalars(
        select(OutcomeRating).where(OutcomeRating.young_person_id == yp_id,
                                    OutcomeRating.deleted_at.is_(None))
        .order_by(OutcomeRating.rated_on, OutcomeRating.created_at, OutcomeRating.id)
    ):
        ratings.setdefault(r.goal_id, []).append(RatingPoint(r.id, r.rated_on, r.score,
                                                             r.comment))
    out = [GoalRow(g.id, g.in_their_words or g.description, g.agreed_with, g.set_on,
                   g.achieved_on, tuple(ratings.get(g.id, ()))) for g in goals]
    out.sort(key=lambda g: g.achieved_on is not None)
    return out


def save_goal(session: Session, yp_id: str, goal_id: str | None = None, *, words: str,
              set_on: date, today: date, agreed_with: str = "",
              achieved_on: date | None = None) -> Goal:
    """Add or edit a goal. The words are the young person's own: the easy-read plan uses them."""
    problems = [
        *rules.check_required(words, "words",
            QT_TRANSLATE_NOOP("Errors", "The goal in their words")),
        *rules.check_length(words, "words", 2000, QT_TRANSLATE_NOOP("Errors", "The goal")),
        *rules.check_length(agreed_with, "agreed_with", 200,
            QT_TRANSLATE_NOOP("Errors", "Who it was agreed with")),
        *rules.check_period(set_on, achieved_on, "achieved_on",
            QT_TRANSLATE_NOOP("Errors", "goal")),
    ]
    if set_on > today:
        problems.append(Problem("set_on", Message("set_on.date_goal_was", QT_TRANSLATE_NOOP(
                "Errors", "The date the goal was set is in the future."))))
    if achieved_on is not None and achieved_on > today:
        problems.append(Problem("achieved_on", Message(
                "achieved_on.date_was_achieved", QT_TRANSLATE_NOOP(
                "Errors", "The date it was achieved is in the future."))))
    raise_for(problems)
    goal = session.get(Goal, goal_id) if goal_id else None
    if goal_id and (goal is None or goal.young_person_id != yp_id):
        raise KeyError(goal_id)
    if goal is None:
        goal = Goal(young_person_id=yp_id, description="", set_on=set_on)
        session.add(goal)
    goal.description = goal.in_their_words = words.strip()
    goal.agreed_with, goal.set_on, goal.achieved_on = agreed_with.strip(), set_on, achieved_on
    session.flush()
    return goal


def rate_goal(session: Session, goal_id: str, *, score: int, rated_on: date, today: date,
              comment: str = "") -> OutcomeRating:
    """Add a progress rating (0–10) with a soft outcome in their words."""
    goal = session.get(Goal, goal_id)
    if goal is None or goal.deleted_at is not None:
        raise KeyError(goal_id)
    problems = [*rules.check_rating(score),
                *rules.check_length(comment, "comment", rules.TEXT_LIMITS["long"],
                    QT_TRANSLATE_NOOP("Errors", "The comment"))]
    if rated_on > today:
        problems.append(Problem("rated_on", Message("rated_on.rating_date_in", QT_TRANSLATE_NOOP(
                "Errors", "The rating date is in the future."))))
    elif rated_on < goal.set_on:
        problems.append(Problem("rated_on", Message(
                "rated_on.rating_dated_before", QT_TRANSLATE_NOOP(
                "Errors", "The rating is dated before the goal was set."))))
    raise_for(problems)
    rating = OutcomeRating(young_person_id=goal.young_person_id, goal_id=goal.id,
                           rated_on=rated_on, score=score, comment=comment.strip())
    session.add(rating)
    session.flush()
    return rating


def describe_progress(goal: GoalRow) -> str:
    """The chart in words, for a screen reader and the chart's tooltip."""
    if not goal.ratings:
        return translate("Goals", "Not rated yet.")
    first, last = goal.ratings[0], goal.ratings[-1]
    if len(goal.ratings) == 1:
        return translate("Goals", "Rated once: {score} out of 10 on {date}.").format(
            score=last.score, date=format_date(last.rated_on, "dd MMM yyyy"))
    trend = (translate("Goals", "up") if last.score > first.score else
             translate("Goals", "down") if last.score < first.score else
             translate("Goals", "level"))
    return translate(
        "Goals", "{count} ratings from {first_date} to {last_date}: {first} to {last} out of 10 "
        "({trend}); highest {highest}, lowest {lowest}.").format(
        count=len(goal.ratings), first_date=format_date(first.rated_on, "dd MMM yyyy"),
        last_date=format_date(last.rated_on, "dd MMM yyyy"), first=first.score, last=last.score,
        trend=trend,
        highest=max(r.score for r in goal.ratings), lowest=min(r.score for r in goal.ratings))


def find_goal(session: Session, ref: str) -> Goal | None:
    """The one goal whose id is ``ref`` or starts with it (at least 4 characters)."""
    ref = ref.strip()
    if len(ref) < 4:
        return None
    found = session.scalars(select(Goal).where(Goal.id.startswith(ref, autoescape=True),
                                               Goal.deleted_at.is_(None)).limit(2)).all()
    return found[0] if len(found) == 1 else None
