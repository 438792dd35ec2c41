"""What one sync did: the counts and rejections the summary dialog and the CLI report.

Filled by the client (:mod:`.client`) and by applying pulled pages (:mod:`.apply`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from keyworker_desktop.store.opchanges import OpChanges


@dataclass(frozen=True)
class RejectedChange:
    """A pushed change the central store refused, with its reason."""

    change_id: str
    entity: str
    record_id: str
    young_person_id: str | None
    code: str
    message: str
    # The fields concerned and the limit they passed (from the central store's answer).
    fields: tuple[str, ...] = ()
    limit: int | None = None


@dataclass(frozen=True)
class UnreadableValue:
    """A pulled value this laptop cannot hold (kept in the record's history, not applied):
    which kind of record and field, never the value."""

    entity: str
    record_id: str
    young_person_id: str | None
    field: str


@dataclass
class SyncSummary:
    """What one sync did, for the summary the UI shows afterwards."""

    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    new_conflicts: int = 0
    open_conflicts: int = 0
    rejected: list[RejectedChange] = field(default_factory=list)
    unreadable: list[UnreadableValue] = field(default_factory=list)
    up_by_young_person: dict[str, int] = field(default_factory=dict)
    down_by_young_person: dict[str, int] = field(default_factory=dict)
    # The kinds of record (table names) other devices' pulled changes were about.
    down_entities: set[str] = field(default_factory=set)
    cancelled: bool = False
    requests: int = 0
    # Young people no longer in this user's scope: removed from the laptop, or kept
    # because they have changes the central store has not accepted (see sync.scope).
    removed_young_person_ids: list[str] = field(default_factory=list)
    kept_out_of_scope_ids: list[str] = field(default_factory=list)
    # Young people who left the scope, kept because the user said not to remove them yet.
    scope_removal_declined: int = 0

    @property
    def removed_young_people(self) -> int:
        return len(self.removed_young_person_ids)

    @property
    def changes(self) -> OpChanges:
        """What this sync changed on the laptop, for the screens (the write hook does not
        see a sync's writes). Everything may have: beyond the records pulled, what is
        left to send and the conflicts; the records of young people removed must close."""
        return OpChanges(frozenset(self.down_entities),
                         frozenset(yp for yp in self.down_by_young_person if yp),
                         everything=True,
                         removed_young_person_ids=frozenset(self.removed_young_person_ids))

    @property
    def kept_out_of_scope(self) -> int:
        return len(self.kept_out_of_scope_ids)

    @property
    def nothing_to_do(self) -> bool:
        return not (self.pushed or self.pulled or self.rejected or self.unreadable
                    or self.removed_young_person_ids
                    or self.kept_out_of_scope_ids or self.scope_removal_declined)
