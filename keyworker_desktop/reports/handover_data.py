"""What a handover summary is printed from: plain frozen values, no database.

``services.handover_summary`` fills these from a young person's record; words are
already chosen (labels, not codes), so the PDF builder only lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Contact:
    """A family member or professional the next keyworker may need to reach."""

    name: str
    role: str  # "Mother (parental responsibility)", "Speech and language therapist, NHS"
    phone: str = ""
    email: str = ""
    note: str = ""  # how they help, lives with them, their own keyworker


@dataclass(frozen=True)
class Line:
    """A dated line: an action, a meeting, a visit, a consent."""

    when: str  # already written as words ("12 Mar 2025", "Due 3 Apr 2025", "")
    text: str


@dataclass(frozen=True)
class HandoverSummary:
    """Everything the summary prints, in the order it prints it."""

    name: str
    known_as: str
    facts: tuple[tuple[str, str], ...]  # ("Date of birth", "20 Mar 2012 (12)"), ...
    communication: str
    about: tuple[tuple[str, str], ...]  # ("What matters to them", "..."), ...
    family: tuple[Contact, ...]
    network: tuple[Contact, ...]
    status: tuple[tuple[str, str], ...]  # RAG, register status, keyworker, leaving date
    consents: tuple[Line, ...]
    risks: tuple[tuple[str, str], ...]
    open_actions: tuple[Line, ...]
    coming_up: tuple[Line, ...]
    step_down_plan: str
    handover: tuple[tuple[str, str], ...]  # to, on, family permission, transition due
    permission_given: bool
    prepared_on: date
    prepared_by: str
