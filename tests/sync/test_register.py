"""Ratings and reviews travel: a RAG rating and a review made on one laptop reach the
keyworker's second laptop, and two laptops rating at once both keep both ratings
(append-only: never a conflict). On laptops that never held the demo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from keyworker_desktop.services import register
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.database import Store
from keyworker_desktop.sync import conflicts

from .conftest import Running
from .test_client import laptop

TODAY = date.today()


def history(store: Store, yp_id: str) -> list[tuple[str, str]]:
    with store.session() as s:
        return [(r.rating, r.rationale) for r in register.rating_history(s, yp_id)]


def test_ratings_and_reviews_reach_the_second_laptop_and_never_conflict(
        make_store: Callable[[str], Store], server: Running) -> None:
    a = laptop(make_store, server, "sam")
    with a.store.transaction() as s:
        yp_id = take_referral(s, Referral("Ava", "Reed", referred_on=TODAY - timedelta(days=30)),
                              TODAY).young_person.id
        register.add_rating(s, yp_id, "amber", on=TODAY - timedelta(days=20),
                            rationale="Rising risk", today=TODAY)
        register.record_review(s, yp_id, outcome="Multi-agency meeting booked",
                               next_review_on=TODAY + timedelta(days=28), today=TODAY)
    assert a.sync().rejected == []
    b = laptop(make_store, server, "sam")  # sam's second laptop, a fresh store
    b.sync()
    assert history(b.store, yp_id) == [("amber", "Rising risk")]
    with b.store.session() as s:
        view = register.register_view(s, yp_id, TODAY)
    assert [r.outcome for r in view.reviews] == ["Multi-agency meeting booked"]
    assert view.fields["review_on"] == TODAY + timedelta(days=28)

    # Both laptops rate the same day, offline from each other.
    with a.store.transaction() as s:
        register.add_rating(s, yp_id, "red", on=TODAY, rationale="Crisis (A)", today=TODAY)
    with b.store.transaction() as s:
        register.add_rating(s, yp_id, "red", on=TODAY, rationale="Police called (B)",
                            today=TODAY)
        register.record_review(s, yp_id, outcome="Escalated",
                               next_review_on=TODAY + timedelta(days=7), today=TODAY)
    assert a.sync().rejected == []
    assert b.sync().rejected == []
    a.sync()
    for laptop_ in (a, b):
        got = history(laptop_.store, yp_id)
        assert got[0] == ("amber", "Rising risk")
        assert sorted(got[1:]) == [("red", "Crisis (A)"), ("red", "Police called (B)")]
        assert conflicts.open_conflicts(laptop_.store) == []
        with laptop_.store.session() as s:
            assert len(register.reviews(s, yp_id)) == 2
            assert register.register_view(s, yp_id, TODAY).fields["review_on"] == (
                TODAY + timedelta(days=7))
