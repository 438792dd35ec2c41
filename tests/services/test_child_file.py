"""The child's file: every plan listed, copies recorded, out-of-date ones on Today."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from keyworker_desktop.services import child_file, documents
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.services.today import today_summary
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import PlanCopy

TODAY = date(2026, 3, 10)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


@pytest.fixture
def yp_id(store: Store) -> str:
    with store.transaction() as s:
        return take_referral(s, Referral("Ava", "Reed", referred_by="GP",
                                         referred_on=date(2026, 1, 5), reason="Exclusions"),
                             TODAY).young_person.id


def test_every_plan_is_listed_and_none_held_is_out_of_date(store: Store, yp_id: str) -> None:
    with store.session() as s:
        rows = child_file.plan_copies(s, yp_id, TODAY)
    assert [r.kind for r in rows] == ["care_plan", "pathway_plan", "placement_plan",
                                      "health_care_plan", "risk_assessment", "ehcp", "pep"]
    assert all(r.problem == "no_copy" and r.id is None for r in rows)
    with store.session() as s:
        # Never recorded: may not apply to this child, so Today says nothing.
        assert today_summary(s, datetime(2026, 3, 10, 9)).plans_out_of_date == []


def test_a_copy_with_its_file_and_review(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        doc = documents.attach(s, yp_id, PDF, "care-plan.pdf", kind="plan")
        child_file.save_plan_copy(s, yp_id, "care_plan", current_copy_on=date(2026, 2, 1),
                                  review_on=date(2026, 8, 1), document_id=doc.id, today=TODAY)
        child_file.save_plan_copy(s, yp_id, "pep", current_copy_on=date(2025, 9, 1),
                                  review_on=date(2026, 3, 1), today=TODAY)
        child_file.save_plan_copy(s, yp_id, "ehcp", current_copy_on=None, review_on=None,
                                  notes="Asked the SENCo", today=TODAY)
    with store.session() as s:
        rows = {r.kind: r for r in child_file.plan_copies(s, yp_id, TODAY)}
        due = today_summary(s, datetime(2026, 3, 10, 9)).plans_out_of_date
    care = rows["care_plan"]
    assert (care.document_name, care.problem, care.review_on) == (
        "care-plan.pdf", "", date(2026, 8, 1))
    assert rows["pep"].problem == "review_passed"
    assert rows["ehcp"].problem == "no_copy" and rows["ehcp"].notes == "Asked the SENCo"
    assert sorted(d.text for d in due) == ["Education, health and care plan (EHCP)",
                                          "Personal education plan (PEP)"]
    # A second save updates the same plan, keeping its file.
    with store.transaction() as s:
        child_file.save_plan_copy(s, yp_id, "care_plan", current_copy_on=date(2026, 3, 1),
                                  review_on=date(2026, 9, 1), today=TODAY)
    with store.session() as s:
        assert s.query(PlanCopy).filter_by(kind="care_plan").count() == 1
        care = child_file.plan_copies(s, yp_id, TODAY)[0]
    assert care.document_name == "care-plan.pdf" and care.current_copy_on == date(2026, 3, 1)


def test_bad_copies_are_refused(store: Store, yp_id: str) -> None:
    for kind, copy_on, review_on, field in (
            ("diary", None, None, "kind"),
            ("pep", date(2026, 3, 11), None, "current_copy_on"),
            ("pep", date(2026, 3, 1), date(2026, 2, 1), "review_on")):
        with store.transaction() as s, pytest.raises(ValidationError) as refused:
            child_file.save_plan_copy(s, yp_id, kind, current_copy_on=copy_on,
                                      review_on=review_on, today=TODAY)
        assert refused.value.field == field
    with store.session() as s:
        assert s.query(PlanCopy).count() == 0
