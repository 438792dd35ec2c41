"""The central store's ASGI application (Starlette): thin handlers over :mod:`.service`."""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import msgspec
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.ids import staff_id_for_account
from keyworker_desktop.sync import wire
from keyworker_desktop.sync.server import accounts, bodies, register_limits, reports, service
from keyworker_desktop.sync.server.accounts import Caller
from keyworker_desktop.sync.server.db import make_engine, upgrade
from keyworker_desktop.sync.server.guard import Guard, Limits
from keyworker_desktop.sync.server.models import Audit, Device, User
from keyworker_desktop.sync.server.openapi import openapi_document
from keyworker_desktop.sync.server.register_limits import (
    Access,
    AddressBuckets,
    HashSlots,
    default_hash_slots,
)
from keyworker_desktop.sync.server.scopes import HEAD_COLUMNS, ScopeDigests
from keyworker_desktop.sync.server.upkeep import Statistics
from keyworker_desktop.sync.server.validate import (
    ApiError,
    decode,
    malformed,
    validate_pull_args,
    validate_report_args,
)

# Statuses answered before the body was read in full: the connection cannot carry
# another request, and closing it stops a sender from streaming on.
_UNREAD = {401, 408, 413, 415, 503}


def _error(exc: ApiError) -> JSONResponse:
    resp = JSONResponse(exc.body(), status_code=exc.status)
    if exc.status in _UNREAD:
        resp.headers["connection"] = "close"
    if exc.status == 503:
        resp.headers["retry-after"] = "5"
    if exc.status == 429:
        resp.headers["retry-after"] = str(max(1, math.ceil(exc.details.get("retry_after", 1))))
    return resp


def _answer(kind: type[Any], out: Any) -> Response:
    """``out`` as the endpoint's wire type: what is answered is what the document says."""
    return Response(wire.encode(msgspec.convert(out, kind)), media_type="application/json")


def _too_many(seconds: float, why: str) -> ApiError:
    return ApiError(429, "too_many_attempts", f"{why}; try again in {math.ceil(seconds)} "
                    "seconds", {"retry_after": math.ceil(seconds)})


# 401 codes of a token that is not (or no longer) good, and what the laptop is told.
_TOKEN_REFUSALS = {
    "revoked": "this device has been revoked by an administrator",
    "account_disabled": "this account has been disabled by an administrator",
    "signed_out": "this device's sign-in ended when the account's password was reset; "
                  "sign in again",
    "token_expired": "this device's sign-in expired after a long time unused; sign in again",
    "unauthenticated": "unknown device token",
}


class RecentSenders:
    """Tokens that passed the check made before a push's body is read, for a little while:
    a sync's next pushes skip that check (its own round trip and a thread), not the one
    in their transaction, which still refuses a token revoked meanwhile. Kept by the
    token's hash, at most ``most`` of them (all forgotten when full); on the event loop
    only, so without a lock."""

    def __init__(self, seconds: float = 30.0, most: int = 10_000) -> None:
        self.seconds = seconds
        self.most = most
        self._until: dict[str, float] = {}

    @staticmethod
    def key(request: Request) -> str:
        return accounts.token_hash(request.headers.get("authorization", ""))

    def known(self, key: str) -> bool:
        until = self._until.get(key)
        return until is not None and time.monotonic() < until

    def add(self, key: str) -> None:
        if len(self._until) >= self.most:
            self._until.clear()
        self._until[key] = time.monotonic() + self.seconds


