"""Every setting, declared once with its type, default and title.

Values live in the encrypted store's ``setting`` table; a missing value reads
as its default, so tests and fresh stores need no set-up. An option a user may
change says so (``user_editable``) with its range: the settings dialog is built
from these declarations, so offering a new one is one declaration here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    # Only for annotations: the idle timer reads defaults before SQLAlchemy is imported.
    from sqlalchemy.orm import Session

T = TypeVar("T")

#: The translation context of every title and prefix below; the dialog translates in it.
CONTEXT = "Settings"
#: The table a settings write touches, as named in an ``OpChanges``.
ENTITY = "setting"


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting. ``title`` is marked for translation in :data:`CONTEXT`.

    ``user_editable``: offered in the settings dialog (device id, server address
    and the like are not). ``minimum``/``maximum`` bound a number as stored;
    ``scale`` is stored units per unit shown (pence per pound) and ``prefix`` is
    shown before the number ("£"). ``enabled_by``: a yes/no option that must be on
    for this one to mean anything (the caseload limit's number).
    """

    key: str
    type: type[T]
    default: T
    title: str
    user_editable: bool = False
    minimum: int | None = None
    maximum: int | None = None
    scale: int = 1
    prefix: str = ""
    enabled_by: Option[bool] | None = None


USER_NAME = Option("user_name", str, "", QT_TRANSLATE_NOOP("Settings", "Your name"))
ORGANISATION = Option("organisation", str, "", QT_TRANSLATE_NOOP("Settings", "Organisation"))
DEVICE_ID = Option(
    "device_id", str, "", QT_TRANSLATE_NOOP("Settings", "This device's identifier"))
IDLE_LOCK_MINUTES = Option(
    "idle_lock_minutes", int, 5,
    QT_TRANSLATE_NOOP("Settings", "Lock after this many idle minutes"),
    user_editable=True, minimum=1, maximum=60,
)
CASELOAD_LIMIT_ENABLED = Option(
    "caseload_limit_enabled", bool, False,
    QT_TRANSLATE_NOOP("Settings", "Warn when a keyworker holds more families than the limit"),
    user_editable=True,
)
CASELOAD_LIMIT = Option(
    "caseload_limit", int, 2,
    QT_TRANSLATE_NOOP("Settings", "Families per keyworker (Keyworking Service policy: 2)"),
    user_editable=True, minimum=1, maximum=20, enabled_by=CASELOAD_LIMIT_ENABLED,
)
NO_CONTACT_WEEKS = Option(
    "no_contact_weeks", int, 4,
    QT_TRANSLATE_NOOP("Settings", "Mark professionals not contacted for this many weeks"),
    user_editable=True, minimum=1, maximum=52,
)
BUDGET_LIMIT_PENCE = Option(
    "budget_limit_pence", int, 50_000,
    QT_TRANSLATE_NOOP("Settings", "Personal budget limit per young person"),
    # Stored in pence, as every amount is; shown and edited in whole pounds.
    user_editable=True, minimum=0, maximum=500_000, scale=100,
    prefix=QT_TRANSLATE_NOOP("Settings", "£"),
)
AUTOSAVE_SECONDS = Option(
    "autosave_seconds", int, 3,
    QT_TRANSLATE_NOOP("Settings", "Save drafts every this many seconds"),
    user_editable=True, minimum=1, maximum=60,
)
RED_CTR_DAYS = Option(
    "red_ctr_days", int, 90,
    QT_TRANSLATE_NOOP("Settings", "Prompt for a C(E)TR when a red-rated young person has had "
                                  "none for this many days"),
    user_editable=True, minimum=7, maximum=730,
)
CTR_AFTER_ADMISSION_DAYS = Option(
    "ctr_after_admission_days", int, 7,
    QT_TRANSLATE_NOOP("Settings", "An inpatient's C(E)TR: offered before admission or within "
                                  "this many days"),
    user_editable=True, minimum=1, maximum=90,
)
POST_ADMISSION_REVIEW_DAYS = Option(
    "post_admission_review_days", int, 14,
    QT_TRANSLATE_NOOP("Settings", "Post-admission review within this many days"),
    user_editable=True, minimum=1, maximum=90,
)
INPATIENT_CTR_MONTHS_CHILD = Option(
    "inpatient_ctr_months_child", int, 3,
    QT_TRANSLATE_NOOP("Settings", "An inpatient child's C(E)TR every this many months"),
    user_editable=True, minimum=1, maximum=24,
)
INPATIENT_CTR_MONTHS_ADULT = Option(
    "inpatient_ctr_months_adult", int, 6,
    QT_TRANSLATE_NOOP("Settings", "An inpatient adult's CTR every this many months"),
    user_editable=True, minimum=1, maximum=24,
)
SERVER_URL = Option("server_url", str, "", QT_TRANSLATE_NOOP("Settings", "Central store address"))
CA_FILE = Option(
    "ca_file", str, "",
    QT_TRANSLATE_NOOP(
        "Settings",
        "Certificate authority file for the central store (empty: the usual public ones)"),
)
LAST_SYNC_AT = Option(
    "last_sync_at", str, "", QT_TRANSLATE_NOOP("Settings", "Last successful sync"))
