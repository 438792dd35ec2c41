"""The personal budget: pounds typed as text, the running total, the limit refused in words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from keyworker_desktop.services import budget
from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from tests.services.practice_support import TODAY, add_young_person, fresh_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    yield from fresh_store(tmp_path)


@pytest.fixture
def yp_id(store: Store) -> str:
    return add_young_person(store)


@pytest.mark.parametrize(("text", "pence"), [("12.50", 1250), ("£12.5", 1250), ("7", 700),
                                             (" 1,200.05 ", 120005)])
def test_pounds_and_pence_are_read(text: str, pence: int) -> None:
    assert budget.parse_pounds(text) == pence


@pytest.mark.parametrize("text", ["", "12.505", "twelve", "-3", "12,50p"])
def test_anything_else_is_refused_plainly(text: str) -> None:
    with pytest.raises(ValidationError) as err:
        budget.parse_pounds(text)
    assert "pounds and pence" in err.value.message


def test_running_total_and_refusal_over_the_limit(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        budget.add_spend(s, yp_id, item="Sensory kit", amount_pence=30000,
                         spent_on=date(2025, 3, 1), today=TODAY, approved_by="Jo Manager",
                         received_by="Mum")
        budget.add_spend(s, yp_id, item="Swimming", amount_pence=19000,
                         spent_on=date(2025, 3, 5), today=TODAY)
    with store.transaction() as s, pytest.raises(ValidationError) as err:
        budget.add_spend(s, yp_id, item="Bike", amount_pence=3000, spent_on=TODAY,
                         today=TODAY)
    assert err.value.message.startswith(
        "This would take the total to £520.00, over the £500.00 limit.")
    with store.session() as s:
        summary = budget.budget_for(s, yp_id)
    assert [r.running_total_pence for r in summary.spends] == [30000, 49000]
    assert summary.spends[0].received_by == "Mum"
    assert (summary.total_pence, summary.remaining_pence) == (49000, 1000)


def test_limit_comes_from_settings(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        settings.put(s, settings.BUDGET_LIMIT_PENCE, 100000)
        budget.add_spend(s, yp_id, item="Laptop", amount_pence=80000, spent_on=TODAY,
                         today=TODAY)
        assert budget.budget_for(s, yp_id).remaining_pence == 20000


def test_a_future_or_empty_spend_stores_nothing(store: Store, yp_id: str) -> None:
    with store.transaction() as s, pytest.raises(ValidationError) as err:
        budget.add_spend(s, yp_id, item="", amount_pence=0, spent_on=date(2025, 3, 11),
                         today=TODAY)
    assert {p.field for p in err.value.problems} == {"item", "amount_pence", "spent_on"}
    with store.session() as s:
        assert budget.budget_for(s, yp_id).spends == []