class Central:
    """Per-process wiring: an engine, a session factory and the limits; no state between
    requests but the push slots and the scope digests (each with the epoch it stands for)."""

    def __init__(self, engine: Engine, limits: Limits | None = None,
                 access: Access | None = None) -> None:
        self.engine = engine
        self.sessions = sessionmaker(bind=engine, expire_on_commit=False)
        # Calls that read and write only their audit row (a pull, a scope, the status): on
        # PostgreSQL each statement commits as it runs, so there is no BEGIN and no COMMIT
        # to wait for, two of a no-op pull's round trips. Each statement reads its own
        # snapshot, as in a READ COMMITTED transaction; the audit row's commit is as
        # durable as ever. SQLite keeps its one transaction (BEGIN IMMEDIATE, local).
        self._reading = sessionmaker(
            bind=engine.execution_options(isolation_level="AUTOCOMMIT"),
            expire_on_commit=False) if engine.dialect.name == "postgresql" else self.sessions
        self.limits = limits or Limits()
        self.access = access or Access()
        self.addresses = AddressBuckets(self.access.address_burst, self.access.address_every)
        self.hash_slots = HashSlots(self.access.hash_slots or default_hash_slots(),
                                    self.access.hash_wait)
        self._address_audited: dict[str, float] = {}
        # Bodies of pushes held in memory at once (each up to limits.push_body, parsed).
        self._push_slots = asyncio.Semaphore(self.limits.push_slots)
        self.digests = ScopeDigests()
        # The log's planner statistics, once pushes have grown it (PostgreSQL).
        self.statistics = Statistics(engine)
        # Senders whose token passed a push's first check just now (see push).
        self.senders = RecentSenders()

    def run(self, fn: Callable[[Session], Any], *, reading: bool = False) -> Any:
        """``fn(session)`` in one transaction; ``reading``: a call that writes nothing but
        its audit row and a device's last sighting, run statement by statement."""
        with (self._reading if reading else self.sessions)() as s, s.begin():
            return fn(s)

    def caller(self, s: Session, request: Request, also: tuple[Any, ...] = ()) -> Caller:
        """Who is calling; ``also``: see :func:`accounts.authenticate`."""
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            raise ApiError(401, "unauthenticated", "this call needs a device token")
        caller, why = accounts.authenticate(s, header[7:].strip(), self.access.token_idle,
                                            also=also)
        if caller is None:
            raise ApiError(401, why, _TOKEN_REFUSALS.get(why, "unknown device token"))
        return caller

    def authed(self, request: Request, fn: Callable[[Session, Caller], Any], *,
               reading: bool = False, also: tuple[Any, ...] = ()) -> Any:
        def work(s: Session) -> Any:
            return fn(s, self.caller(s, request, also))

        try:
            return self.run(work, reading=reading)
        except ApiError as exc:
            if exc.status == 403:
                self._audit_refusal(request, exc)
            raise

    def _audit_refusal(self, request: Request, exc: ApiError) -> None:
        def work(s: Session) -> None:
            caller = self.caller(s, request)
            people = set(exc.details.get("young_person_ids", []))
            service.audit(s, caller, "denied", exc.code, people, len(people), request.url.path)

        self.run(work)

    async def _json_body(self, request: Request, limit: int) -> bytes:
        """The raw body (decoded and checked by the wire type of its endpoint)."""
        bodies.check_json_type(request)
        return await bodies.read_body(request, limit, self.limits.body_seconds)

    async def _push_slot(self) -> None:
        try:
            await asyncio.wait_for(self._push_slots.acquire(), self.limits.slot_wait_seconds)
        except TimeoutError:
            raise ApiError(503, "busy", "the server is busy with other pushes; try again "
                           "soon") from None

    # -- handlers -------------------------------------------------------------------
    async def register(self, request: Request) -> Response:
        try:
            body = decode(await self._json_body(request, self.limits.register_body),
                          wire.RegisterBody)
            address = request.client.host if request.client else ""
            wait = self.addresses.wait(address)
            if wait:
                await run_in_threadpool(self._audit_address, address)
                raise _too_many(wait, "too many wrong passwords from this address")
            name = body.user
            wait, creds = await run_in_threadpool(self.run, lambda s: (
                register_limits.locked_for(s, name, utcnow()), accounts.credentials(s, name)))
            if wait:
                raise _too_many(wait, "too many wrong passwords for this user")
            if not await self.hash_slots.acquire():
                raise ApiError(503, "busy", "the server is busy checking passwords; try again "
                               "soon")
            try:
                # No transaction is open while the password is hashed.
                right = await run_in_threadpool(accounts.password_ok, creds, body.password)
            finally:
                self.hash_slots.release()
            out = await run_in_threadpool(
                self.run, lambda s: self._register(s, body, address, creds, right))
            if "error" in out:
                if out["error"][0] in (401, 429):  # a wrong password
                    self.addresses.spend(address)
                raise ApiError(*out["error"])
            return _answer(wire.Registered, out)
        except ApiError as exc:
            return _error(exc)

    def _register(self, s: Session, body: wire.RegisterBody, address: str,
                  creds: accounts.Credentials, right: bool) -> dict[str, Any]:
        """The registration's writing transaction, once the password was checked: its
        refusals are audited and committed, so they come back as ``{"error": (status, code,
        message[, details])}`` rather than raised."""
        name = body.user
        got = None
        if right:
            try:
                got = accounts.new_device(s, creds, body.device_name, body.device_id)
            except accounts.Refused as exc:
                service.audit(s, None, "register", exc.code[:20], detail=name[:120])
                return {"error": (403, exc.code, str(exc))}
        if got is None:
            service.audit(s, None, "register", "refused", detail=name[:120])
            if register_limits.record_failure(s, name, utcnow(), address,
                                              self.access.lock_policy):
                lock = self.access.account_lock.total_seconds()
                return {"error": (429, "too_many_attempts", "too many wrong passwords for "
                                  f"this user; try again in {math.ceil(lock)} seconds",
                                  {"retry_after": math.ceil(lock)})}
            return {"error": (401, "unauthenticated", "wrong user name or password")}
        register_limits.clear(s, name)
        token, device, user = got
        service.audit(s, Caller(user.id, user.name, user.role, user.team, device.id), "register")
        # The laptop's "me" among the staff records (made by add-user/allocate).
        return {"token": token, "device": device.id, "user": user.name, "role": user.role,
                "staff_id": staff_id_for_account(user.name)}

    def _audit_address(self, address: str) -> None:
        """Audit an address running out of registrations, once a minute at most."""
        now = time.monotonic()
        if now - self._address_audited.get(address, -60.0) < 60.0:
            return
        if len(self._address_audited) > 10_000:
            self._address_audited.clear()
        self._address_audited[address] = now
        self.run(lambda s: service.audit(s, None, "register", "address_limited",
                                         detail=f"from {address[:60]}"))

    async def push(self, request: Request) -> Response:
        try:
            # Who is asking, before a byte of the body is read: an unknown sender costs
            # one indexed lookup, never a buffered body (statement by statement: no BEGIN
            # and COMMIT round trips; the push checks the token again in its transaction).
            # A sender whose token passed it in the last half minute is not asked again.
            sender = self.senders.key(request)
            if not self.senders.known(sender):
                await run_in_threadpool(partial(self.run, reading=True),
                                        lambda s: self.caller(s, request))
                self.senders.add(sender)
            bodies.check_json_type(request)
            bodies.check_declared_length(request, self.limits.push_body)
            await self._push_slot()
            try:
                body = await self._json_body(request, self.limits.push_body)
                drift_ms = int(self.limits.clock_drift_seconds * 1000)
                out = await run_in_threadpool(
                    self.authed, request,
                    lambda s, c: service.push(s, c, body, drift_ms, self.digests))
            finally:
                self._push_slots.release()
            self.statistics.pushed(service.applied(out["results"]))
            return _answer(wire.PushResponse, out)
        except ApiError as exc:
            return _error(exc)

    async def pull(self, request: Request) -> Response:
        try:
            after, limit = validate_pull_args(request.query_params)
            out = await run_in_threadpool(
                partial(self.authed, reading=True, also=HEAD_COLUMNS), request,
                lambda s, c: service.pull(s, c, after, limit, self.digests))
            # Already the wire type (wire.PullPageText: as wire.PullPage documents it).
            return Response(wire.encode(out), media_type="application/json")
        except ApiError as exc:
            return _error(exc)

    async def scope(self, request: Request) -> Response:
        try:
            if request.query_params:
                raise malformed("unknown query parameters",
                                names=sorted(request.query_params)[:10])
            out = await run_in_threadpool(partial(self.authed, reading=True), request,
                                          service.scope)
            return _answer(wire.Scope, out)
        except ApiError as exc:
            return _error(exc)

    async def report(self, request: Request) -> Response:
        """The organisation's counts for a period, for a manager (docs/reports.md)."""
        try:
            args = validate_report_args(request.query_params)
            today = utcnow().date()
            out = await run_in_threadpool(
                self.authed, request, lambda s, c: reports.api_report(s, c, args, today))
            return _answer(wire.CentralReport, out)
        except ApiError as exc:
            return _error(exc)

    async def status(self, request: Request) -> Response:
        def work(s: Session) -> dict[str, Any]:
            caller = None
            if request.headers.get("authorization"):
                caller = self.caller(s, request)
            return service.status(s, caller)

        try:
            return _answer(wire.Status, await run_in_threadpool(self.run, work, reading=True))
        except ApiError as exc:
            return _error(exc)

    async def wiped(self, request: Request) -> Response:
        """A revoked laptop says it has wiped itself and how many changes made on it had
        not reached the central store: audited once per device, so the organisation knows
        what the revocation cost. Only a revoked device's token is taken."""
        try:
            header = request.headers.get("authorization", "")
            if not header.lower().startswith("bearer "):
                raise ApiError(401, "unauthenticated", "this call needs a device token")
            body = decode(await self._json_body(request, self.limits.register_body),
                          wire.WipedBody)
            token = header[7:].strip()
            out = await run_in_threadpool(self.run, lambda s: self._record_wipe(s, token,
                                                                                body.unsynced))
            return _answer(wire.WipeRecorded, out)
        except ApiError as exc:
            return _error(exc)

    def _record_wipe(self, s: Session, token: str, unsynced: int) -> dict[str, Any]:
        device = s.scalar(select(Device).where(Device.token_hash == accounts.token_hash(token)))
        if device is None:
            raise ApiError(401, "unauthenticated", "unknown device token")
        if device.revoked_at is None:
            raise ApiError(409, "not_revoked", "only a revoked device reports a wipe")
        if s.scalar(select(Audit.id).where(Audit.device_id == device.id,
                                           Audit.action == "wiped").limit(1)) is not None:
            return {"recorded": False}
        user = s.get(User, device.user_id)
        s.add(Audit(user_name=user.name if user else "", device_id=device.id, action="wiped",
                    outcome="lost" if unsynced else "ok", count=unsynced,
                    detail=f"wiped on revocation; {unsynced} unsynced changes lost"))
        return {"recorded": True}

    async def openapi(self, _request: Request) -> Response:
        return JSONResponse(openapi_document())


