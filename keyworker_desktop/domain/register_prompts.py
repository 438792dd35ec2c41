"""Prompts for the Dynamic Support Register: what a rating asks of the keyworker next.

Prompts, not automation (seed 002, 004): nothing is booked or changed, the record
says what is due. Each prompt carries a code and its parameters; the words are
chosen where it is shown (:data:`TEXTS`, marked for translation in :data:`CONTEXT`).

* red: a C(E)TR is due when none was held (or is planned) in the last
  ``red_ctr_days`` days;
* blue (already an inpatient): a C(E)TR offered before admission or within
  ``ctr_after_admission_days`` of it; a post-admission review within
  ``post_admission_review_days``; then a C(E)TR every ``inpatient_ctr_months_child``
  months for a child (``inpatient_ctr_months_adult`` for an adult);
* red or amber with no keyworker allocated is flagged;
* a review date passed is flagged.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP
from keyworker_desktop.domain.vocab import Rag

#: The translation context of :data:`TEXTS` and :data:`CRITERIA`.
CONTEXT = "RegisterPrompts"
#: How soon before a cadence date the prompt appears.
LEAD_DAYS = 14


#: What each rating means, shown beside the choice (seed 002).
CRITERIA: dict[str, str] = {
    Rag.RED: QT_TRANSLATE_NOOP(
        "RegisterPrompts", "Red: at risk of admission. A C(E)TR and a keyworker referral "
                           "are expected."),
    Rag.AMBER: QT_TRANSLATE_NOOP(
        "RegisterPrompts", "Amber: rising risk. A multi-agency meeting and/or a C(E)TR."),
    Rag.GREEN: QT_TRANSLATE_NOOP(
        "RegisterPrompts", "Green: needs can be managed in the community."),
    Rag.BLUE: QT_TRANSLATE_NOOP(
        "RegisterPrompts", "Blue: already an inpatient."),
}

#: The words of each prompt, with ``{due}`` (a date) and ``{days}``/``{months}`` in them.
TEXTS: dict[str, str] = {
    "red_ctr_due": QT_TRANSLATE_NOOP(
        "RegisterPrompts", "Rated red: a C(E)TR is due (none held or planned in the last "
                           "{days} days)."),
    "no_keyworker": QT_TRANSLATE_NOOP(
        "RegisterPrompts", "Rated {rating} with no keyworker allocated."),
    "ctr_at_admission": QT_TRANSLATE_NOOP(
        "RegisterPrompts", "Inpatient: a C(E)TR should be offered before admission or within "
                           "{days} days of it (by {due})."),
    "post_admission_review": QT_TRANSLATE_NOOP(
        "RegisterPrompts", "Inpatient: a post-admission review is due within {days} days of "
                           "admission (by {due})."),
    "inpatient_ctr_cadence": QT_TRANSLATE_NOOP(
        "RegisterPrompts", "Inpatient: a C(E)TR is due every {months} months (next by {due})."),
    "admission_date_missing": QT_TRANSLATE_NOOP(
        "RegisterPrompts", "Rated blue but no admission date is recorded: add it on the "
                           "Profile tab so the C(E)TR dates can be worked out."),
    "review_overdue": QT_TRANSLATE_NOOP(
        "RegisterPrompts", "The register review was due on {due}."),
}


@dataclass(frozen=True)
class PromptRules:
    """The configurable defaults (``store.settings`` holds the values a service uses)."""

    red_ctr_days: int = 90
    ctr_after_admission_days: int = 7
    post_admission_review_days: int = 14
    inpatient_ctr_months_child: int = 3
    inpatient_ctr_months_adult: int = 6


@dataclass(frozen=True)
class RegisterFacts:
    """What the prompts look at, read by a service from the record."""

    rating: str | None
    today: date
    date_of_birth: date | None = None
    admission_date: date | None = None
    review_on: date | None = None
    has_keyworker: bool = False
    #: Dates of C(E)TRs and CTRs, held or planned.
    ctr_dates: Sequence[date] = ()
    #: Dates of reviews after admission (C(E)TR, CTR or review meetings).
    review_meeting_dates: Sequence[date] = ()


@dataclass(frozen=True)
class Prompt:
    """One thing due: ``code`` (a key of :data:`TEXTS`), whether it is overdue, the date
    it is due by (if any) and the parameters its words need."""

    code: str
    overdue: bool = False
    due: date | None = None
    params: dict[str, str | int] = field(default_factory=dict)

    def text(self) -> str:
        """The English words (the command line; the app translates :data:`TEXTS`)."""
        return fill(TEXTS[self.code], self)


def fill(template: str, prompt: Prompt) -> str:
    """``template`` (translated or not) with the prompt's parameters put in."""
    due = prompt.due.isoformat() if prompt.due else ""
    return template.format(due=due, **prompt.params)


