"""Recording rules in plain Python: dates that cannot be, ages, limits, consent.

Each check returns :class:`Problem` values: an ``error`` refuses the write, a
``warning`` is shown but allowed. Messages are plain words and name no one; each is a
:class:`~keyworker_desktop.domain.i18n.Message` with a code, worded where it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, label

MAX_AGE = 25
BUDGET_LIMIT_PENCE = 50_000
TEXT_LIMITS = {"name": 100, "short": 200, "long": 20_000}


@dataclass(frozen=True)
class Problem:
    field: str
    words: Message
    severity: str = "error"  # or "warning"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def code(self) -> str:
        return self.words.code

    @property
    def message(self) -> str:
        """The message in the reader's language."""
        return self.words.worded()

    def worded(self, language: str | None = None) -> str:
        return self.words.worded(language)

    def __str__(self) -> str:
        return str(self.words)


def errors(problems: Iterable[Problem]) -> list[Problem]:
    return [p for p in problems if p.is_error]


def age_on(date_of_birth: date, today: date) -> int:
    years = today.year - date_of_birth.year
    if (today.month, today.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def check_date_of_birth(date_of_birth: date | None, today: date) -> list[Problem]:
    if date_of_birth is None:
        return []
    if date_of_birth > today:
        return [Problem("date_of_birth", Message("date_of_birth.future", QT_TRANSLATE_NOOP(
            "Errors", "The date of birth is in the future.")))]
    age = age_on(date_of_birth, today)
    if age > MAX_AGE:
        return [Problem("date_of_birth", Message("date_of_birth.over_age", QT_TRANSLATE_NOOP(
            "Errors", "This young person is {age}: the service is for ages 0 to {max_age}."),
            age=age, max_age=MAX_AGE), "warning")]
    return []


def check_period(start: datetime | date | None, end: datetime | date | None,
                 field: str = "ends_at",
                 what: str = QT_TRANSLATE_NOOP("Errors", "visit")) -> list[Problem]:
    """``what`` is marked with ``QT_TRANSLATE_NOOP("Errors", …)`` by the caller."""
    if start is not None and end is not None and end < start:
        return [Problem(field, Message("period.ends_before_start", QT_TRANSLATE_NOOP(
            "Errors", "The {what} ends before it starts."), what=label(what)))]
    return []


def check_length(value: str | None, field: str, limit: int, name: str) -> list[Problem]:
    """``name`` (the field as people call it) is marked with ``QT_TRANSLATE_NOOP("Errors", …)``
    by the caller."""
    if value is not None and len(value) > limit:
        return [Problem(field, Message("text.too_long", QT_TRANSLATE_NOOP(
            "Errors", "{label} is too long: at most {limit} characters ({length} now)."),
            label=label(name), limit=limit, length=len(value)))]
    return []


def check_required(value: str | None, field: str, name: str) -> list[Problem]:
    """``name`` is marked with ``QT_TRANSLATE_NOOP("Errors", …)`` by the caller."""
    if value is None or not value.strip():
        return [Problem(field, Message("text.required", QT_TRANSLATE_NOOP(
            "Errors", "{label} is needed."), label=label(name)))]
    return []


def nhs_number_valid(number: str) -> bool:
    """The NHS number's modulus-11 check digit."""
    digits = re.sub(r"\s", "", number)
    if not re.fullmatch(r"\d{10}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def check_nhs_number(number: str | None) -> list[Problem]:
    if not number:
        return []
    if not nhs_number_valid(number):
        return [Problem("nhs_number", Message("nhs_number.invalid", QT_TRANSLATE_NOOP(
            "Errors", "That is not a valid NHS number: it has 10 digits and "
            "the last one is a check digit.")))]
    return []


def check_budget(spent_pence: int, new_pence: int,
                 limit_pence: int = BUDGET_LIMIT_PENCE) -> list[Problem]:
    if new_pence <= 0:
        return [Problem("amount_pence", Message("budget.not_positive", QT_TRANSLATE_NOOP(
            "Errors", "The amount must be more than £0.")))]
    if spent_pence + new_pence > limit_pence:
        left = max(0, limit_pence - spent_pence)
        return [Problem("amount_pence", Message("budget.over_limit", QT_TRANSLATE_NOOP(
            "Errors", "This would take the total to £{total}, over the £{limit} limit. "
            "£{left} is left."), total=f"{(spent_pence + new_pence) / 100:,.2f}",
            limit=f"{limit_pence / 100:,.2f}", left=f"{left / 100:,.2f}"))]
    return []


def check_family_caseload(families_before: int, families_after: int, limit: int,
                          enabled: bool) -> list[Problem]:
    """Seed 000 counts families, not young people: a sibling of a young person the keyworker
    holds already adds no family, so it never warns."""
    if enabled and families_after > limit and families_after > families_before:
        return [Problem("staff_id", Message("caseload.over_limit", QT_TRANSLATE_NOOP(
            "Errors", "This keyworker would hold {families} families; the limit is {limit}."),
            families=families_after, limit=limit), "warning")]
    return []


def check_keyworker_consent(has_keyworker_consent: bool) -> list[Problem]:
    """Seed 002: no consent to a keyworker means working with the family and network only."""
    if not has_keyworker_consent:
        return [Problem("consent", Message("consent.no_keyworker", QT_TRANSLATE_NOOP(
            "Errors", "There is no consent to work with a keyworker: work with the "
            "family and network only.")), "warning")]
    return []


def check_finalised(is_final: bool) -> list[Problem]:
    if is_final:
        return [Problem("status", Message("note.finalised", QT_TRANSLATE_NOOP(
            "Errors", "This note is finalised and signed, so it cannot be changed. "
            "Add an addendum instead.")))]
    return []


def check_rating(score: int) -> list[Problem]:
    if not 0 <= score <= 10:
        return [Problem("score", Message("rating.out_of_range", QT_TRANSLATE_NOOP(
            "Errors", "A rating is from 0 to 10.")))]
    return []
