"""The central store's ASGI application (Starlette): thin handlers over :mod:`.service`."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from keyworker_desktop.sync.server import accounts, service
from keyworker_desktop.sync.server.accounts import Caller
from keyworker_desktop.sync.server.db import make_engine, upgrade
from keyworker_desktop.sync.server.openapi import openapi_document
from keyworker_desktop.sync.server.validate import (
    MAX_BODY,
    ApiError,
    malformed,
    validate_pull_args,
)

log = logging.getLogger(__name__)


def _error(exc: ApiError) -> JSONResponse:
    return JSONResponse(exc.body(), status_code=exc.status)


async def _read_json(request: Request) -> Any:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise ApiError(413, "too_large", f"a request body is at most {MAX_BODY} bytes",
                       {"limit": MAX_BODY})
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > MAX_BODY:
            raise ApiError(413, "too_large", f"a request body is at most {MAX_BODY} bytes",
                           {"limit": MAX_BODY})
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise malformed("the body is not valid JSON") from None


class Central:
    """Per-process wiring: an engine and a session factory; no state between requests."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.sessions = sessionmaker(bind=engine, expire_on_commit=False)

    def run(self, fn: Callable[[Session], Any]) -> Any:
        with self.sessions() as s, s.begin():
            return fn(s)

    def caller(self, s: Session, request: Request) -> Caller:
        header = request.headers.get("authorization", "")
        if not header.lower().startswith("bearer "):
            raise ApiError(401, "unauthenticated", "this call needs a device token")
        caller, revoked = accounts.authenticate(s, header[7:].strip())
        if revoked:
            raise ApiError(401, "revoked", "this device has been revoked by an administrator")
        if caller is None:
            raise ApiError(401, "unauthenticated", "unknown device token")
        return caller

    def authed(self, request: Request, fn: Callable[[Session, Caller], Any]) -> Any:
        def work(s: Session) -> Any:
            return fn(s, self.caller(s, request))

        try:
            return self.run(work)
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

    # -- handlers -------------------------------------------------------------------
    async def register(self, request: Request) -> Response:
        try:
            body = await _read_json(request)
            if not isinstance(body, dict) or not all(
                    isinstance(body.get(k), str) and body.get(k) for k in ("user", "password")):
                raise malformed("'user' and 'password' are required strings")
            for key, limit in (("device_name", 200), ("device_id", 64)):
                value = body.get(key, "")
                if not isinstance(value, str) or len(value) > limit:
                    raise malformed(f"'{key}' must be a string of at most {limit} characters")

            def work(s: Session) -> dict[str, Any]:
                got = accounts.register_device(
                    s, body["user"], body["password"], body.get("device_name", ""),
                    body.get("device_id", ""))
                if got is None:
                    service.audit(s, None, "register", "refused", detail=body["user"][:120])
                    return {}
                token, device, user = got
                service.audit(s, Caller(user.id, user.name, user.role, user.team, device.id),
                              "register")
                return {"token": token, "device": device.id, "user": user.name,
                        "role": user.role}

            out = await run_in_threadpool(self.run, work)
            if not out:
                raise ApiError(401, "unauthenticated", "wrong user name or password")
            return JSONResponse(out)
        except ApiError as exc:
            return _error(exc)

    async def push(self, request: Request) -> Response:
        try:
            body = await _read_json(request)
            out = await run_in_threadpool(
                self.authed, request, lambda s, c: service.push(s, c, body))
            return JSONResponse(out)
        except ApiError as exc:
            return _error(exc)

    async def pull(self, request: Request) -> Response:
        try:
            unknown = set(request.query_params) - {"after", "limit"}
            if unknown:
                raise malformed("unknown query parameters", names=sorted(unknown)[:10])
            after, limit = validate_pull_args(request.query_params.get("after"),
                                              request.query_params.get("limit"))
            out = await run_in_threadpool(
                self.authed, request, lambda s, c: service.pull(s, c, after, limit))
            return JSONResponse(out)
        except ApiError as exc:
            return _error(exc)

    async def scope(self, request: Request) -> Response:
        try:
            if request.query_params:
                raise malformed("unknown query parameters",
                                names=sorted(request.query_params)[:10])
            out = await run_in_threadpool(self.authed, request, service.scope)
            return JSONResponse(out)
        except ApiError as exc:
            return _error(exc)

    async def status(self, request: Request) -> Response:
        def work(s: Session) -> dict[str, Any]:
            caller = None
            if request.headers.get("authorization"):
                caller = self.caller(s, request)
            return service.status(s, caller)

        try:
            return JSONResponse(await run_in_threadpool(self.run, work))
        except ApiError as exc:
            return _error(exc)

    async def openapi(self, _request: Request) -> Response:
        return JSONResponse(openapi_document())


def create_app(database_url: str | None = None, *, engine: Engine | None = None,
               migrate: bool = True) -> Starlette:
    """The ASGI app over ``database_url`` (or ``engine``), migrating the schema first."""
    if engine is None:
        from keyworker_desktop.sync.server.db import default_url

        engine = make_engine(database_url or default_url())
    if migrate:
        upgrade(engine)
    central = Central(engine)

    async def not_found(_request: Request, _exc: Exception) -> Response:
        return _error(ApiError(404, "not_found", "no such endpoint"))

    async def method_not_allowed(_request: Request, exc: Exception) -> Response:
        resp = _error(ApiError(405, "method_not_allowed", "this endpoint takes another method"))
        resp.headers.update(getattr(exc, "headers", None) or {})  # Allow: (RFC 9110)
        return resp

    async def server_error(_request: Request, exc: Exception) -> Response:
        log.error("internal error: %s", type(exc).__name__)
        return _error(ApiError(500, "internal", "the server could not complete this request"))

    app = Starlette(
        routes=[
            Route("/v1/register", central.register, methods=["POST"]),
            Route("/v1/push", central.push, methods=["POST"]),
            Route("/v1/pull", central.pull, methods=["GET"]),
            Route("/v1/scope", central.scope, methods=["GET"]),
            Route("/v1/status", central.status, methods=["GET"]),
            Route("/openapi.json", central.openapi, methods=["GET"]),
        ],
        exception_handlers={404: not_found, 405: method_not_allowed, 500: server_error},
    )
    app.state.central = central
    return app
