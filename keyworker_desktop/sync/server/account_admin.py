"""Shutting accounts off and changing them: what ``keyworker-central``'s account commands do.

Every change is audited (action ``account``, the change in ``outcome``, who made it in
``detail``). Disabling a user is for a person who must stop (left, suspended): every
token of theirs is refused until they are enabled again, and their laptops are not wiped
(their unsynced work is still there if they come back). Revoking a device
(:func:`.accounts.revoke_device`) is for a laptop out of the organisation's hands: it
wipes itself, and its user needs a new password to register another.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.sync.server.accounts import ROLES, AccountError
from keyworker_desktop.sync.server.models import Audit, Device, Team, User
from keyworker_desktop.sync.server.passwords import hash_password

MIN_PASSWORD = 8


@dataclass(frozen=True)
class UserRow:
    """One line of the user list: nothing secret."""

    name: str
    role: str
    team: str | None
    disabled: bool
    must_reset_password: bool
    devices: int  # live: neither revoked nor ended
    last_seen: datetime | None


def _user(s: Session, name: str) -> User:
    user = s.scalar(select(User).where(User.name == name))
    if user is None:
        raise AccountError(f"there is no user called {name}")
    return user


def _audit(s: Session, user: User, change: str, by: str, detail: str = "") -> None:
    s.add(Audit(user_name=user.name, action="account", outcome=change[:20],
                detail=f"by {by}" + (f"; {detail}" if detail else "")))


def list_users(s: Session) -> list[UserRow]:
    live = (Device.revoked_at.is_(None) & Device.ended_at.is_(None))
    counts: dict[int, int] = {uid: n for uid, n in s.execute(
        select(Device.user_id, func.count()).where(live).group_by(Device.user_id))}
    seen: dict[int, datetime | None] = {uid: at for uid, at in s.execute(
        select(Device.user_id, func.max(Device.last_seen_at)).group_by(Device.user_id))}
    return [UserRow(u.name, u.role, u.team, u.disabled_at is not None, u.must_reset_password,
                    counts.get(u.id, 0), seen.get(u.id))
            for u in s.scalars(select(User).order_by(User.name))]


def set_disabled(s: Session, name: str, disabled: bool, by: str) -> bool:
    """Disable or enable ``name``; False when it already was."""
    user = _user(s, name)
    if (user.disabled_at is not None) == disabled:
        return False
    user.disabled_at = utcnow() if disabled else None
    _audit(s, user, "disabled" if disabled else "enabled", by)
    return True


def reset_password(s: Session, name: str, password: str, by: str) -> int:
    """Set a new password; every token of the user ends (its laptop signs in again, and
    is not wiped). Returns how many tokens ended."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"use a password of at least {MIN_PASSWORD} characters")
    user = _user(s, name)
    user.password_hash = hash_password(password)
    user.must_reset_password = False
    now = utcnow()
    ended = 0
    for device in s.scalars(select(Device).where(
            Device.user_id == user.id, Device.revoked_at.is_(None), Device.ended_at.is_(None))):
        device.ended_at, device.ended_reason = now, "password_reset"
        ended += 1
    _audit(s, user, "password_reset", by, f"{ended} tokens ended")
    return ended


def change_user(s: Session, name: str, by: str, *, role: str | None = None,
                team: str | None = None, no_team: bool = False) -> list[str]:
    """Change the role and/or team of ``name``; the changes made, as words."""
    user = _user(s, name)
    done: list[str] = []
    if role is not None and role != user.role:
        if role not in ROLES:
            raise AccountError(f"role must be one of {', '.join(ROLES)}")
        done.append(f"role {user.role} -> {role}")
        user.role = role
    new_team = None if no_team else team
    if (no_team or team is not None) and new_team != user.team:
        if new_team and s.get(Team, new_team) is None:
            s.add(Team(name=new_team))
            s.flush()
        done.append(f"team {user.team or '-'} -> {new_team or '-'}")
        user.team = new_team
    if done:
        _audit(s, user, "changed", by, ", ".join(done))
    return done
