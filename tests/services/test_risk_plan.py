"""The risk assessment and crisis plan: one per young person, who to call from the network
and family, its review due on Today, and the printable copy audited."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from keyworker_desktop.services import network, risk_plan
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import AuditEvent, FamilyMember, Professional
from tests.services.practice_support import TODAY, add_young_person, fresh_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    yield from fresh_store(tmp_path)


@pytest.fixture
def yp_id(store: Store) -> str:
    return add_young_person(store)


def _people(store: Store, yp_id: str) -> tuple[str, str]:
    with store.transaction() as s:
        network.save_professional_link(s, yp_id, None, TODAY, name="Dr Okafor",
                                       role="Psychiatrist", phone="0161 000 1111")
        mum = FamilyMember(young_person_id=yp_id, name="Jo Reed", relation="parent",
                           phone="07700 900123")
        s.add(mum)
        s.flush()
        pro = s.scalars(select(Professional)).one()
        return f"pro:{pro.id}", f"fam:{mum.id}"


def test_saved_once_and_who_to_call_follows_the_person(store: Store, yp_id: str) -> None:
    pro, mum = _people(store, yp_id)
    with store.session() as s:
        labels = [c.label for c in risk_plan.call_choices(s, yp_id)]
    assert "Dr Okafor (Psychiatrist) — 0161 000 1111" in labels
    assert "Jo Reed (Parent) — 07700 900123" in labels
    for _ in range(2):
        with store.transaction() as s:
            risk_plan.save_risk_plan(s, yp_id, today=TODAY, assessed_on=date(2025, 3, 3),
                                     review_on=date(2025, 6, 3), who_to_call_ids=[mum, pro],
                                     what_helps="Quiet room, music", who_to_call="Crisis line 111")
    with store.transaction() as s:
        s.scalars(select(FamilyMember)).one().phone = "07700 900999"
    with store.session() as s:
        plan = risk_plan.risk_plan_for(s, yp_id)
        people = risk_plan.people_to_call(s, yp_id, plan)
        assert s.scalars(select(risk_plan.RiskPlan.id)).all() == [plan.id]
    assert plan.what_helps == "Quiet room, music"
    assert [(p.name, p.phone) for p in people] == [
        ("Jo Reed", "07700 900999"), ("Dr Okafor", "0161 000 1111"), ("Crisis line 111", "")]


def test_review_before_assessment_is_refused(store: Store, yp_id: str) -> None:
    with store.transaction() as s, pytest.raises(ValidationError) as err:
        risk_plan.save_risk_plan(s, yp_id, today=TODAY, assessed_on=date(2025, 3, 3),
                                 review_on=date(2025, 3, 1), risks="x")
    assert err.value.field == "review_on"
    with store.session() as s:
        assert risk_plan.risk_plan_for(s, yp_id).id is None


def test_overdue_review_listed_for_today(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        risk_plan.save_risk_plan(s, yp_id, today=TODAY, assessed_on=date(2024, 12, 1),
                                 review_on=date(2025, 3, 1))
    with store.session() as s:
        (due,) = risk_plan.risk_reviews_due(s, TODAY)
        assert due.overdue and due.young_person == "Ava Reed"
        assert risk_plan.risk_reviews_due(s, date(2025, 2, 1)) == []


def test_printed_copy_is_a_pdf_and_audited(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        risk_plan.save_risk_plan(s, yp_id, today=TODAY, assessed_on=TODAY,
                                 review_on=date(2025, 6, 1), risks="Runs off when crowded")
    with store.transaction() as s:
        pdf = risk_plan.crisis_plan_pdf(s, yp_id, datetime(2025, 3, 10, 9))
    assert pdf.startswith(b"%PDF")
    with store.session() as s:
        details = s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "export")).all()
    assert details == ["Risk and crisis plan (PDF)"]


def test_easy_read_when_upset_page_uses_what_helps_and_what_to_avoid(store: Store,
                                                                     yp_id: str) -> None:
    from keyworker_desktop.easyread.documents import DEFAULT_PAGES, build_plan_pdf
    from keyworker_desktop.services.plans import plan_data_for, plan_text_for_checking
    from tests.easyread.test_documents import page_texts

    with store.transaction() as s:
        risk_plan.save_risk_plan(s, yp_id, today=TODAY, assessed_on=TODAY, review_on=None,
                                 what_helps="A quiet room.\nMy music.",
                                 what_to_avoid="Shouting.")
    with store.session() as s:
        data = plan_data_for(s, yp_id, TODAY)
    assert [x.text for x in data.upset_helps] == ["A quiet room.", "My music."]
    assert [x.text for x in data.upset_avoid] == ["Shouting."]
    # The checker reads them only when the page is chosen.
    assert "Shouting." in plan_text_for_checking(data, ("when-upset",))
    assert "Shouting." not in plan_text_for_checking(data, DEFAULT_PAGES)
    text = " ".join(page_texts(build_plan_pdf(data, pages=("when-upset",))))
    assert "When Ava is upset" in text and "This helps Ava" in text
    assert "Please do not" in text and "A quiet room." in text
    assert "When Ava is upset" not in " ".join(page_texts(build_plan_pdf(data)))
