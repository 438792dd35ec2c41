"""What the hand-written and the generated demo caseloads share: the team, counts, numbers.

The fictional team (staff, shared professionals, places) is data, in
``resources/demo/team.json``; this module reads it and the other demo files.
"""

from __future__ import annotations

import functools
import json
import random
from collections import Counter
from dataclasses import dataclass, fields
from datetime import date
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Any

CURRENT_USER = "Alex Morgan"
"""The demo's keyworker, who holds most of the caseload (the ``alex`` staff entry)."""

Place = tuple[str, str]
"""(name, address) of a place visited."""


def data_folder() -> Traversable:
    """The packaged ``resources/demo`` folder."""
    return files("keyworker_desktop") / "resources" / "demo"


def read_data(path: Traversable) -> Any:
    """A JSON data file, parsed."""
    return json.loads(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Team:
    """The fictional team and the people and places the caseload shares."""

    name: str
    email_domain: str
    staff: tuple[tuple[str, str, str], ...]  # (key, name, role)
    professionals: dict[str, dict[str, str]]  # key -> Professional columns
    places: dict[str, Place]

    def email(self, name: str) -> str:
        """A staff member's (fictional) work e-mail address."""
        return f"{name.lower().replace(' ', '.')}@{self.email_domain}"


@functools.cache
def team() -> Team:
    """The team from ``team.json`` (read once)."""
    data = read_data(data_folder() / "team.json")
    return Team(
        name=data["team"], email_domain=data["email_domain"],
        staff=tuple((s["key"], s["name"], s["role"]) for s in data["staff"]),
        professionals=data["professionals"],
        places={key: (name, address) for key, (name, address) in data["places"].items()})


# --------------------------------------------------------------------------- summary
@dataclass(frozen=True)
class DemoSummary:
    """How many records of each kind were written."""

    young_people: int = 0
    family_members: int = 0
    important_dates: int = 0
    staff: int = 0
    allocations: int = 0
    dsr_entries: int = 0
    rag_ratings: int = 0
    consents: int = 0
    professionals: int = 0
    network_links: int = 0
    visits: int = 0
    session_notes: int = 0
    addenda: int = 0
    checklists: int = 0
    checklist_items: int = 0
    meetings: int = 0
    actions: int = 0
    escalations: int = 0
    budget_spends: int = 0
    goals: int = 0
    outcome_ratings: int = 0
    endings: int = 0

    @classmethod
    def of(cls, counts: Counter[str]) -> DemoSummary:
        """The summary of records counted by table name."""
        return cls(**{_FIELD_FOR_TABLE[t]: n for t, n in counts.items()
                      if t in _FIELD_FOR_TABLE})

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @property
    def total(self) -> int:
        return sum(self.as_dict().values())

    def __str__(self) -> str:
        parts = [f"{n:,} {name.replace('_', ' ')}" for name, n in self.as_dict().items() if n]
        return ", ".join(parts) + f" ({self.total:,} records)"


_FIELD_FOR_TABLE = {
    "young_person": "young_people", "family_member": "family_members",
    "important_date": "important_dates", "staff": "staff", "allocation": "allocations",
    "dsr_entry": "dsr_entries", "rag_rating": "rag_ratings", "consent": "consents",
    "professional": "professionals", "network_link": "network_links", "visit": "visits",
    "session_note": "session_notes", "addendum": "addenda", "checklist": "checklists",
    "checklist_item": "checklist_items", "meeting": "meetings", "action": "actions",
    "escalation": "escalations", "budget_spend": "budget_spends", "goal": "goals",
    "outcome_rating": "outcome_ratings", "ending": "endings",
}


# --------------------------------------------------------------------------- numbers, dates
def nhs_check_digit(nine: str) -> int | None:
    """The modulus-11 check digit for the first nine digits, or None when there is none."""
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def fake_nhs_number(rng: random.Random, used: set[str]) -> str:
    """A valid-looking NHS number in the 999 test range, formatted '999 123 4567'."""
    while True:
        nine = "999" + f"{rng.randrange(1_000_000):06d}"
        check = nhs_check_digit(nine)
        if check is None:
            continue
        digits = f"{nine}{check}"
        if digits in used:
            continue
        used.add(digits)
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def date_of_birth(today: date, age: int, month: int, day: int) -> date:
    """The birth date that makes someone ``age`` on ``today`` with the given birthday."""
    year = today.year - age
    if (month, day) > (today.month, today.day):
        year -= 1
    return date(year, month, day)
