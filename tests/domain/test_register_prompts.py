"""The register's prompts with a fixed clock: red, blue cadences, no keyworker, reviews."""

from __future__ import annotations

from datetime import date

from keyworker_desktop.domain.register_prompts import (
    PromptRules,
    RegisterFacts,
    add_months,
    is_child,
    prompts,
)

TODAY = date(2026, 3, 10)


def codes(**kw: object) -> list[str]:
    facts = RegisterFacts(today=TODAY, **kw)  # type: ignore[arg-type]
    return [p.code for p in prompts(facts)]


def test_green_with_a_keyworker_asks_for_nothing() -> None:
    assert codes(rating="green", has_keyworker=True) == []
    assert codes(rating=None) == []


def test_red_asks_for_a_ctr_unless_one_was_held_or_planned_in_the_window() -> None:
    assert codes(rating="red", has_keyworker=True) == ["red_ctr_due"]
    assert codes(rating="red", has_keyworker=True, ctr_dates=[date(2025, 12, 1)]) == [
        "red_ctr_due"]  # 99 days ago: outside 90
    assert codes(rating="red", has_keyworker=True, ctr_dates=[date(2025, 12, 10)]) == []
    assert codes(rating="red", has_keyworker=True, ctr_dates=[date(2026, 4, 1)]) == []
    rules = PromptRules(red_ctr_days=120)
    facts = RegisterFacts("red", TODAY, has_keyworker=True, ctr_dates=[date(2025, 12, 1)])
    assert prompts(facts, rules) == []


def test_red_or_amber_without_a_keyworker_is_flagged() -> None:
    assert "no_keyworker" in codes(rating="red")
    assert codes(rating="amber") == ["no_keyworker"]
    assert codes(rating="green") == []
    assert codes(rating="blue", admission_date=TODAY, ctr_dates=[TODAY]) == []


def test_blue_without_an_admission_date_asks_for_it() -> None:
    assert codes(rating="blue") == ["admission_date_missing"]


def test_blue_just_admitted_asks_for_the_ctr_and_the_post_admission_review() -> None:
    admitted = date(2026, 3, 5)
    got = prompts(RegisterFacts("blue", TODAY, admission_date=admitted))
    by_code = {p.code: p for p in got}
    assert by_code["ctr_at_admission"].due == date(2026, 3, 12)
    assert not by_code["ctr_at_admission"].overdue
    assert by_code["post_admission_review"].due == date(2026, 3, 19)
    # A C(E)TR a month before admission was offered in time; the post-admission review
    # still needs a meeting after admission.
    before = prompts(RegisterFacts("blue", TODAY, admission_date=admitted,
                                   ctr_dates=[date(2026, 2, 5)]))
    assert [p.code for p in before] == ["post_admission_review"]
    after = prompts(RegisterFacts("blue", TODAY, admission_date=admitted,
                                  ctr_dates=[date(2026, 3, 9)]))
    assert after == []


def test_blue_admission_ctr_is_overdue_after_a_week() -> None:
    got = prompts(RegisterFacts("blue", TODAY, admission_date=date(2026, 2, 20)))
    ctr = next(p for p in got if p.code == "ctr_at_admission")
    assert ctr.overdue and ctr.due == date(2026, 2, 27)
    review = next(p for p in got if p.code == "post_admission_review")
    assert review.overdue and review.due == date(2026, 3, 6)


def test_inpatient_child_every_three_months_adult_every_six() -> None:
    admitted = date(2025, 6, 1)
    child = prompts(RegisterFacts("blue", TODAY, date_of_birth=date(2012, 1, 1),
                                  admission_date=admitted, ctr_dates=[date(2025, 12, 15)]))
    assert [(p.code, p.due, p.overdue) for p in child] == [
        ("inpatient_ctr_cadence", date(2026, 3, 15), False)]
    adult = prompts(RegisterFacts("blue", TODAY, date_of_birth=date(2000, 1, 1),
                                  admission_date=admitted, ctr_dates=[date(2025, 12, 15)]))
    assert adult == []
    overdue = prompts(RegisterFacts("blue", TODAY, date_of_birth=date(2012, 1, 1),
                                    admission_date=admitted, ctr_dates=[date(2025, 11, 1)]))
    assert overdue[0].overdue and overdue[0].due == date(2026, 2, 1)
    planned = prompts(RegisterFacts("blue", TODAY, date_of_birth=date(2012, 1, 1),
                                    admission_date=admitted,
                                    ctr_dates=[date(2025, 11, 1), date(2026, 3, 20)]))
    assert planned == []


def test_a_review_date_passed_is_flagged_and_overdue_prompts_come_first() -> None:
    got = prompts(RegisterFacts("green", TODAY, review_on=date(2026, 3, 1), has_keyworker=True))
    assert [(p.code, p.due) for p in got] == [("review_overdue", date(2026, 3, 1))]
    assert "2026-03-01" in got[0].text()
    assert codes(rating="green", review_on=TODAY) == []


def test_months_and_childhood() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert add_months(date(2026, 3, 10), -3) == date(2025, 12, 10)
    assert is_child(date(2008, 3, 11), TODAY) and not is_child(date(2008, 3, 10), TODAY)
    assert is_child(None, TODAY)
