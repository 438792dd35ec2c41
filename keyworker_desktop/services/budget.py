"""The personal budget (seed 002: a one-off budget, up to £500 by default from settings):
spends with who approved and who received them, the running total and what remains."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.store import settings
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import BudgetSpend

_POUNDS = re.compile(r"^£?\s*(\d{1,7})(?:\.(\d{1,2}))?$")


def parse_pounds(text: str, field: str = "amount_pence") -> int:
    """"12.50", "£12.50" or "12" as pence; a clear refusal for anything else."""
    cleaned = text.strip().replace(",", "")
    match = _POUNDS.match(cleaned)
    if match is None:
        raise_for([Problem(field, Message("budget.type_amount_in", QT_TRANSLATE_NOOP(
                "Errors", "Type the amount in pounds and pence, for example 12.50.")))])
    assert match is not None
    pence = int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
    return pence


def pounds(pence: int) -> str:
    """Pence as "£1,234.50"."""
    return f"£{pence / 100:,.2f}"


@dataclass(frozen=True)
class SpendRow:
    id: str
    item: str
    amount_pence: int
    spent_on: date
    approved_by: str
    received_by: str
    running_total_pence: int


@dataclass(frozen=True)
class BudgetSummary:
    spends: list[SpendRow]
    total_pence: int
    limit_pence: int

    @property
    def remaining_pence(self) -> int:
        return max(0, self.limit_pence - self.total_pence)


def _spent(session: Session, yp_id: str) -> int:
    return int(session.scalar(
        select(func.coalesce(func.sum(BudgetSpend.amount_pence), 0))
        .where(BudgetSpend.young_person_id == yp_id, BudgetSpend.deleted_at.is_(None))
    ) or 0)


def budget_for(session: Session, yp_id: str) -> BudgetSummary:
    """Spends oldest first with the running total, and the limit from settings."""
    rows = session.scalars(
        select(BudgetSpend).where(BudgetSpend.young_person_id == yp_id,
                                  BudgetSpend.deleted_at.is_(None))
        .order_by(BudgetSpend.spent_on, BudgetSpend.created_at, BudgetSpend.id)
    ).all()
    total, out = 0, []
    for b in rows:
        total += b.amount_pence
        out.append(SpendRow(b.id, b.item, b.amount_pence, b.spent_on, b.approved_by,
                            b.received_by, total))
    return BudgetSummary(out, total, settings.get(session, settings.BUDGET_LIMIT_PENCE))


def add_spend(session: Session, yp_id: str, *, item: str, amount_pence: int, spent_on: date,
              today: date, approved_by: str = "", received_by: str = "") -> BudgetSpend:
    """Record a spend; refused (nothing stored) if it would go over the limit."""
    limit = settings.get(session, settings.BUDGET_LIMIT_PENCE)
    problems = [
        *rules.check_required(item, "item", QT_TRANSLATE_NOOP("Errors", "What it was for")),
        *rules.check_length(item, "item", 200, QT_TRANSLATE_NOOP("Errors", "What it was for")),
        *rules.check_length(approved_by, "approved_by", 200,
            QT_TRANSLATE_NOOP("Errors", "Who approved it")),
        *rules.check_length(received_by, "received_by", 200,
            QT_TRANSLATE_NOOP("Errors", "Who received it")),
        *rules.check_budget(_spent(session, yp_id), amount_pence, limit),
    ]
    if spent_on > today:
        problems.append(Problem("spent_on", Message("spent_on.spend_date_in", QT_TRANSLATE_NOOP(
                "Errors", "The spend date is in the future."))))
    raise_for(problems)
    spend = BudgetSpend(young_person_id=yp_id, item=item.strip(), amount_pence=amount_pence,
                        spent_on=spent_on, approved_by=approved_by.strip(),
                        approved_on=spent_on if approved_by.strip() else None,
                        received_by=received_by.strip())
    session.add(spend)
    session.flush()
    return spend
