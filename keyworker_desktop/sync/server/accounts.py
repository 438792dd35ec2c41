"""Users, teams, devices and allocations of the central store (used by the CLI and the app)."""

from __future__ import annotations

import functools
import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.sync.server.models import Allocation, Audit, Device, Team, User
from keyworker_desktop.sync.server.passwords import hash_password, verify_password

ROLES = ("keyworker", "senior", "manager", "admin")


class AccountError(Exception):
    """An account operation that cannot be done (unknown user, bad role...)."""


@dataclass(frozen=True)
class Caller:
    """Who is calling, through which device."""

    user_id: int
    user_name: str
    role: str
    team: str | None
    device_id: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def add_user(s: Session, name: str, role: str, password: str, team: str | None = None) -> User:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    if s.scalar(select(User).where(User.name == name)) is not None:
        raise AccountError(f"there is already a user called {name}")
    if len(password) < 8:
        raise AccountError("use a password of at least 8 characters")
    if team and s.get(Team, team) is None:
        s.add(Team(name=team))
        s.flush()
    user = User(name=name, role=role, team=team or None, password_hash=hash_password(password))
    s.add(user)
    s.flush()
    return user


def allocate(s: Session, user_name: str, young_person_id: str, by: str = "admin") -> None:
    """Make ``user_name`` the keyworker of a young person (replacing other keyworkers)."""
    user = s.scalar(select(User).where(User.name == user_name))
    if user is None:
        raise AccountError(f"there is no user called {user_name}")
    for row in s.scalars(select(Allocation).where(Allocation.young_person_id == young_person_id)):
        s.delete(row)
    s.flush()
    s.add(Allocation(young_person_id=young_person_id, user_id=user.id, allocated_by=by))


class Refused(AccountError):
    """The password was right but the account may not have a new token now (``code``)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


_EQUALISER: list[str] = []


def _equaliser_hash() -> str:
    """A hash with the current settings, to verify against when the user is unknown: an
    unknown name then costs one key derivation, as a known one does."""
    if not _EQUALISER:
        _EQUALISER.append(hash_password(secrets.token_urlsafe(16)))
    return _EQUALISER[0]


@dataclass(frozen=True)
class Credentials:
    """What checking a password needs of a user, read in a short transaction so that the
    slow hash runs with no transaction open (SQLite writes would wait on it)."""

    user_id: int | None
    password_hash: str


def credentials(s: Session, name: str) -> Credentials:
    row = s.execute(select(User.id, User.password_hash).where(User.name == name)).first()
    return Credentials(row[0], row[1]) if row is not None else Credentials(None, "")


def password_ok(creds: Credentials, password: str) -> bool:
    """Whether ``password`` is right; an unknown user costs one key derivation, as a known
    one does, so that the time taken says nothing about who exists."""
    if creds.user_id is None:
        verify_password(password, _equaliser_hash())
        return False
    return verify_password(password, creds.password_hash)


def new_device(s: Session, creds: Credentials, device_name: str,
               client_device_id: str) -> tuple[str, Device, User] | None:
    """A new device token for a user whose password was found right; None if the user or
    the password changed meanwhile; :class:`Refused` for a disabled account or one whose
    password must be reset (said only once the password was checked, so to nobody else)."""
    user = s.get(User, creds.user_id) if creds.user_id is not None else None
    if user is None or user.password_hash != creds.password_hash:
        return None
    if user.disabled_at is not None:
        raise Refused("account_disabled", "this account has been disabled by an administrator")
    if user.must_reset_password:
        raise Refused("password_reset_required",
                      "a laptop of this account was revoked: an administrator must set a new "
                      "password before another laptop can be registered")
    token = secrets.token_urlsafe(32)
    device = Device(user_id=user.id, name=device_name[:200], client_device_id=client_device_id[:64],
                    token_hash=token_hash(token))
    s.add(device)
    s.flush()
    return token, device, user


def register_device(s: Session, name: str, password: str, device_name: str,
                    client_device_id: str) -> tuple[str, Device, User] | None:
    """A new device token for a correct user name and password, else None (in one
    transaction: for tests and tools; the service checks the password outside one)."""
    creds = credentials(s, name)
    if not password_ok(creds, password):
        return None
    return new_device(s, creds, device_name, client_device_id)


# A device's last_seen_at is written at most this often (one UPDATE a minute, not one a call).
SEEN_EVERY = timedelta(minutes=1)
TOKEN_IDLE_DAYS = 30


# Where authenticate() leaves the values of the ``also`` columns it read (Session.info).
ALSO_READ = "kw_authenticated_also"


@functools.cache
def _by_token(also: tuple[Any, ...]) -> Select[Any]:
    """The device of a token and its user (and ``also``), built once per ``also``: building
    it and its cache key at every request cost more CPU than running it."""
    return (select(Device, User, *also).outerjoin(User, User.id == Device.user_id)
            .where(Device.token_hash == bindparam("token_hash")))


def authenticate(s: Session, token: str, idle: timedelta = timedelta(days=TOKEN_IDLE_DAYS),
                 now: datetime | None = None,
                 also: tuple[Any, ...] = ()) -> tuple[Caller | None, str]:
    """(caller, "") for a live bearer token, else (None, why): "unauthenticated" (unknown),
    "revoked" (the laptop is to wipe itself), "signed_out" (ended by a password reset),
    "token_expired" (unseen for longer than ``idle``) or "account_disabled".

    ``also``: columns the request needs whoever asks (a pull's newest sequence number),
    read in the same round trip; their values are left in ``s.info[ALSO_READ]``."""
    # The device and its user in one round trip: every request of every sync starts here.
    row = s.execute(_by_token(also), {"token_hash": token_hash(token)}).first()
    if row is None:
        return None, "unauthenticated"
    if also:
        s.info[ALSO_READ] = tuple(row[2:])
    device: Device = row[0]
    user: User | None = row[1]
    if device.revoked_at is not None:
        return None, "revoked"
    if user is None:
        return None, "unauthenticated"
    if user.disabled_at is not None:
        return None, "account_disabled"
    if device.ended_at is not None:
        return None, "signed_out"
    now = now or utcnow()
    seen = device.last_seen_at or device.created_at
    if now - seen > idle:
        return None, "token_expired"
    if device.last_seen_at is None or now - device.last_seen_at >= SEEN_EVERY:
        device.last_seen_at = now
    return Caller(user.id, user.name, user.role, user.team, device.id), ""


def list_devices(s: Session) -> list[tuple[Device, str]]:
    rows = s.execute(select(Device, User.name).join(User, User.id == Device.user_id)
                     .order_by(Device.created_at))
    return [(d, n) for d, n in rows]


def revoke_device(s: Session, device_id: str, *, keep_password: bool = False,
                  by: str = "admin") -> Device:
    """Revoke a device: its token is refused with "revoked" and the laptop wipes itself at
    its next connection. Unless ``keep_password`` (the laptop was handed back), the user
    may register no other laptop until an administrator sets a new password, since
    whoever holds the laptop may know the old one."""
    device = s.get(Device, device_id)
    if device is None:
        matches = list(s.scalars(select(Device).where(Device.id.startswith(device_id))))
        if len(matches) != 1:
            raise AccountError(f"no single device matches {device_id}")
        device = matches[0]
    device.revoked_at = device.revoked_at or utcnow()
    user = s.get(User, device.user_id)
    if user is not None and not keep_password:
        user.must_reset_password = True
    s.add(Audit(user_name=user.name if user else "", device_id=device.id, action="revoke",
                detail=f"by {by}" + ("; password kept" if keep_password else
                                     "; new password needed to register again")))
    return device