DEMO_CASELOAD = Option(
    "demo_caseload", bool, False,
    QT_TRANSLATE_NOOP("Settings", "This store holds the fictional demo caseload (it never syncs)"),
)
REPORT_SMALL_NUMBER = Option(
    "report_small_number", int, 5,
    QT_TRANSLATE_NOOP("Settings", "Regional and national reports hide counts below this"),
    user_editable=True, minimum=2, maximum=20,
)

ALL: tuple[Option[Any], ...] = (
    USER_NAME, ORGANISATION, DEVICE_ID, IDLE_LOCK_MINUTES, CASELOAD_LIMIT_ENABLED,
    CASELOAD_LIMIT, NO_CONTACT_WEEKS, BUDGET_LIMIT_PENCE, AUTOSAVE_SECONDS,
    RED_CTR_DAYS, CTR_AFTER_ADMISSION_DAYS, POST_ADMISSION_REVIEW_DAYS,
    INPATIENT_CTR_MONTHS_CHILD, INPATIENT_CTR_MONTHS_ADULT, SERVER_URL,
    CA_FILE, LAST_SYNC_AT, DEMO_CASELOAD, REPORT_SMALL_NUMBER,
)
#: What the settings dialog offers, in this order.
USER_EDITABLE: tuple[Option[Any], ...] = tuple(o for o in ALL if o.user_editable)


def get(session: Session, option: Option[T]) -> T:
    from keyworker_desktop.store.models import Setting

    row = session.get(Setting, option.key)
    if row is None:
        return option.default
    value = row.value.get("v")
    if isinstance(value, bool) and option.type is not bool:
        return option.default  # JSON true is not a number of minutes
    return value if isinstance(value, option.type) else option.default


def check(option: Option[T], value: T) -> None:
    """Raise TypeError or ValueError unless ``value`` suits ``option``."""
    if not isinstance(value, option.type) or (
            isinstance(value, bool) and option.type is not bool):
        raise TypeError(f"{option.key} takes {option.type.__name__}")
    if isinstance(value, int) and not isinstance(value, bool) and not (
            (option.minimum is None or value >= option.minimum)
            and (option.maximum is None or value <= option.maximum)):
        raise ValueError(f"{option.key} takes {option.minimum} to {option.maximum}")


def put(session: Session, option: Option[T], value: T) -> None:
    from keyworker_desktop.store.models import Setting

    check(option, value)
    row = session.get(Setting, option.key)
    if row is None:
        session.add(Setting(key=option.key, value={"v": value}))
    else:
        row.value = {"v": value}


def get_many(session: Session, options: tuple[Option[Any], ...]) -> dict[str, Any]:
    """The values of ``options`` by key (defaults where none is stored)."""
    return {option.key: get(session, option) for option in options}


def put_many(session: Session, values: Mapping[str, Any]) -> None:
    """Store values by key, all checked before any is written (call in one transaction)."""
    by_key = {option.key: option for option in ALL}
    unknown = [key for key in values if key not in by_key]
    if unknown:
        raise KeyError(unknown[0])
    for key, value in values.items():
        check(by_key[key], value)
    for key, value in values.items():
        put(session, by_key[key], value)
