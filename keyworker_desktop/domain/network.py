"""The professional network around a young person, as drawn on the mind map (ecomap).

Plain data only (no Qt): the record screen, the command line and exports share it.
Positions are scene coordinates of a node's centre, with the young person at (0, 0).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Labels

SECTORS: Final = ("health", "education", "social_care", "voluntary_community", "family_informal")
STRENGTHS: Final = ("strong", "tenuous", "stressful", "none")
DIRECTIONS: Final = ("to_young_person", "from_young_person", "both", "none")

# Marked words, read in the reader's language (``Labels``).
SECTOR_LABELS: Final = Labels("NetworkMap", {
    "health": QT_TRANSLATE_NOOP("NetworkMap", "Health"),
    "education": QT_TRANSLATE_NOOP("NetworkMap", "Education"),
    "social_care": QT_TRANSLATE_NOOP("NetworkMap", "Social care"),
    "voluntary_community": QT_TRANSLATE_NOOP("NetworkMap", "Voluntary and community"),
    "family_informal": QT_TRANSLATE_NOOP("NetworkMap", "Family and informal"),
})
STRENGTH_LABELS: Final = Labels("NetworkMap", {
    "strong": QT_TRANSLATE_NOOP("NetworkMap", "Strong"),
    "tenuous": QT_TRANSLATE_NOOP("NetworkMap", "Tenuous"),
    "stressful": QT_TRANSLATE_NOOP("NetworkMap", "Stressful"),
    "none": QT_TRANSLATE_NOOP("NetworkMap", "Known but not connected"),
})
DIRECTION_LABELS: Final = Labels("NetworkMap", {
    "to_young_person": QT_TRANSLATE_NOOP("NetworkMap", "Support goes to the young person"),
    "from_young_person": QT_TRANSLATE_NOOP("NetworkMap", "Support goes from the young person"),
    "both": QT_TRANSLATE_NOOP("NetworkMap", "Support goes both ways"),
    "none": QT_TRANSLATE_NOOP("NetworkMap", "No direction shown"),
})

DEFAULT_STALE_AFTER: Final = timedelta(weeks=4)


@dataclass(frozen=True, slots=True)
class MapPerson:
    """The young person in the centre of the map."""

    id: str
    display_name: str
    initials: str


@dataclass(frozen=True, slots=True)
class MapNode:
    """One professional (or informal supporter) and their link to the young person."""

    id: str
    name: str
    role: str
    agency: str
    sector: str
    strength: str = "strong"
    direction: str = "both"
    x: float | None = None
    y: float | None = None
    last_contact: date | None = None
    has_overdue_action: bool = False

    def __post_init__(self) -> None:
        if self.sector not in SECTORS:
            raise ValueError(f"unknown sector {self.sector!r}")
        if self.strength not in STRENGTHS:
            raise ValueError(f"unknown link strength {self.strength!r}")
        if self.direction not in DIRECTIONS:
            raise ValueError(f"unknown link direction {self.direction!r}")
        if (self.x is None) != (self.y is None):
            raise ValueError("x and y must both be set or both be None")

    @property
    def is_pinned(self) -> bool:
        """True when the keyworker placed this node by hand."""
        return self.x is not None and self.y is not None


@dataclass(frozen=True, slots=True)
class NetworkMap:
    """The young person and the professionals around them.

    ``stale_after``: how long without contact marks a professional (the
    ``no_contact_weeks`` setting, read by the service that makes the map).
    """

    person: MapPerson
    nodes: tuple[MapNode, ...] = field(default_factory=tuple)
    stale_after: timedelta = DEFAULT_STALE_AFTER

    def __post_init__(self) -> None:
        object.__setattr__(self, "nodes", tuple(self.nodes))
        ids = [node.id for node in self.nodes]
        if len(set(ids)) != len(ids):
            raise ValueError("node ids must be unique")

    def node(self, node_id: str) -> MapNode:
        """The node with this id (KeyError if absent)."""
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    def needs_contact(self, node: MapNode, today: date) -> bool:
        """Is this professional marked as not contacted for too long on this map?"""
        return needs_contact(node, today, self.stale_after)


def weeks_since_contact(node: MapNode, today: date) -> int | None:
    """Whole weeks since the last recorded contact, or None if none is recorded."""
    if node.last_contact is None:
        return None
    return max(0, (today - node.last_contact).days // 7)


def needs_contact(
    node: MapNode, today: date, stale_after: timedelta = DEFAULT_STALE_AFTER
) -> bool:
    """True when the last recorded contact is at least `stale_after` old.

    A node with no recorded contact is not flagged: there is no date to judge by.
    """
    if node.last_contact is None:
        return False
    return today - node.last_contact >= stale_after
