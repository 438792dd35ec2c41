"""The register entry, ratings, reviews and prompts on a store that never held the demo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from keyworker_desktop.services import register
from keyworker_desktop.services.actions import save_meeting
from keyworker_desktop.services.allocation import add_staff, allocate
from keyworker_desktop.services.records import current_rag
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store import keys, settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import DsrReview, RagRating

TODAY = date(2026, 3, 10)


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


def count(store: Store, model: type) -> int:
    with store.session() as s:
        return s.query(model).count()


def test_the_entry_is_edited_and_read_back(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        register.save_entry(s, yp_id, current_issues="  Not sleeping ", tried="Sleep plan",
                            reduces_risk="Routine", action_plan="CAMHS referral",
                            review_on=date(2026, 4, 1))
    with store.session() as s:
        view = register.register_view(s, yp_id, TODAY)
    assert view.fields == {"current_issues": "Not sleeping", "tried": "Sleep plan",
                           "reduces_risk": "Routine", "action_plan": "CAMHS referral",
                           "review_on": date(2026, 4, 1)}
    with store.transaction() as s, pytest.raises(ValidationError) as refused:
        register.save_entry(s, yp_id, action_plan="x" * 20_001)
    assert refused.value.field == "action_plan"


def test_a_rating_needs_its_rationale_and_a_sensible_date(store: Store, yp_id: str) -> None:
    for rating, on, rationale, field in (
            ("red", TODAY, "  ", "rationale"),
            ("red", date(2026, 3, 11), "Admission risk", "rated_on"),
            ("red", date(2026, 1, 4), "Admission risk", "rated_on"),
            ("purple", TODAY, "Admission risk", "rating")):
        with store.transaction() as s, pytest.raises(ValidationError) as refused:
            register.add_rating(s, yp_id, rating, on=on, rationale=rationale, today=TODAY)
        assert refused.value.field == field
    assert count(store, RagRating) == 0


def test_ratings_make_a_history_whose_last_is_the_current(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        register.add_rating(s, yp_id, "amber", on=date(2026, 1, 20), rationale="Rising",
                            today=TODAY)
        register.add_rating(s, yp_id, "red", on=date(2026, 2, 20), rationale="Crisis",
                            today=TODAY)
        register.add_rating(s, yp_id, "green", on=date(2026, 1, 10), rationale="Back-dated",
                            today=TODAY)
    with store.session() as s:
        history = register.rating_history(s, yp_id)
        assert current_rag(s, yp_id) == "red"
        view = register.register_view(s, yp_id, TODAY)
    assert [r.rating for r in history] == ["green", "amber", "red"]
    assert history[-1].rated_by and view.current is not None and view.current.rating == "red"


def test_a_review_sets_the_next_review_date(store: Store, yp_id: str) -> None:
    with store.transaction() as s, pytest.raises(ValidationError) as refused:
        register.record_review(s, yp_id, outcome="", next_review_on=date(2026, 6, 1),
                               today=TODAY)
    assert refused.value.field == "outcome"
    with store.transaction() as s, pytest.raises(ValidationError) as refused:
        register.record_review(s, yp_id, outcome="Stable", next_review_on=TODAY, today=TODAY)
    assert refused.value.field == "next_review_on"
    assert count(store, DsrReview) == 0
    with store.transaction() as s:
        register.record_review(s, yp_id, outcome="Stable", next_review_on=date(2026, 6, 1),
                               today=TODAY)
    with store.session() as s:
        view = register.register_view(s, yp_id, TODAY)
    assert view.fields["review_on"] == date(2026, 6, 1)
    assert [(r.reviewed_on, r.outcome) for r in view.reviews] == [(TODAY, "Stable")]


def test_prompts_follow_the_rating_allocation_meetings_and_settings(
        store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        register.add_rating(s, yp_id, "red", on=TODAY, rationale="Crisis", today=TODAY)
    with store.session() as s:
        assert [p.code for p in register.register_prompts(s, yp_id, TODAY)] == [
            "no_keyworker", "red_ctr_due"]
    with store.transaction() as s:
        staff = add_staff(s, "Kim Keyworker")
        allocate(s, yp_id, staff.id, role="keyworker", reason="first_allocation",
                 starts_on=TODAY)
        save_meeting(s, yp_id, kind="cetr", held_at=datetime(2025, 11, 1, 10))
    with store.session() as s:
        assert [p.code for p in register.register_prompts(s, yp_id, TODAY)] == ["red_ctr_due"]
    with store.transaction() as s:
        settings.put(s, settings.RED_CTR_DAYS, 180)
    with store.session() as s:
        assert register.register_prompts(s, yp_id, TODAY) == []


def test_no_entry_is_refused_plainly(store: Store) -> None:
    from keyworker_desktop.services.recording import save_young_person

    with store.transaction() as s:
        yp, _warnings = save_young_person(s, None, TODAY, given_name="Bo", family_name="Lake")
        yp_id = yp.id
    with store.transaction() as s, pytest.raises(ValidationError) as refused:
        register.add_rating(s, yp_id, "red", on=TODAY, rationale="x", today=TODAY)
    assert "no register entry" in refused.value.message
    with store.session() as s, pytest.raises(KeyError):
        register.register_prompts(s, "nobody", TODAY)