def create_app(database_url: str | None = None, *, engine: Engine | None = None,
               migrate: bool = True, limits: Limits | None = None,
               access: Access | None = None) -> Starlette:
    """The ASGI app over ``database_url`` (or ``engine``), migrating the schema first."""
    if engine is None:
        from keyworker_desktop.sync.server.db import default_url

        engine = make_engine(database_url or default_url())
    if migrate:
        upgrade(engine)
    central = Central(engine, limits, access)

    async def not_found(_request: Request, _exc: Exception) -> Response:
        return _error(ApiError(404, "not_found", "no such endpoint"))

    async def method_not_allowed(_request: Request, exc: Exception) -> Response:
        resp = _error(ApiError(405, "method_not_allowed", "this endpoint takes another method"))
        resp.headers.update(getattr(exc, "headers", None) or {})  # Allow: (RFC 9110)
        return resp

    async def server_error(_request: Request, _exc: Exception) -> Response:
        # Only for a failure outside Guard (which answers and logs the routes' own).
        return _error(ApiError(500, "internal", "the server could not complete this request"))

    app = Starlette(
        routes=[
            Route("/v1/register", central.register, methods=["POST"]),
            Route("/v1/push", central.push, methods=["POST"]),
            Route("/v1/pull", central.pull, methods=["GET"]),
            Route("/v1/scope", central.scope, methods=["GET"]),
            Route("/v1/status", central.status, methods=["GET"]),
            Route("/v1/report", central.report, methods=["GET"]),
            Route("/v1/wiped", central.wiped, methods=["POST"]),
            Route("/openapi.json", central.openapi, methods=["GET"]),
        ],
        exception_handlers={404: not_found, 405: method_not_allowed, 500: server_error},
    )
    app.state.central = central
    app.add_middleware(Guard, in_flight=central.limits.in_flight)
    return app
