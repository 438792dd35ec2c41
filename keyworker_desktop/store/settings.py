"""Every setting, declared once with its type, default and title.

Values live in the encrypted store's ``setting`` table; a missing value reads
as its default, so tests and fresh stores need no set-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    # Only for annotations: the idle timer reads defaults before SQLAlchemy is imported.
    from sqlalchemy.orm import Session

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    type: type[T]
    default: T
    title: str


USER_NAME = Option("user_name", str, "", "Your name")
ORGANISATION = Option("organisation", str, "", "Organisation")
DEVICE_ID = Option("device_id", str, "", "This device's identifier")
IDLE_LOCK_MINUTES = Option("idle_lock_minutes", int, 5, "Lock after this many idle minutes")
CASELOAD_LIMIT_ENABLED = Option(
    "caseload_limit_enabled", bool, False,
    "Warn when a keyworker holds more families than the limit",
)
CASELOAD_LIMIT = Option(
    "caseload_limit", int, 2, "Families per keyworker (Keyworking Service policy: 2)")
NO_CONTACT_WEEKS = Option(
    "no_contact_weeks", int, 4, "Mark professionals not contacted for this many weeks")
BUDGET_LIMIT_PENCE = Option(
    "budget_limit_pence", int, 50_000, "Personal budget limit per young person (pence)")
AUTOSAVE_SECONDS = Option("autosave_seconds", int, 3, "Save drafts every this many seconds")
SERVER_URL = Option("server_url", str, "", "Central store address")
CA_FILE = Option(
    "ca_file", str, "",
    "Certificate authority file for the central store (empty: the usual public ones)",
)
LAST_SYNC_AT = Option("last_sync_at", str, "", "Last successful sync")
DEMO_CASELOAD = Option(
    "demo_caseload", bool, False,
    "This store holds the fictional demo caseload (it never syncs)",
)

ALL: tuple[Option[Any], ...] = (
    USER_NAME, ORGANISATION, DEVICE_ID, IDLE_LOCK_MINUTES, CASELOAD_LIMIT_ENABLED,
    CASELOAD_LIMIT, NO_CONTACT_WEEKS, BUDGET_LIMIT_PENCE, AUTOSAVE_SECONDS, SERVER_URL,
    CA_FILE, LAST_SYNC_AT, DEMO_CASELOAD,
)


def get(session: Session, option: Option[T]) -> T:
    from keyworker_desktop.store.models import Setting

    row = session.get(Setting, option.key)
    if row is None:
        return option.default
    value = row.value.get("v")
    return value if isinstance(value, option.type) else option.default


def put(session: Session, option: Option[T], value: T) -> None:
    from keyworker_desktop.store.models import Setting

    if not isinstance(value, option.type):
        raise TypeError(f"{option.key} takes {option.type.__name__}")
    row = session.get(Setting, option.key)
    if row is None:
        session.add(Setting(key=option.key, value={"v": value}))
    else:
        row.value = {"v": value}
