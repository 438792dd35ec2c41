"""The ORM models; importing this module registers every table."""

from keyworker_desktop.store.models.base import (
    AuditEvent,
    Base,
    BelongsToYoungPerson,
    ChangeLogEntry,
    DeviceSecret,
    Setting,
    Synced,
)
from keyworker_desktop.store.models.checklists import ChecklistInstance, ChecklistItem
from keyworker_desktop.store.models.network import NetworkLink, Professional
from keyworker_desktop.store.models.people import (
    Allocation,
    FamilyMember,
    ImportantDate,
    Staff,
    YoungPerson,
)
from keyworker_desktop.store.models.practice import (
    ContactLogEntry,
    DsrReview,
    PlanCopy,
    RiskPlan,
)
from keyworker_desktop.store.models.recording import Addendum, SessionNote, Visit
from keyworker_desktop.store.models.register import Consent, DsrEntry, RagRating
from keyworker_desktop.store.models.sync import (
    FieldHistory,
    LocalConflict,
    SyncBase,
    SyncPin,
    SyncState,
)
from keyworker_desktop.store.models.work import (
    Action,
    BudgetSpend,
    Document,
    Ending,
    Escalation,
    Goal,
    Meeting,
    OutcomeRating,
)

__all__ = [
    "Action", "Addendum", "Allocation", "AuditEvent", "Base", "BelongsToYoungPerson",
    "BudgetSpend", "ChangeLogEntry", "ChecklistInstance", "ChecklistItem", "Consent",
    "ContactLogEntry", "DeviceSecret", "Document", "DsrEntry", "DsrReview", "Ending",
    "Escalation", "FamilyMember", "FieldHistory", "Goal", "ImportantDate", "LocalConflict",
    "Meeting", "NetworkLink", "OutcomeRating", "PlanCopy", "Professional", "RagRating",
    "RiskPlan", "SessionNote", "Setting", "Staff", "SyncBase", "SyncPin", "SyncState", "Synced",
    "Visit", "YoungPerson",
]


def synced_models() -> dict[str, type[Synced]]:
    """Every synced model by table name."""
    return {
        m.class_.__tablename__: m.class_
        for m in Base.registry.mappers
        if issubclass(m.class_, Synced)
    }
