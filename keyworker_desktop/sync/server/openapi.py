"""The OpenAPI 3.1 document of protocol v1 (served at /openapi.json), generated from the
wire types (:mod:`..wire`) that also validate every request: the two cannot drift apart."""

from __future__ import annotations

from functools import cache
from typing import Any

import msgspec

from keyworker_desktop.sync import wire

_REF = "#/components/schemas/{name}"
_ERRORS = {400: "malformed", 401: "unauthenticated, revoked, signed out, expired or disabled",
           403: "out of scope; on register, a disabled account or a password to reset; on "
                "report, not a manager ('managers_only')",
           404: "no such team",
           408: "the body came too slowly", 409: "the device is not revoked",
           413: "too large", 415: "the body is not application/json",
           429: "too many attempts: see Retry-After", 503: "busy: try again soon"}


def _resp(description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(error: dict[str, Any], *codes: int) -> dict[str, Any]:
    return {str(c): _resp(_ERRORS[c], error) for c in codes}


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def _query(args: dict[str, Any]) -> list[dict[str, Any]]:
    """A query-arguments type's properties as the operation's parameters."""
    required = set(args.get("required", ()))
    return [{"name": name, "in": "query", "required": name in required, "schema": schema}
            for name, schema in args["properties"].items()]


@cache
def openapi_document() -> dict[str, Any]:
    (register, registered, push, pushed, pull_args, page, scope, status, wiped, wipe_recorded,
     report_args, report, error), components = msgspec.json.schema_components(
        (wire.RegisterBody, wire.Registered, wire.PushBody, wire.PushResponse,
         wire.PullArgs, wire.PullPage, wire.Scope, wire.Status, wire.WipedBody,
         wire.WipeRecorded, wire.ReportArgs, wire.CentralReport, wire.ErrorBody),
        ref_template=_REF)
    del pull_args, report_args
    parameters = _query(components.pop("PullArgs"))
    report_parameters = _query(components.pop("ReportArgs"))
    bearer: list[dict[str, list[str]]] = [{"device": []}]
    return {
        "openapi": "3.1.0",
        "info": {"title": "Keyworker central store", "version": str(wire.PROTOCOL),
                 "description": "Sync protocol v1; see docs/sync-protocol.md. Bodies are "
                                "application/json; no string (key or value) holds NUL or an "
                                "unpaired surrogate, nor nests deeper than 32 levels (400). "
                                "Each field value is checked against its column (a change "
                                "is rejected 'invalid'), free text holds at most 100,000 "
                                "characters and a document 20 MiB ('too_large')."},
        "components": {
            "securitySchemes": {"device": {"type": "http", "scheme": "bearer"}},
            "schemas": components,
        },
        "paths": {
            "/v1/register": {"post": {
                "summary": "Register this device with a user name and password",
                "requestBody": _body(register),
                "responses": {"200": _resp("a device token", registered),
                              **_errors(error, 400, 401, 403, 408, 413, 415, 429, 503)}}},
            "/v1/push": {"post": {
                "summary": "Send a batch of changes (idempotent by change_id)",
                "security": bearer,
                "requestBody": _body(push),
                "responses": {"200": _resp("per-change results", pushed),
                              **_errors(error, 400, 401, 403, 408, 413, 415, 503)}}},
            "/v1/pull": {"get": {
                "summary": "Changes after a cursor, oldest first",
                "security": bearer,
                "parameters": parameters,
                "responses": {"200": _resp("a page of changes", page),
                              **_errors(error, 400, 401, 403)}}},
            "/v1/scope": {"get": {
                "summary": "The young people this user may see now, and their digest",
                "description": "Asked when the pull's scope digest changes: the laptop "
                               "removes young people no longer in this list.",
                "security": bearer,
                "responses": {"200": _resp("the user's scope", scope),
                              **_errors(error, 400, 401, 403)}}},
            "/v1/report": {"get": {
                "summary": "The organisation's counts for a period (managers only; audited)",
                "description": "What `keyworker-central report` counts (docs/reports.md): "
                               "counts only, never a name or an id, over the whole "
                               "organisation or one team. Any other role is refused 403 "
                               "'managers_only'; an unknown team is 404 'unknown_team'.",
                "security": bearer,
                "parameters": report_parameters,
                "responses": {"200": _resp("the counts", report),
                              **_errors(error, 400, 401, 403, 404)}}},
            "/v1/status": {"get": {
                "summary": "Protocol version and latest sequence",
                "responses": {"200": _resp("status", status), **_errors(error, 401)}}},
            "/v1/wiped": {"post": {
                "summary": "A revoked device reports its wipe and the unsynced changes lost",
                "security": bearer,
                "requestBody": _body(wiped),
                "responses": {"200": _resp("recorded (false: reported before)", wipe_recorded),
                              **_errors(error, 400, 401, 408, 409, 413, 415)}}},
        },
    }
