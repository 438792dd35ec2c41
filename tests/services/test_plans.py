"""The easy-read plan filled from the demo caseload: names, lines, helpers, photo, version."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from keyworker_desktop.easyread.checker import split_sentences
from keyworker_desktop.services import plans
from keyworker_desktop.services.actions import save_action
from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.services.recording import save_note_draft, save_young_person
from keyworker_desktop.services.records import find_young_person
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import (
    AuditEvent,
    Consent,
    NetworkLink,
    SessionNote,
    YoungPerson,
)

TODAY = date(2025, 3, 10)
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
       b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7"
       b"5\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Alex Morgan",
                      kdf=keys.TEST_KDF)
    with st.transaction() as s:
        populate_demo(s, today=TODAY)
    yield st
    st.close()


def _yp_id(store: Store, ref: str) -> str:
    with store.session() as s:
        yp = find_young_person(s, ref)
        assert yp is not None
        return yp.id


def test_plan_uses_the_preferred_name_and_the_latest_finalised_agreement(store: Store) -> None:
    aish = _yp_id(store, "Aisha Begum")
    with store.transaction() as s:
        # A newer draft is not agreed yet: it must not reach the plan.
        save_note_draft(s, aish, session_on=TODAY, purposes=["specific_issues"],
                        agreed="Draft words nobody has agreed.")
    with store.session() as s:
        plan = plans.plan_data_for(s, aish, TODAY)
        latest = s.scalars(select(SessionNote).where(
            SessionNote.young_person_id == aish, SessionNote.status == "final")
            .order_by(SessionNote.session_on.desc())).first()
        assert latest is not None
        expected = [line.replace("Aisha", "Aish") for line in split_sentences(latest.agreed)]
    assert plan.person.called == "Aish"
    assert [x.text for x in plan.agreed] == expected
    assert len(plan.agreed) == 2  # one idea per line: the two sentences of the note
    words = plans.plan_text_for_checking(plan)
    assert not any("Aisha" in w for w in words)
    assert any("Aish " in w for w in words)
    assert plan.goals and plan.next_steps and plan.about_me.how_to_support
    assert all(who for _step, who in plan.next_steps)
    assert ("Set the date for the EHCP annual review"
            in [step.text for step, _who in plan.next_steps])
    assert all(v.start.date() >= TODAY for v in plan.visits)


def test_helpers_are_the_linked_people_with_a_line(store: Store) -> None:
    for ref in ("Aisha Begum", "Oliver Thompson", "Zain Hussain"):
        yp_id = _yp_id(store, ref)
        with store.session() as s:
            plan = plans.plan_data_for(s, yp_id, TODAY)
            links = s.scalars(select(NetworkLink).where(
                NetworkLink.young_person_id == yp_id, NetworkLink.deleted_at.is_(None))).all()
        linked = [link for link in links if link.strength != "none"]
        assert len(plan.helpers) == len(linked)
        assert all(h.how_they_help.strip() for h in plan.helpers)


def test_photo_only_while_photo_consent_is_in_force(store: Store) -> None:
    olly = _yp_id(store, "Olly")
    with store.transaction() as s:
        s.get(YoungPerson, olly).photo_png = PNG  # type: ignore[union-attr]
    with store.session() as s:
        assert plans.plan_data_for(s, olly, TODAY).person.photo_png is None
    with store.transaction() as s:
        s.add(Consent(young_person_id=olly, kind="photo", given_by="parental_responsibility",
                      given_on=TODAY))
    with store.session() as s:
        assert plans.plan_data_for(s, olly, TODAY).person.photo_png == PNG
    with store.transaction() as s:
        consent = s.scalars(select(Consent).where(Consent.young_person_id == olly,
                                                  Consent.kind == "photo")).one()
        consent.withdrawn_on = TODAY
    with store.session() as s:
        assert plans.plan_data_for(s, olly, TODAY).person.photo_png is None


def test_record_version_is_stable_and_changes_after_an_edit(store: Store) -> None:
    ruby = _yp_id(store, "Ruby Williams")
    with store.session() as s:
        first = plans.plan_data_for(s, ruby, TODAY).record_version
        again = plans.plan_data_for(s, ruby, TODAY + timedelta(days=1)).record_version
    assert first == again and len(first) <= 16
    with store.transaction() as s:
        save_action(s, ruby, description="Bring the dance video", owner_name="Grace Okafor")
    with store.session() as s:
        after_action = plans.plan_data_for(s, ruby, TODAY).record_version
    assert after_action != first
    with store.transaction() as s:
        save_young_person(s, ruby, TODAY, what_matters="Dancing. Bramble the dog.")
    with store.session() as s:
        after_profile = plans.plan_data_for(s, ruby, TODAY).record_version
    assert after_profile not in (first, after_action)
    version, when = plans.read_record_version(after_profile)
    assert version == int(after_profile.split("-")[0]) and when is not None


def test_checking_text_follows_the_chosen_pages(store: Store) -> None:
    with store.session() as s:
        plan = plans.plan_data_for(s, _yp_id(store, "Zain Hussain"), TODAY)
    about = plans.plan_text_for_checking(plan, ["about-me"])
    assert about == [*plan.about_me.what_matters, *plan.about_me.what_people_like,
                     *plan.about_me.how_to_support]
    assert plans.plan_text_for_checking(plan, ["next-visits"]) == []


def test_export_is_audited(store: Store) -> None:
    meg = _yp_id(store, "Meg")
    with store.transaction() as s:
        plan = plans.plan_data_for(s, meg, TODAY)
        plans.audit_export(s, s.info["write_context"], meg,
                           plans.export_detail(plan, ["my-plan"], "A5", True, "printed"))
    with store.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
    assert event.young_person_id == meg
    assert plan.record_version in event.detail and "A5, large print" in event.detail


def test_unknown_young_person(store: Store) -> None:
    with store.session() as s, pytest.raises(KeyError):
        plans.plan_data_for(s, "no-such-id", TODAY)


def test_plain_roles() -> None:
    assert plans.plain_role("SENCO") == "teacher for extra help"
    assert plans.plain_role("GP") == "family doctor"
    assert plans.plain_role("Class teacher and form tutor (Year 10)") == "teacher"
    assert plans.plain_role("Dance teacher") == "Dance teacher"
    assert plans.plain_role("Grandmother (Nani)", "family_informal") == "Grandmother (Nani)"
    assert plans.plain_role("Manager (work placement)") == "Manager"


def test_atomic_write_leaves_only_the_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    plans.write_file_atomically(target, b"%PDF-1.4 one")
    plans.write_file_atomically(target, b"%PDF-1.4 two")
    assert target.read_bytes() == b"%PDF-1.4 two"
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]


@pytest.mark.slow
def test_the_demo_plans_are_short_on_paper(store: Store) -> None:
    """Issue 14 item 15: the demo's A4 plans took 5-6 pages and its A5 large print up to
    20, with short parts alone on a sheet; a new young person's took four near-empty
    pages. Parts now share paper and the empty ones are said together."""
    from io import BytesIO

    from pypdf import PdfReader

    from keyworker_desktop.easyread.documents import build_plan_pdf
    from keyworker_desktop.services.records import live_names

    def pages(yp_id: str, size: str, large: bool) -> int:
        with store.session() as s:
            data = plans.plan_data_for(s, yp_id, TODAY)
        return len(PdfReader(BytesIO(build_plan_pdf(data, page_size=size,
                                                     large_print=large))).pages)

    with store.session() as s:
        everyone = [yp_id for yp_id, _name in live_names(s)]
    a4 = [pages(yp_id, "A4", False) for yp_id in everyone]
    a5_large = [pages(yp_id, "A5", True) for yp_id in everyone]
    assert max(a4) <= 6 and sum(a4) <= 5 * len(a4)
    assert max(a5_large) <= 16
    with store.transaction() as s:
        new, _ = save_young_person(s, None, TODAY, given_name="Nova", family_name="Reed")
    assert [pages(new.id, size, large) for size, large in
            (("A4", False), ("A5", True))] == [1, 1]
