"""Step-down plan, handover, transition checklist and the handover summary, on a store
that never held the demo."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from keyworker_desktop.services.checklists import checklists_for
from keyworker_desktop.services.ending import close_involvement, reopen_involvement
from keyworker_desktop.services.handover import (
    apply_transition_checklist,
    ending_state,
    record_handover,
    save_step_down_plan,
)
from keyworker_desktop.services.handover_summary import handover_pdf, summary_for
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import (
    Action,
    AuditEvent,
    ChecklistInstance,
    Ending,
    FamilyMember,
    YoungPerson,
)

TODAY = date(2025, 3, 10)
NOW = datetime(2025, 3, 10, 9, 0)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


@pytest.fixture
def yp_id(store: Store) -> str:
    with store.transaction() as s:
        return take_referral(s, Referral("Ava", "Reed", date_of_birth=date(2012, 3, 20),
                                         referred_on=date(2025, 1, 10)),
                             TODAY).young_person.id


def endings(store: Store) -> list[Ending]:
    with store.session() as s:
        return list(s.scalars(select(Ending)).all())


def test_plan_and_handover_write_one_ending_that_closing_closes(store: Store,
                                                                yp_id: str) -> None:
    with store.transaction() as s:
        save_step_down_plan(s, yp_id, "  Fortnightly calls until the new keyworker settles. ")
    with store.transaction() as s:
        record_handover(s, yp_id, to="  Priya   Shah ", handover_on=date(2025, 3, 20),
                        family_permission=True, today=TODAY)
    with store.transaction() as s:
        close_involvement(s, yp_id, reason="Moved to college", closed_on=TODAY, today=TODAY)
    [ending] = endings(store)
    assert ending.step_down_plan == "Fortnightly calls until the new keyworker settles."
    assert (ending.handover_to, ending.handover_on, ending.family_permission_for_handover) == (
        "Priya Shah", date(2025, 3, 20), True)
    assert (ending.closed_on, ending.reason) == (TODAY, "Moved to college")
    with store.session() as s:
        state = ending_state(s, yp_id)
    assert state.handover_recorded and state.closure is not None
    assert state.closure.reason == "Moved to college"


def test_editing_the_plan_after_closing_changes_the_closure_and_reopening_starts_afresh(
        store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        close_involvement(s, yp_id, reason="Moved", closed_on=TODAY, today=TODAY)
        save_step_down_plan(s, yp_id, "Peer support for Mum")
    [ending] = endings(store)
    assert ending.step_down_plan == "Peer support for Mum"
    with store.transaction() as s:
        reopen_involvement(s, yp_id, reason="Back", reopened_on=TODAY, today=TODAY)
    with store.session() as s:
        assert ending_state(s, yp_id).step_down_plan == ""
    with store.transaction() as s:
        save_step_down_plan(s, yp_id, "A new plan")
    assert sorted(e.step_down_plan for e in endings(store)) == ["A new plan",
                                                               "Peer support for Mum"]


@pytest.mark.parametrize(("permission", "message"), [
    (False, "did not give permission"), (None, "Say whether the family"),
])
def test_no_handover_without_the_familys_yes(store: Store, yp_id: str,
                                             permission: bool | None, message: str) -> None:
    with pytest.raises(ValidationError, match=message) as err, store.transaction() as s:
        record_handover(s, yp_id, to="Priya Shah", handover_on=TODAY,
                        family_permission=permission, today=TODAY)
    assert [p.field for p in err.value.problems] == ["family_permission_for_handover"]
    assert endings(store) == []


@pytest.mark.parametrize(("to", "on", "field"), [
    ("  ", TODAY, "handover_to"),
    ("x" * 201, TODAY, "handover_to"),
    ("Priya", date(2025, 1, 9), "handover_on"),  # before the referral
    ("Priya", date(2026, 3, 12), "handover_on"),  # more than a year ahead
])
def test_bad_handovers_store_nothing(store: Store, yp_id: str, to: str, on: date,
                                     field: str) -> None:
    with pytest.raises(ValidationError) as err, store.transaction() as s:
        record_handover(s, yp_id, to=to, handover_on=on, family_permission=True, today=TODAY)
    assert field in {p.field for p in err.value.problems}
    assert endings(store) == []


def test_transition_checklist_from_the_leaving_date(store: Store, yp_id: str) -> None:
    with pytest.raises(ValidationError, match="leaving date"), store.transaction() as s:
        apply_transition_checklist(s, yp_id)
    with store.transaction() as s:
        s.get(YoungPerson, yp_id).leaving_date = date(2025, 7, 18)  # type: ignore[union-attr]
    with store.session() as s:
        before = ending_state(s, yp_id)
    assert not before.transition_applied
    assert before.transition_due_on == date(2025, 10, 24)  # shown before it is applied
    with store.transaction() as s:
        apply_transition_checklist(s, yp_id)
    with pytest.raises(ValidationError, match="already"), store.transaction() as s:
        apply_transition_checklist(s, yp_id)
    with store.session() as s:
        [view] = checklists_for(s, yp_id)
        state = ending_state(s, yp_id)
        assert s.scalar(select(func.count()).select_from(ChecklistInstance)) == 1
    assert view.instance.template_key == "transition"
    assert view.instance.anchor_at == datetime(2025, 7, 18)
    dated = {i.due_at for i in view.items if i.due_at is not None}
    assert dated == {datetime(2025, 10, 24, 23, 59, 59, 999999)}
    assert state.transition_applied and state.transition_due_on == date(2025, 10, 24)
    assert endings(store)[0].transition_due_on == date(2025, 10, 24)


def test_summary_holds_what_the_next_keyworker_needs(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        yp.communication_needs, yp.what_matters = "Give time to answer", "Her cat Biscuit"
        s.add(FamilyMember(young_person_id=yp_id, name="Rosa Reed", relation="parent",
                           parental_responsibility=True, phone="07700 900123"))
        s.add(Action(young_person_id=yp_id, description="Book the OT assessment",
                     owner_name="Fiona Grant", due_on=date(2025, 4, 1)))
        save_step_down_plan(s, yp_id, "Peer support for Mum")
    with store.session() as s:
        summary = summary_for(s, yp_id, NOW, "Sam Keyworker")
    assert summary.name == "Ava Reed" and not summary.permission_given
    assert "Give time to answer" in summary.communication
    assert ("What matters to them", "Her cat Biscuit") in summary.about
    assert [(c.name, c.phone) for c in summary.family] == [("Rosa Reed", "07700 900123")]
    assert "parental responsibility" in summary.family[0].role
    assert [line.text for line in summary.open_actions] == [
        "Book the OT assessment (who: Fiona Grant)"]
    assert summary.step_down_plan == "Peer support for Mum"
    assert dict(summary.status)["Register"].startswith("Referred")


def test_handover_pdf_is_audited_and_readable(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        pdf = handover_pdf(s, yp_id, NOW)
    assert pdf.startswith(b"%PDF")
    with store.session() as s:
        audit = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
    assert audit.young_person_id == yp_id and "Handover summary" in audit.detail
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                              check=True).stdout.decode()
        assert "Ava Reed" in text and "permission to hand over is not recorded" in text
