"""The OpenAPI 3.0 document of protocol v1 (served at /openapi.json)."""

from __future__ import annotations

from typing import Any

from keyworker_desktop.sync.server.validate import MAX_BATCH, MAX_PAGE

_STR = {"type": "string"}
_ERROR = {"type": "object", "required": ["error"], "properties": {"error": {
    "type": "object", "required": ["code", "message"],
    "properties": {"code": _STR, "message": _STR, "details": {"type": "object"}}}}}


def _resp(description: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    schema = schema or {"$ref": "#/components/schemas/Error"}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _errors(*codes: int) -> dict[str, Any]:
    names = {400: "malformed", 401: "unauthenticated, revoked, signed out, expired or disabled",
             403: "out of scope; on register, a disabled account or a password to reset",
             408: "the body came too slowly", 409: "the device is not revoked",
             413: "too large", 415: "the body is not application/json",
             429: "too many attempts: see Retry-After", 503: "busy: try again soon"}
    return {str(c): _resp(names[c]) for c in codes}


def openapi_document() -> dict[str, Any]:
    change = {
        "type": "object",
        "additionalProperties": False,
        "required": ["change_id", "entity", "record_id", "op", "fields", "base_version", "hlc",
                     "author", "device"],
        "properties": {
            "change_id": {"type": "string", "minLength": 1, "maxLength": 36},
            "entity": {"type": "string", "minLength": 1, "maxLength": 40},
            "record_id": {"type": "string", "minLength": 1, "maxLength": 36},
            "young_person_id": {"type": "string", "nullable": True, "minLength": 1,
                                "maxLength": 36},
            "op": {"type": "string", "enum": ["insert", "update", "delete"]},
            "fields": {"type": "object"},
            "base_version": {"type": "integer", "minimum": 0, "maximum": 2**62 - 1},
            "hlc": {"type": "string", "pattern": r"^\d{15}-\d{6}-[A-Za-z0-9_.:-]{0,64}$"},
            "author": {"type": "string", "minLength": 1, "maxLength": 120},
            "device": {"type": "string", "minLength": 1, "maxLength": 64},
            "resolves": {"type": "array", "maxItems": 50,
                         "items": {"type": "string", "minLength": 1, "maxLength": 36}},
        },
    }
    bearer: list[dict[str, list[str]]] = [{"device": []}]
    return {
        "openapi": "3.0.3",
        "info": {"title": "Keyworker central store", "version": "1",
                 "description": "Sync protocol v1; see docs/sync-protocol.md. Bodies are "
                                "application/json; no string (key or value) holds NUL or an "
                                "unpaired surrogate, nor nests deeper than 32 levels (400)."},
        "components": {
            "securitySchemes": {"device": {"type": "http", "scheme": "bearer"}},
            "schemas": {"Error": _ERROR, "Change": change},
        },
        "paths": {
            "/v1/register": {"post": {
                "summary": "Register this device with a user name and password",
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["user", "password"],
                    "properties": {"user": {"type": "string", "minLength": 1},
                                   "password": {"type": "string", "minLength": 1},
                                   "device_name": {"type": "string", "maxLength": 200},
                                   "device_id": {"type": "string", "maxLength": 64}}}}}},
                "responses": {"200": _resp("a device token", {"type": "object", "properties": {
                    "token": _STR, "device": _STR, "user": _STR, "role": _STR}}),
                    **_errors(400, 401, 403, 408, 413, 415, 429, 503)}}},
            "/v1/push": {"post": {
                "summary": "Send a batch of changes (idempotent by change_id)",
                "security": bearer,
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["changes"],
                    "properties": {"protocol": {"type": "integer", "enum": [1]},
                                   "changes": {
                                       "type": "array", "maxItems": MAX_BATCH,
                                       "items": {"$ref": "#/components/schemas/Change"}}}}}}},
                "responses": {"200": _resp("per-change results", {"type": "object",
                    "properties": {"results": {"type": "array", "items": {"type": "object"}},
                                   "cursor": {"type": "integer"}}}),
                    **_errors(400, 401, 403, 408, 413, 415, 503)}}},
            "/v1/pull": {"get": {
                "summary": "Changes after a cursor, oldest first",
                "security": bearer,
                "parameters": [
                    {"name": "after", "in": "query",
                     "schema": {"type": "integer", "minimum": 0, "maximum": 2**62 - 1}},
                    {"name": "limit", "in": "query",
                     "description": f"at most {MAX_PAGE}; larger values are lowered to it",
                     "schema": {"type": "integer", "minimum": 1}}],
                "responses": {"200": _resp("a page of changes", {"type": "object", "properties": {
                    "changes": {"type": "array", "items": {"type": "object"}},
                    "cursor": {"type": "integer"}, "more": {"type": "boolean"}}}),
                    **_errors(400, 401, 403)}}},
            "/v1/scope": {"get": {
                "summary": "The young people this user may see now, and their digest",
                "description": "Asked when the pull's scope digest changes: the laptop "
                               "removes young people no longer in this list.",
                "security": bearer,
                "responses": {"200": _resp("the user's scope", {
                    "type": "object", "required": ["young_person_ids", "digest"],
                    "properties": {
                        "young_person_ids": {"type": "array", "items": _STR},
                        "digest": _STR}}),
                    **_errors(400, 401, 403)}}},
            "/v1/status": {"get": {
                "summary": "Protocol version and latest sequence",
                "responses": {"200": _resp("status", {"type": "object", "properties": {
                    "protocol": {"type": "integer"}, "latest_seq": {"type": "integer"}}}),
                    **_errors(401)}}},
            "/v1/wiped": {"post": {
                "summary": "A revoked device reports its wipe and the unsynced changes lost",
                "security": bearer,
                "requestBody": {"required": True, "content": {"application/json": {"schema": {
                    "type": "object", "required": ["unsynced"],
                    "properties": {"unsynced": {"type": "integer", "minimum": 0,
                                                "maximum": 2**31 - 1}}}}}},
                "responses": {"200": _resp("recorded (false: reported before)", {
                    "type": "object", "properties": {"recorded": {"type": "boolean"}}}),
                    **_errors(400, 401, 408, 409, 413, 415)}}},
        },
    }
