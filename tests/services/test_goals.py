"""Goals in their own words, ratings 0–10 over time, and the easy-read plan reading them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from keyworker_desktop.services import goals
from keyworker_desktop.services.plans import plan_data_for
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from tests.services.practice_support import TODAY, add_young_person, fresh_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    yield from fresh_store(tmp_path)


@pytest.fixture
def yp_id(store: Store) -> str:
    return add_young_person(store)


def test_ratings_kept_in_order_and_described(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        goal = goals.save_goal(s, yp_id, words="I want to go swimming on Saturdays",
                               agreed_with="Mum", set_on=date(2025, 1, 6), today=TODAY)
        for day, score in ((date(2025, 1, 13), 2), (date(2025, 2, 10), 5), (TODAY, 7)):
            goals.rate_goal(s, goal.id, score=score, rated_on=day, today=TODAY,
                            comment="I went twice" if score == 7 else "")
    with store.session() as s:
        (row,) = goals.goals_for(s, yp_id)
    assert row.words == "I want to go swimming on Saturdays" and row.agreed_with == "Mum"
    assert [r.score for r in row.ratings] == [2, 5, 7]
    assert row.latest is not None and row.latest.comment == "I went twice"
    text = goals.describe_progress(row)
    assert "3 ratings" in text and "2 to 7" in text and "(up)" in text


@pytest.mark.parametrize("score", [-1, 11])
def test_a_rating_outside_0_to_10_is_refused(store: Store, yp_id: str, score: int) -> None:
    with store.transaction() as s:
        goal_id = goals.save_goal(s, yp_id, words="Cook a meal", set_on=TODAY, today=TODAY).id
    with store.transaction() as s, pytest.raises(ValidationError) as err:
        goals.rate_goal(s, goal_id, score=score, rated_on=TODAY, today=TODAY)
    assert err.value.for_field("score") == "A rating is from 0 to 10."
    with store.session() as s:
        assert goals.goals_for(s, yp_id)[0].ratings == ()


@pytest.mark.parametrize("score", [0, 10])
def test_the_ends_of_the_scale_are_allowed(store: Store, yp_id: str, score: int) -> None:
    with store.transaction() as s:
        goal_id = goals.save_goal(s, yp_id, words="Cook a meal", set_on=TODAY, today=TODAY).id
        goals.rate_goal(s, goal_id, score=score, rated_on=TODAY, today=TODAY)
        assert goals.goals_for(s, yp_id)[0].ratings[0].score == score


def test_a_goal_needs_their_words_and_no_future_dates(store: Store, yp_id: str) -> None:
    with store.transaction() as s, pytest.raises(ValidationError) as err:
        goals.save_goal(s, yp_id, words=" ", set_on=date(2025, 3, 11), today=TODAY)
    assert {p.field for p in err.value.problems} == {"words", "set_on"}


def test_entered_goals_appear_in_the_easy_read_plan(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        goals.save_goal(s, yp_id, words="Go to the park with my brother", set_on=TODAY,
                        today=TODAY)
        done = goals.save_goal(s, yp_id, words="Learn to ride a bus", set_on=date(2025, 1, 1),
                               today=TODAY)
        goals.save_goal(s, yp_id, done.id, words="Learn to ride a bus", set_on=date(2025, 1, 1),
                        achieved_on=TODAY, today=TODAY)
    with store.session() as s:
        data = plan_data_for(s, yp_id, TODAY)
    texts = [line.text for line in data.goals]
    assert "Go to the park with my brother" in texts
    assert "Learn to ride a bus" not in texts
