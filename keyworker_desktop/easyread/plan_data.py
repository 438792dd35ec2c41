"""What an easy-read plan is printed from: plain frozen values, no database.

The store fills these from a young person's record; the documents module only
reads them. Sequences are kept as tuples so a ``PlanData`` cannot change while
it is being printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP


def _freeze(obj: Any, *names: str) -> None:
    for name in names:
        object.__setattr__(obj, name, tuple(getattr(obj, name)))


class PlaceType(StrEnum):
    """Where a visit happens (the same place types as the visit record)."""

    SCHOOL = "school"
    HOME = "home"
    HOSPITAL_IN_AREA = "hospital_in_area"
    HOSPITAL_OUT_OF_AREA = "hospital_out_of_area"
    RESIDENTIAL = "residential"
    COMMUNITY = "community"
    OFFICE = "office"


#: The picture for each place type.
PLACE_PICTOGRAMS: dict[PlaceType, str] = {
    PlaceType.SCHOOL: "school",
    PlaceType.HOME: "home",
    PlaceType.HOSPITAL_IN_AREA: "hospital",
    PlaceType.HOSPITAL_OUT_OF_AREA: "hospital_far",
    PlaceType.RESIDENTIAL: "residential",
    PlaceType.COMMUNITY: "park",
    PlaceType.OFFICE: "office",
}

#: The plain words for each place type, used before the place's own name (worded in the
#: document's language where printed).
PLACE_WORDS: dict[PlaceType, str] = {
    PlaceType.SCHOOL: QT_TRANSLATE_NOOP("EasyRead", "At school"),
    PlaceType.HOME: QT_TRANSLATE_NOOP("EasyRead", "At home"),
    PlaceType.HOSPITAL_IN_AREA: QT_TRANSLATE_NOOP("EasyRead", "At the hospital"),
    PlaceType.HOSPITAL_OUT_OF_AREA: QT_TRANSLATE_NOOP("EasyRead", "At the hospital far away"),
    PlaceType.RESIDENTIAL: QT_TRANSLATE_NOOP("EasyRead", "At the children's home"),
    PlaceType.COMMUNITY: QT_TRANSLATE_NOOP("EasyRead", "Out and about"),
    PlaceType.OFFICE: QT_TRANSLATE_NOOP("EasyRead", "At the office"),
}


@dataclass(frozen=True)
class PlanPerson:
    """The young person the plan is for."""

    name: str
    preferred_name: str = ""
    photo_png: bytes | None = None

    @property
    def called(self) -> str:
        """The name the plan uses throughout: the preferred name, else the first name."""
        return self.preferred_name.strip() or (self.name.split() or ["Me"])[0]

    @property
    def possessive(self) -> str:
        """ "Sam's" """
        return f"{self.called}'s"


@dataclass(frozen=True)
class PlanLine:
    """One idea, one row. ``pictogram`` None means: choose by keywords."""

    text: str
    pictogram: str | None = None


@dataclass(frozen=True)
class Helper:
    """Someone in the young person's network, as the young person sees them."""

    name: str
    role: str
    agency: str = ""
    sector: str = ""
    how_they_help: str = ""
    pictogram: str | None = None


@dataclass(frozen=True)
class NextVisit:
    """A planned visit."""

    start: datetime
    place_name: str
    place_type: PlaceType | str
    who_is_coming: Sequence[str] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "place_type", PlaceType(self.place_type))
        _freeze(self, "who_is_coming")


@dataclass(frozen=True)
class AboutMe:
    """The one-page profile."""

    what_matters: Sequence[str] = ()
    what_people_like: Sequence[str] = ()
    how_to_support: Sequence[str] = ()

    def __post_init__(self) -> None:
        _freeze(self, "what_matters", "what_people_like", "how_to_support")


@dataclass(frozen=True)
class PlanData:
    """Everything the easy-read plan documents are built from."""

    person: PlanPerson
    agreed: Sequence[PlanLine] = ()
    goals: Sequence[PlanLine] = ()
    next_steps: Sequence[tuple[PlanLine, str]] = ()  # (what happens, who does it)
    helpers: Sequence[Helper] = ()
    visits: Sequence[NextVisit] = ()
    about_me: AboutMe = field(default_factory=AboutMe)
    # From the risk and crisis plan: what helps and what to avoid when upset.
    upset_helps: Sequence[PlanLine] = ()
    upset_avoid: Sequence[PlanLine] = ()
    record_version: str = ""
    printed_on: date = field(default_factory=date.today)
    #: The language the documents are worded in ("en", "cy"); the record's words as written.
    language: str = "en"

    def __post_init__(self) -> None:
        _freeze(self, "agreed", "goals", "helpers", "visits", "upset_helps", "upset_avoid")
        object.__setattr__(self, "next_steps", tuple(tuple(s) for s in self.next_steps))
