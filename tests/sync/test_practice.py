"""Practice records travel: a budget spend, a goal rating, a closed escalation and the risk
and crisis plan entered on one laptop reach the same keyworker's second laptop; two laptops
rating the same goal at once both keep their rating (ratings are append-only)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from keyworker_desktop.services import budget, escalations, goals, risk_plan
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.database import Store

from .conftest import Running
from .test_client import laptop

TODAY = date.today()


def test_spend_rating_escalation_and_plan_reach_the_second_laptop(
        make_store: Callable[[str], Store], server: Running) -> None:
    a = laptop(make_store, server, "sam")
    with a.store.transaction() as s:
        yp_id = take_referral(s, Referral("Ava", "Reed", referred_on=TODAY),
                              TODAY).young_person.id
        goal_id = goals.save_goal(s, yp_id, words="Go swimming", set_on=TODAY, today=TODAY).id
    a.sync()
    b = laptop(make_store, server, "sam")
    b.sync()

    with a.store.transaction() as s:
        budget.add_spend(s, yp_id, item="Sensory kit", amount_pence=1250, spent_on=TODAY,
                         today=TODAY, approved_by="Jo", received_by="Mum")
        goals.rate_goal(s, goal_id, score=6, rated_on=TODAY, today=TODAY, comment="I went")
        esc_id = escalations.raise_escalation(
            s, yp_id, what_was_blocked="No bed", escalated_to="Commissioner",
            level="commissioner", raised_on=TODAY, today=TODAY).id
        escalations.close_escalation(s, esc_id, outcome="Bed found", resolved_on=TODAY,
                                     today=TODAY)
        risk_plan.save_risk_plan(s, yp_id, today=TODAY, assessed_on=TODAY, review_on=None,
                                 what_helps="Music")
    assert a.sync().rejected == []
    b.sync()
    with b.store.session() as s:
        spends = budget.budget_for(s, yp_id).spends
        (goal,) = goals.goals_for(s, yp_id)
        (esc,) = escalations.escalations_for(s, yp_id)
        plan = risk_plan.risk_plan_for(s, yp_id)
    assert [(r.amount_pence, r.received_by) for r in spends] == [(1250, "Mum")]
    assert [(r.score, r.comment) for r in goal.ratings] == [(6, "I went")]
    assert (esc.outcome, esc.resolved_on) == ("Bed found", TODAY)
    assert plan.what_helps == "Music"


def test_two_laptops_rating_one_goal_both_keep_their_rating(
        make_store: Callable[[str], Store], server: Running) -> None:
    a = laptop(make_store, server, "sam")
    with a.store.transaction() as s:
        yp_id = take_referral(s, Referral("Ava", "Reed", referred_on=TODAY),
                              TODAY).young_person.id
        goal_id = goals.save_goal(s, yp_id, words="Cook a meal", set_on=TODAY, today=TODAY).id
    a.sync()
    b = laptop(make_store, server, "sam")
    b.sync()
    with a.store.transaction() as s:
        goals.rate_goal(s, goal_id, score=4, rated_on=TODAY, today=TODAY, comment="on A")
    with b.store.transaction() as s:
        goals.rate_goal(s, goal_id, score=7, rated_on=TODAY, today=TODAY, comment="on B")
    assert a.sync().rejected == []
    assert b.sync().rejected == []
    a.sync()
    for side in (a, b):
        with side.store.session() as s:
            (goal,) = goals.goals_for(s, yp_id)
        assert sorted((r.score, r.comment) for r in goal.ratings) == [(4, "on A"), (7, "on B")]


def test_the_day_an_action_was_done_reaches_the_second_laptop_and_is_cleared_there_too(
        make_store: Callable[[str], Store], server: Running) -> None:
    from keyworker_desktop.services import actions

    a = laptop(make_store, server, "sam")
    with a.store.transaction() as s:
        yp_id = take_referral(s, Referral("Ava", "Reed", referred_on=TODAY),
                              TODAY).young_person.id
        action_id = actions.save_action(s, yp_id, description="Send the plan",
                                        owner_name="Jo Patel", today=TODAY).id
    a.sync()
    b = laptop(make_store, server, "sam")
    b.sync()
    with a.store.transaction() as s:
        actions.mark_action(s, action_id, "done", TODAY)
    assert a.sync().rejected == []
    b.sync()
    with b.store.session() as s:
        (row,) = actions.actions_for(s, yp_id)
    assert (row.status, row.done_on) == ("done", TODAY)
    with b.store.transaction() as s:
        actions.mark_action(s, action_id, "chased", TODAY)  # reopened on the second laptop
    assert b.sync().rejected == []
    a.sync()
    with a.store.session() as s:
        (row,) = actions.actions_for(s, yp_id)
    assert (row.status, row.done_on) == ("chased", None)
