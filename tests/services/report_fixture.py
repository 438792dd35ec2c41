"""A small caseload whose report was counted by hand (the figures are in ``EXPECTED``).

Period 1 January to 31 March 2025. Six young people:

* Ava: amber before the period, red on 15 Jan, amber on 20 Feb (moved twice), red again
  after the period (5 Apr, not counted). Keyworker Kim; shares a parent with Ben.
* Ben: referred 5 Jan, accepted 12 Jan, first allocation (Kim) 25 Jan: 20 days. Green.
* Cal: referred 1 Feb, declined 8 Feb. No rating.
* Dee: referred June 2024, first allocation (Lee) 1 Feb 2025: 245 days. Red, then blue
  (an inpatient) on 1 Mar.
* Eve: amber, re-rated amber in the period (no movement); withdrew consent to be on the
  register on 10 Mar, so not on the register at the end. Still allocated to Lee.
* Fay: green; involvement closed on 15 Feb.

Actions (week ends, then 31 Mar; overdue on a day: due before it, not done by it):

* on the old C(E)TR (1 Dec), CAMHS, open, due 15 Dec: overdue on every day;
* from the MDT, CAMHS, open, due 15 Feb: overdue from 16 Feb;
* from Ava's C(E)TR: CAMHS open due 1 Mar (overdue from 2 Mar); CAMHS done before
  migration 0009 (no day: left out, counted as done at the end); CAMHS due 14 Feb and done
  5 Mar (overdue 16 Feb to 2 Mar); school chased due 30 Apr (never); school due 20 Mar and
  done 10 Apr, after the period (overdue 23 Mar to 31 Mar, and open at the end); CAMHS
  cancelled, due 20 Jan (left out: no day of cancelling is kept).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from keyworker_desktop.store import settings
from keyworker_desktop.store.models import (
    Action,
    Allocation,
    BudgetSpend,
    Consent,
    DsrEntry,
    Ending,
    Escalation,
    FamilyMember,
    Goal,
    Meeting,
    OutcomeRating,
    Professional,
    RagRating,
    Staff,
    YoungPerson,
)

START, END, TODAY = date(2025, 1, 1), date(2025, 3, 31), date(2025, 4, 15)

EXPECTED = {
    "young_people": 6,
    "open_at_end": 3,
    "rag_at_end": {"red": 0, "amber": 1, "green": 1, "blue": 1},
    "rag_movements": [{"from": "amber", "to": "red", "count": 1},
                      {"from": "red", "to": "amber", "count": 1},
                      {"from": "red", "to": "blue", "count": 1}],
    "referrals": 2,
    "accepted": 1,
    "declined": 1,
    "median_days_referral_to_allocation": 132.5,
    "allocations_measured": 2,
    "inpatients_at_end": 1,
    "closed": 1,
    "consents_withdrawn": 1,
    "cetrs_held": 2,
    "cetr_actions": [{"agency": "", "open": 1, "done": 0, "overdue": 0},
                     {"agency": "CAMHS", "open": 1, "done": 2, "overdue": 1},
                     {"agency": "Kestrelford School", "open": 2, "done": 0, "overdue": 1}],
    "actions_overdue_over_time": {
        "step": "week",
        "points": [{"on": on, "overdue": n} for on, n in (
            ("2025-01-05", 1), ("2025-01-12", 1), ("2025-01-19", 1), ("2025-01-26", 1),
            ("2025-02-02", 1), ("2025-02-09", 1), ("2025-02-16", 3), ("2025-02-23", 3),
            ("2025-03-02", 4), ("2025-03-09", 3), ("2025-03-16", 3), ("2025-03-23", 4),
            ("2025-03-30", 4), ("2025-03-31", 4))],
        "excluded_done_day_unknown": 1,
        "excluded_cancelled": 1},
    "escalations": [{"level": "director", "raised": 0, "resolved": 1},
                    {"level": "manager", "raised": 2, "resolved": 1}],
    "budget": {"spent_pence": 18000, "young_people": 2, "mean_per_young_person_pence": 9000},
    "goals": {"rated": 3, "improved": 1},
    "caseloads": {"limit": 1, "keyworkers_over_limit": 1,
                  "keyworkers": [{"keyworker": "Lee Keyworker", "young_people": 2,
                                  "families": 2},
                                 {"keyworker": "Kim Keyworker", "young_people": 2,
                                  "families": 1}]},
}


def d(text: str) -> date:
    return date.fromisoformat(text)


def populate(s: Session) -> dict[str, str]:
    """Write the caseload; the young people's ids by first name."""
    settings.put(s, settings.CASELOAD_LIMIT, 1)
    kim, lee = Staff(name="Kim Keyworker"), Staff(name="Lee Keyworker")
    camhs = Professional(name="Dr Osei", agency="CAMHS")
    school = Professional(name="Ms Patel", agency="Kestrelford School")
    s.add_all([kim, lee, camhs, school])
    s.flush()
    ids: dict[str, str] = {}

    def person(name: str, referred: str, status: str, triaged: str | None, parent: str,
               staff: Staff | None = None, from_: str = "", to: str | None = None,
               ratings: tuple[tuple[str, str], ...] = ()) -> tuple[str, str]:
        yp = YoungPerson(given_name=name, family_name="Reed")
        s.add(yp)
        s.flush()
        entry = DsrEntry(young_person_id=yp.id, referred_on=d(referred), status=status,
                         triaged_on=d(triaged) if triaged else None,
                         status_on=d(triaged) if triaged else d(referred))
        s.add(entry)
        s.add(FamilyMember(young_person_id=yp.id, name=parent, relation="parent",
                           parental_responsibility=True, address=f"{parent}'s house"))
        if staff is not None:
            s.add(Allocation(young_person_id=yp.id, staff_id=staff.id, starts_on=d(from_),
                             ends_on=d(to) if to else None))
        s.flush()
        for rating, on in ratings:
            s.add(RagRating(young_person_id=yp.id, dsr_entry_id=entry.id, rating=rating,
                            rated_on=d(on)))
        ids[name] = yp.id
        return yp.id, entry.id

    ava, _ = person("Ava", "2024-11-01", "accepted", "2024-11-10", "Pat Reed", kim,
                    "2024-11-20", ratings=(("amber", "2024-11-10"), ("red", "2025-01-15"),
                                           ("amber", "2025-02-20"), ("red", "2025-04-05")))
    ben, _ = person("Ben", "2025-01-05", "accepted", "2025-01-12", "Pat Reed", kim,
                    "2025-01-25", ratings=(("green", "2025-01-12"),))
    person("Cal", "2025-02-01", "declined", "2025-02-08", "Chris Hill")
    dee, _ = person("Dee", "2024-06-01", "accepted", "2024-06-10", "Jo Khan", lee,
                    "2025-02-01", ratings=(("red", "2024-06-10"), ("blue", "2025-03-01")))
    eve, _ = person("Eve", "2024-05-01", "accepted", "2024-05-05", "Sam Ng", lee,
                    "2024-05-10", ratings=(("amber", "2024-05-05"), ("amber", "2025-01-20")))
    fay, _ = person("Fay", "2024-01-01", "closed", "2024-01-05", "Ali Ward", lee,
                    "2024-01-10", "2025-02-15", ratings=(("green", "2024-01-05"),))
    s.add(Consent(young_person_id=dee, kind="register", given_on=d("2024-06-10")))
    s.add(Consent(young_person_id=eve, kind="register", given_on=d("2024-05-05"),
                  withdrawn_on=d("2025-03-10")))
    s.add(Ending(young_person_id=fay, closed_on=d("2025-02-15"), reason="Moved away"))
    s.get_one(YoungPerson, fay).closed_on = d("2025-02-15")

    cetr = Meeting(young_person_id=ava, kind="cetr", held_at=datetime(2025, 2, 10, 10))
    ctr = Meeting(young_person_id=dee, kind="ctr", held_at=datetime(2025, 3, 31, 15))
    mdt = Meeting(young_person_id=ben, kind="mdt", held_at=datetime(2025, 2, 1, 10))
    old = Meeting(young_person_id=ava, kind="cetr", held_at=datetime(2024, 12, 1, 10))
    s.add_all([cetr, ctr, mdt, old])
    s.flush()

    def action(m: Meeting, owner: Professional | None, status: str, due: str | None,
               done: str | None = None) -> None:
        s.add(Action(young_person_id=m.young_person_id, meeting_id=m.id, description="Do it",
                     owner_name=owner.name if owner else "Aunt", status=status,
                     owner_professional_id=owner.id if owner else None,
                     due_on=d(due) if due else None, done_on=d(done) if done else None))

    action(cetr, camhs, "open", "2025-03-01")
    action(cetr, camhs, "done", "2025-02-20")
    action(cetr, school, "chased", "2025-04-30")
    action(ctr, None, "open", None)
    action(mdt, camhs, "open", "2025-02-15")
    action(old, camhs, "open", "2024-12-15")
    action(cetr, camhs, "done", "2025-02-14", "2025-03-05")
    action(cetr, school, "done", "2025-03-20", "2025-04-10")
    action(cetr, camhs, "cancelled", "2025-01-20")

    for yp, level, raised, resolved in (
            (ava, "manager", "2025-01-20", "2025-02-01"),
            (dee, "director", "2024-12-01", "2025-03-05"),
            (ben, "manager", "2025-03-20", None)):
        s.add(Escalation(young_person_id=yp, level=level, raised_on=d(raised),
                         resolved_on=d(resolved) if resolved else None,
                         what_was_blocked="A bed", escalated_to="Someone"))
    for yp, pence, on in ((ava, 10000, "2025-01-10"), (ava, 5000, "2025-03-01"),
                          (ben, 3000, "2025-02-01"), (dee, 20000, "2024-12-25")):
        s.add(BudgetSpend(young_person_id=yp, item="Item", amount_pence=pence, spent_on=d(on)))
    for yp, scores in ((ava, (("2024-12-01", 3), ("2025-02-01", 5))),
                       (ben, (("2025-01-20", 6), ("2025-03-01", 4))),
                       (dee, (("2025-04-02", 7),)),
                       (eve, (("2025-01-10", 2),))):
        goal = Goal(young_person_id=yp, description="A goal", set_on=d("2024-01-01"))
        s.add(goal)
        s.flush()
        for on, score in scores:
            s.add(OutcomeRating(young_person_id=yp, goal_id=goal.id, rated_on=d(on),
                                score=score))
    s.flush()
    return ids
