"""Hand-written validation of request bodies against the protocol's schema (v1)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

MAX_BODY = 4 * 1024 * 1024
MAX_BATCH = 500
MAX_PAGE = 1000
OPS = ("insert", "update", "delete")
_HLC = re.compile(r"^\d{15}-\d{6}-[A-Za-z0-9_.:-]{0,64}$")


class ApiError(Exception):
    """An answer with an error body: status, code, a message without personal data."""

    def __init__(self, status: int, code: str, message: str,
                 details: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message, "details": self.details}}


def malformed(message: str, **details: Any) -> ApiError:
    return ApiError(400, "malformed", message, details)


@dataclass(frozen=True)
class PushedChange:
    change_id: str
    entity: str
    record_id: str
    young_person_id: str | None
    op: str
    fields: dict[str, Any]
    base_version: int
    hlc: str
    author: str
    device: str
    resolves: tuple[str, ...] = field(default=())


def _str(item: dict[str, Any], key: str, index: int, max_len: int,
         optional: bool = False) -> Any:
    value = item.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, str) or not (0 < len(value) <= max_len):
        raise malformed(f"changes[{index}].{key} must be a string of 1 to {max_len} characters",
                        index=index, field=key)
    return value


def validate_push(body: Any) -> list[PushedChange]:
    """The changes of a push body, or :class:`ApiError` 400/413 naming what is wrong."""
    if not isinstance(body, dict):
        raise malformed("the body must be a JSON object")
    if body.get("protocol", 1) != 1:
        raise malformed("this server speaks protocol 1", field="protocol")
    items = body.get("changes")
    if not isinstance(items, list):
        raise malformed("'changes' must be a list", field="changes")
    if len(items) > MAX_BATCH:
        raise ApiError(413, "too_large", f"at most {MAX_BATCH} changes per push",
                       {"limit": MAX_BATCH})
    out: list[PushedChange] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise malformed(f"changes[{i}] must be an object", index=i)
        unknown = set(item) - {"change_id", "entity", "record_id", "young_person_id", "op",
                               "fields", "base_version", "hlc", "author", "device", "resolves",
                               "version", "seq"}
        if unknown:
            raise malformed(f"changes[{i}] has unknown keys: {', '.join(sorted(unknown))}",
                            index=i)
        fields = item.get("fields")
        if not isinstance(fields, dict):
            # Unknown field names are refused per change (see service.check), not here.
            raise malformed(f"changes[{i}].fields must be an object of field names", index=i,
                            field="fields")
        base = item.get("base_version")
        if not isinstance(base, int) or isinstance(base, bool) or not 0 <= base < 2**62:
            raise malformed(f"changes[{i}].base_version must be a whole number >= 0", index=i,
                            field="base_version")
        op = item.get("op")
        if op not in OPS:
            raise malformed(f"changes[{i}].op must be one of {', '.join(OPS)}", index=i,
                            field="op")
        hlc = _str(item, "hlc", i, 96)
        if not _HLC.fullmatch(hlc):
            raise malformed(f"changes[{i}].hlc is not a hybrid logical clock stamp", index=i,
                            field="hlc")
        resolves = item.get("resolves", [])
        if not isinstance(resolves, list) or len(resolves) > 50 or not all(
                isinstance(r, str) and 0 < len(r) <= 36 for r in resolves):
            raise malformed(f"changes[{i}].resolves must be a list of conflict ids", index=i,
                            field="resolves")
        out.append(PushedChange(
            change_id=_str(item, "change_id", i, 36), entity=_str(item, "entity", i, 40),
            record_id=_str(item, "record_id", i, 36),
            young_person_id=_str(item, "young_person_id", i, 36, optional=True),
            op=op, fields=fields, base_version=base, hlc=hlc,
            author=_str(item, "author", i, 120), device=_str(item, "device", i, 64),
            resolves=tuple(resolves)))
    return out


def validate_pull_args(after: str | None, limit: str | None) -> tuple[int, int]:
    try:
        a = 0 if after is None else int(after)
        n = MAX_PAGE if limit is None else int(limit)
    except ValueError:
        raise malformed("'after' and 'limit' must be whole numbers") from None
    if not 0 <= a < 2**62 or n < 1:
        raise malformed("'after' must be a sequence number >= 0 and 'limit' >= 1")
    return a, min(n, MAX_PAGE)
