"""Users, teams, devices and allocations of the central store (used by the CLI and the app)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import select
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


def register_device(s: Session, name: str, password: str, device_name: str,
                    client_device_id: str) -> tuple[str, Device, User] | None:
    """A new device token for a correct user name and password, else None."""
    user = s.scalar(select(User).where(User.name == name))
    if user is None:
        verify_password(password, hash_password("timing equaliser"))
        return None
    if not verify_password(password, user.password_hash):
        return None
    token = secrets.token_urlsafe(32)
    device = Device(user_id=user.id, name=device_name[:200], client_device_id=client_device_id[:64],
                    token_hash=token_hash(token))
    s.add(device)
    s.flush()
    return token, device, user


def authenticate(s: Session, token: str) -> tuple[Caller | None, bool]:
    """(caller, revoked) for a bearer token; caller is None when unknown or revoked."""
    device = s.scalar(select(Device).where(Device.token_hash == token_hash(token)))
    if device is None:
        return None, False
    if device.revoked_at is not None:
        return None, True
    user = s.get(User, device.user_id)
    if user is None:
        return None, False
    return Caller(user.id, user.name, user.role, user.team, device.id), False


def list_devices(s: Session) -> list[tuple[Device, str]]:
    rows = s.execute(select(Device, User.name).join(User, User.id == Device.user_id)
                     .order_by(Device.created_at))
    return [(d, n) for d, n in rows]


def revoke_device(s: Session, device_id: str) -> Device:
    device = s.get(Device, device_id)
    if device is None:
        matches = list(s.scalars(select(Device).where(Device.id.startswith(device_id))))
        if len(matches) != 1:
            raise AccountError(f"no single device matches {device_id}")
        device = matches[0]
    device.revoked_at = device.revoked_at or utcnow()
    s.add(Audit(user_name="admin", device_id=device.id, action="revoke"))
    return device
