"""A fictional, realistic plan (Sam Okafor) for previews, samples and benchmarks.

Nothing here is about a real person.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from keyworker_desktop.easyread.plan_data import (
    AboutMe,
    Helper,
    NextVisit,
    PlaceType,
    PlanData,
    PlanLine,
    PlanPerson,
)


def sample_plan(printed_on: date = date(2026, 3, 2), photo_png: bytes | None = None) -> PlanData:
    """Sam's plan as a keyworker might print it after a hospital visit."""
    day = datetime.combine(printed_on, datetime.min.time())
    return PlanData(
        person=PlanPerson("Samuel Okafor", "Sam", photo_png),
        agreed=[
            PlanLine("Sam will have quiet time in his room after school."),
            PlanLine("Sam can use his picture cards to say he needs a break."),
            PlanLine("We will meet every Tuesday to talk about how the week went."),
        ],
        goals=[
            PlanLine("Go swimming with Dad every Saturday."),
            PlanLine("Go back to school for two mornings a week."),
            PlanLine("Sleep in his own bed at home."),
        ],
        next_steps=[
            (PlanLine("Phone the school about a quiet room."), "Priya"),
            (PlanLine("Write to the doctor about Sam's new medicine."), "Priya"),
            (PlanLine("Bring Sam's drawing book to the next meeting."), "Mum"),
        ],
        helpers=[
            Helper("Priya Shah", "keyworker", "Keyworking Service", "health",
                   "Priya helps Sam and his family with his plan."),
            Helper("Dr Ellis", "doctor", "Riverside Hospital", "health",
                   "Dr Ellis looks after Sam's medicine."),
            Helper("Mr Hughes", "teacher", "Oakfield School", "education",
                   "Mr Hughes helps Sam at school."),
            Helper("Jo Adeyemi", "social worker", "Children's Services", "social care",
                   "Jo makes sure Sam and his family get the right help."),
            Helper("Mum", "parent", "", "family", "Mum helps Sam every day."),
            Helper("Alex Green", "speech and language therapist", "", "health",
                   "Alex helps Sam use his picture cards and signs."),
        ],
        visits=[
            NextVisit(day + timedelta(days=1, hours=10), "Oakfield School", PlaceType.SCHOOL,
                      ["Priya", "Mr Hughes"]),
            NextVisit(day + timedelta(days=3, hours=14, minutes=30), "", PlaceType.HOME,
                      ["Priya", "Mum"]),
            NextVisit(day + timedelta(days=8, hours=11), "Riverside Hospital, Ward 4",
                      PlaceType.HOSPITAL_OUT_OF_AREA, ["Priya", "Dr Ellis", "Mum", "Dad"]),
        ],
        about_me=AboutMe(
            what_matters=[
                "My family and my dog, Biscuit.",
                "Knowing what will happen next.",
                "Trains and train timetables.",
            ],
            what_people_like=[
                "Sam is funny and kind.",
                "Sam is brilliant at drawing trains.",
            ],
            how_to_support=[
                "Talk to Sam in short sentences.",
                "Show Sam a picture of where we are going.",
                "Give Sam time to answer.",
                "Tell Sam before something changes.",
            ],
        ),
        record_version="14",
        printed_on=printed_on,
    )
