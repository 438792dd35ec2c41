"""What a write changed, said by the library (Anki's ``OpChanges``), for whoever shows it.

The write hook (:mod:`.changes`) notes every record it stamps and the young person
it belongs to in the session's ``WriteContext``; :meth:`Store.write
<keyworker_desktop.store.database.Store.write>` turns that into an
:class:`OpChanges` and returns it with the write's value. A sync, whose writes the
hook does not see, says what it applied itself. The GUI hands the change set to
every screen, which refreshes itself from it; tests and the command line can
assert what a write changed. No Qt, no SQLAlchemy: the lock screen imports this.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from keyworker_desktop.store.changes import WriteContext

T = TypeVar("T")


@dataclass(frozen=True)
class OpChanges:
    """What a job changed: entity names (table names) and the young people touched."""

    entities: frozenset[str] = field(default_factory=frozenset)
    young_person_ids: frozenset[str] = field(default_factory=frozenset)
    everything: bool = False
    # Young people no longer on this laptop (a sync removed them): close, do not reload.
    removed_young_person_ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, entities: Iterable[str] = (), young_person_ids: Iterable[str] = ()) -> OpChanges:
        return cls(frozenset(entities), frozenset(young_person_ids))

    @classmethod
    def all(cls) -> OpChanges:
        """Everything may have changed (after a sync, say): refresh all."""
        return cls(everything=True)

    def touches(self, *entities: str) -> bool:
        return self.everything or bool(self.entities.intersection(entities))

    def touches_young_person(self, young_person_id: str) -> bool:
        return self.everything or young_person_id in self.young_person_ids

    def removes(self, young_person_id: str) -> bool:
        """Is this young person's record gone from the laptop?"""
        return young_person_id in self.removed_young_person_ids

    def __or__(self, other: OpChanges) -> OpChanges:
        """What two writes changed between them."""
        return OpChanges(self.entities | other.entities,
                         self.young_person_ids | other.young_person_ids,
                         self.everything or other.everything,
                         self.removed_young_person_ids | other.removed_young_person_ids)

    def __bool__(self) -> bool:
        return self.everything or bool(self.entities or self.young_person_ids)


def of_write(ctx: WriteContext) -> OpChanges:
    """What the write hook noted in one session: the tables and young people it wrote."""
    return OpChanges.of({entity for entity, _record_id in ctx.changed}, ctx.young_people)


@dataclass(frozen=True)
class Written(Generic[T]):
    """What a store write returns: its value and what it changed (for the screens)."""

    value: T
    changes: OpChanges