def add_months(on: date, months: int) -> date:
    """``on`` moved ``months`` calendar months later (31 Jan + 1 month: 28 or 29 Feb)."""
    total = on.month - 1 + months
    year, month = on.year + total // 12, total % 12 + 1
    return date(year, month, min(on.day, calendar.monthrange(year, month)[1]))


def is_child(date_of_birth: date | None, today: date) -> bool:
    """Under 18 today (unknown: treated as a child, as most on the register are)."""
    if date_of_birth is None:
        return True
    return add_months(date_of_birth, 18 * 12) > today


def prompts(facts: RegisterFacts, rules: PromptRules | None = None) -> list[Prompt]:
    """Everything the register asks for now, most pressing first."""
    rules = rules or PromptRules()
    today, out = facts.today, []
    rating = facts.rating
    if rating in (Rag.RED, Rag.AMBER) and not facts.has_keyworker:
        out.append(Prompt("no_keyworker", True, params={"rating": rating}))
    if rating == Rag.RED:
        since = today - timedelta(days=rules.red_ctr_days)
        if not any(d >= since for d in facts.ctr_dates):
            out.append(Prompt("red_ctr_due", True, params={"days": rules.red_ctr_days}))
    if rating == Rag.BLUE:
        out += _inpatient(facts, rules)
    if facts.review_on is not None and facts.review_on < today:
        out.append(Prompt("review_overdue", True, facts.review_on))
    out.sort(key=lambda p: (not p.overdue, p.due or date.min))
    return out


def _inpatient(facts: RegisterFacts, rules: PromptRules) -> list[Prompt]:
    today, admitted = facts.today, facts.admission_date
    if admitted is None or admitted > today:
        return [Prompt("admission_date_missing", True)]
    out: list[Prompt] = []
    months = (rules.inpatient_ctr_months_child if is_child(facts.date_of_birth, today)
              else rules.inpatient_ctr_months_adult)
    # The admission prompts matter until the first cadence review would be due.
    early = today <= add_months(admitted, months)
    by = admitted + timedelta(days=rules.ctr_after_admission_days)
    # "Offered before admission": a C(E)TR in the months before it counts.
    window_start = add_months(admitted, -months)
    if early and not any(window_start <= d <= by for d in facts.ctr_dates):
        out.append(Prompt("ctr_at_admission", today > by, by,
                          {"days": rules.ctr_after_admission_days}))
    review_by = admitted + timedelta(days=rules.post_admission_review_days)
    reviews = (*facts.review_meeting_dates, *facts.ctr_dates)
    if early and not any(admitted <= d <= review_by for d in reviews):
        out.append(Prompt("post_admission_review", today > review_by, review_by,
                          {"days": rules.post_admission_review_days}))
    held = [d for d in facts.ctr_dates if d <= today]
    last = max([admitted, *held])
    due = add_months(last, months)
    # One already booked answers the prompt, even if it falls after the due date.
    planned = any(d > today for d in facts.ctr_dates)
    if not planned and due <= today + timedelta(days=LEAD_DAYS):
        out.append(Prompt("inpatient_ctr_cadence", due < today, due, {"months": months}))
    return out
