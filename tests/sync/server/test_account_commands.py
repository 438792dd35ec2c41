"""Issue 15 item 5: accounts can be shut off (sync/server/account_commands.py,
account_admin.py), replayed over HTTP against a served central store."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.client import AccountDisabled, SignInAgain, SyncClient
from keyworker_desktop.sync.server import accounts, cli
from keyworker_desktop.sync.server.models import Audit, Device, User

from ..conftest import PASSWORD, Running


def register(server: Running, user: str = "sam", password: str = PASSWORD) -> httpx.Response:
    return httpx.post(server.url + "/v1/register",
                      json={"user": user, "password": password, "device_name": "laptop"})


def token_of(server: Running, user: str = "sam") -> str:
    resp = register(server, user)
    assert resp.status_code == 200, resp.text
    return str(resp.json()["token"])


def scope(server: Running, token: str) -> httpx.Response:
    return httpx.get(server.url + "/v1/scope", headers={"Authorization": f"Bearer {token}"})


def code(resp: httpx.Response) -> str:
    return str(resp.json()["error"]["code"])


def central(database_url: str, *argv: str) -> int:
    return cli.main([*argv[:1], "--database-url", database_url, *argv[1:]])


def audits(server: Running, action: str) -> list[tuple[str, str, str]]:
    return server.central.run(lambda s: [
        (a.user_name, a.outcome, a.detail)
        for a in s.scalars(select(Audit).where(Audit.action == action).order_by(Audit.id))])


def test_a_disabled_user_is_refused_everywhere_until_enabled(
        server: Running, database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    token = token_of(server)
    assert central(database_url, "disable-user", "sam") == 0
    refused = scope(server, token)
    assert refused.status_code == 401 and code(refused) == "account_disabled"
    again = register(server)
    assert again.status_code == 403 and code(again) == "account_disabled"
    # A wrong password says nothing about the account's state.
    wrong = register(server, password="not the password")
    assert wrong.status_code == 401 and code(wrong) == "unauthenticated"
    assert central(database_url, "enable-user", "sam") == 0
    assert scope(server, token).status_code == 200
    assert [o for _u, o, _d in audits(server, "account")] == ["disabled", "enabled"]
    assert "Disabled sam" in capsys.readouterr().out


def test_a_password_reset_ends_every_token_and_prints_nothing_secret(
        server: Running, database_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    tokens = [token_of(server), token_of(server)]
    monkeypatch.setenv("KEYWORKER_CENTRAL_PASSWORD", "a brand new password")
    assert central(database_url, "reset-password", "sam") == 0
    out = capsys.readouterr()
    assert "a brand new password" not in out.out + out.err and "2 laptop" in out.out
    for token in tokens:
        resp = scope(server, token)
        assert resp.status_code == 401 and code(resp) == "signed_out"
    assert register(server).status_code == 401  # the old password
    assert register(server, password="a brand new password").status_code == 200
    (_user, outcome, detail), = audits(server, "account")
    assert outcome == "password_reset" and "2 tokens ended" in detail


def test_a_revoked_device_is_not_undone_by_registering_again(
        server: Running, database_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    token_of(server)
    device = server.central.run(lambda s: s.scalars(select(Device.id)).one())
    assert central(database_url, "revoke-device", device) == 0
    # The attack: whoever holds the laptop knows the password and registers again.
    again = register(server)
    assert again.status_code == 403 and code(again) == "password_reset_required"
    monkeypatch.setenv("KEYWORKER_CENTRAL_PASSWORD", "a brand new password")
    assert central(database_url, "reset-password", "sam") == 0
    assert register(server).status_code == 401
    assert register(server, password="a brand new password").status_code == 200
    # A laptop handed back: its user may register another with the same password.
    token_of(server, "alex")
    alex = server.central.run(lambda s: s.scalars(
        select(Device.id).join(User).where(User.name == "alex")).one())
    assert central(database_url, "revoke-device", alex, "--keep-password") == 0
    assert register(server, "alex").status_code == 200
    details = [d for _u, _o, d in audits(server, "revoke")]
    assert "new password needed" in details[0] and "password kept" in details[1]


def test_last_seen_is_written_at_most_once_a_minute(server: Running) -> None:
    token = token_of(server)
    t0 = utcnow()

    def seen_at(now: Any) -> Any:
        def work(s: Any) -> Any:
            caller, why = accounts.authenticate(s, token, now=now)
            assert caller is not None and why == ""
            return s.scalars(select(Device.last_seen_at)).one()
        return server.central.run(work)

    assert seen_at(t0) == t0
    assert seen_at(t0 + timedelta(seconds=30)) == t0  # no write
    assert seen_at(t0 + timedelta(seconds=61)) == t0 + timedelta(seconds=61)
    assert scope(server, token).status_code == 200  # a real request marks it too
    assert server.central.run(lambda s: s.scalars(select(Device.last_seen_at)).one()) > t0


def test_a_token_unseen_too_long_expires(server: Running) -> None:
    token = token_of(server)
    server.central.run(lambda s: s.execute(
        Device.__table__.update().values(last_seen_at=utcnow() - timedelta(days=31))))
    resp = scope(server, token)
    assert resp.status_code == 401 and code(resp) == "token_expired"
    assert token_of(server)  # signing in again works


def test_the_laptop_signs_in_again_after_expiry_and_keeps_its_changes(
        make_store: Callable[[str], Store], server: Running, database_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    client = SyncClient(make_store("sam"), server.url)
    client.register("sam", PASSWORD)
    client.sync()
    monkeypatch.setenv("KEYWORKER_CENTRAL_PASSWORD", "a brand new password")
    assert central(database_url, "reset-password", "sam") == 0
    with pytest.raises(SignInAgain) as info:
        client.sync()
    assert "sign in again" in info.value.message
    assert not client.is_registered()  # the next sync asks for the password
    assert client.store.is_open and client.store.paths.db.exists()  # nothing wiped
    client.register("sam", "a brand new password")
    assert central(database_url, "disable-user", "sam") == 0
    with pytest.raises(AccountDisabled):
        client.sync()
    assert client.is_registered() and client.store.is_open


def test_list_users_shows_state_and_devices_and_no_secret(
        server: Running, database_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    token = token_of(server)
    token_of(server)
    assert scope(server, token).status_code == 200
    assert central(database_url, "disable-user", "alex") == 0
    capsys.readouterr()
    assert central(database_url, "list-users") == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line.split() for line in out.splitlines()[1:]}
    assert lines["sam"][1:5] == ["keyworker", "north", "active", "2"]
    assert lines["alex"][3] == "disabled" and lines["alex"][-1] == "never"
    hashes = server.central.run(lambda s: list(s.scalars(select(User.password_hash))))
    assert token not in out and not any(h in out for h in hashes) and "$argon2" not in out


def test_role_and_team_changes_take_effect_and_are_audited(
        server: Running, database_url: str) -> None:
    assert central(database_url, "change-user", "sam", "--role", "senior",
                   "--team", "east") == 0
    assert register(server).json()["role"] == "senior"
    assert central(database_url, "change-user", "sam", "--no-team") == 0
    team = server.central.run(lambda s: s.scalars(
        select(User.team).where(User.name == "sam")).one())
    assert team is None
    details = [d for _u, _o, d in audits(server, "account")]
    assert "role keyworker -> senior" in details[0] and "team east -> -" in details[1]
    assert central(database_url, "change-user", "nobody", "--role", "senior") == 2


def test_serve_takes_the_token_idle_time(tmp_path: Any, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    from keyworker_desktop.sync.server import serving

    apps: list[Any] = []

    class Fake:
        def run(self) -> None:
            pass

    def make_server(app: Any, *_args: Any, **_kw: Any) -> Fake:
        apps.append(app)
        return Fake()

    monkeypatch.setattr(serving, "make_server", make_server)
    db = f"sqlite:///{tmp_path / 'c.db'}"
    assert cli.main(["serve", "--database-url", db, "--token-idle-days", "0"]) == 2
    assert "at least 1" in capsys.readouterr().err
    assert cli.main(["serve", "--database-url", db, "--token-idle-days", "7"]) == 0
    central_app = apps[0].state.central
    assert central_app.access.token_idle == timedelta(days=7)
    central_app.engine.dispose()
